package nl.koploper.platform.tenancy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/**
 * Creates the indexes declared on the documents ({@code @Indexed}, {@code @CompoundIndex}) in a tenant database.
 * Boot's start-up index creation cannot do this: tenant databases come into being while the service runs.
 * Unique indexes carry correctness (idempotency, one registration per KvK number), so this is not optional.
 */
public class TenantDatabaseIndexes {

    private final MongoClient client;
    private final MongoMappingContext mappingContext;
    private final IndexResolver resolver;

    public TenantDatabaseIndexes(MongoClient client, MongoMappingContext mappingContext) {
        this.client = client;
        this.mappingContext = mappingContext;
        this.resolver = IndexResolver.create(mappingContext);
    }

    void createFor(MongoDatabase database) {
        MongoTemplate template = new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, database.getName()));
        for (MongoPersistentEntity<?> entity : mappingContext.getPersistentEntities()) {
            if (entity.isAnnotationPresent(Document.class)) {
                resolver.resolveIndexFor(entity.getTypeInformation())
                        .forEach(index -> template.indexOps(entity.getCollection()).createIndex(index));
            }
        }
    }
}
