package nl.koploper.platform.tenancy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/**
 * Gives each tenant its own database, {@code <service>_<tenant>}, over one shared {@link MongoClient}. With no
 * tenant in context it throws instead of falling back to a default database.
 */
public class TenantRoutingMongoDatabaseFactory extends SimpleMongoClientDatabaseFactory {

    private final String serviceName;
    private final Consumer<MongoDatabase> firstUse;
    private final Set<String> prepared = ConcurrentHashMap.newKeySet();

    /**
     * @param firstUse runs once per tenant database and process before it is first handed out (index creation:
     *                 tenant databases appear at run time, so start-up index creation cannot reach them)
     */
    public TenantRoutingMongoDatabaseFactory(MongoClient client, String serviceName, Consumer<MongoDatabase> firstUse) {
        super(client, serviceName);
        this.serviceName = serviceName;
        this.firstUse = firstUse;
    }

    @Override
    public MongoDatabase getMongoDatabase() {
        String name = databaseName(TenantContext.require());
        MongoDatabase database = getMongoDatabase(name);
        if (!prepared.contains(name)) {
            firstUse.accept(database);
            prepared.add(name);
        }
        return database;
    }

    public String databaseName(TenantId tenant) {
        return databaseName(serviceName, tenant);
    }

    public static String databaseName(String serviceName, TenantId tenant) {
        return serviceName + "_" + tenant.value();
    }

    /** The tenant a database of this service belongs to, if the name is one of ours. */
    public java.util.Optional<TenantId> tenantOf(String databaseName) {
        String prefix = serviceName + "_";
        if (!databaseName.startsWith(prefix) || !TenantId.isValid(databaseName.substring(prefix.length()))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(TenantId.of(databaseName.substring(prefix.length())));
    }
}
