package nl.koploper.platform.tenancy;

import com.mongodb.client.MongoClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * One database per tenant per service over one MongoClient. Comes before Boot's data-mongodb auto-configuration
 * so that its database factory and template back off.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
        beforeName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@EnableConfigurationProperties(PlatformProperties.class)
public class TenancyAutoConfiguration {

    @Bean
    @Primary
    TenantRoutingMongoDatabaseFactory mongoDatabaseFactory(MongoClient client, PlatformProperties properties,
                                                           ObjectProvider<TenantDatabaseIndexes> indexes) {
        return new TenantRoutingMongoDatabaseFactory(client, properties.serviceName(),
                database -> indexes.getObject().createFor(database));
    }

    @Bean
    TenantDatabaseIndexes tenantDatabaseIndexes(MongoClient client, MongoMappingContext mappingContext) {
        return new TenantDatabaseIndexes(client, mappingContext);
    }

    /** Named so that Boot's own Mongo indicator backs off; appears as "mongo" in the health groups. */
    @Bean
    MongoPingHealthIndicator mongoHealthContributor(MongoClient client) {
        return new MongoPingHealthIndicator(client);
    }

    /** Tenant-scoped: every operation goes to the current tenant's database, or fails without one. */
    @Bean
    @Primary
    MongoTemplate mongoTemplate(MongoDatabaseFactory mongoDatabaseFactory, MongoConverter converter) {
        return new MongoTemplate(mongoDatabaseFactory, converter);
    }

    /** The service's own database for data that belongs to no gemeente (e.g. its copy of the tenant registry). */
    @Bean
    MongoTemplate sharedMongoTemplate(MongoClient client, PlatformProperties properties, MongoConverter converter) {
        return new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, properties.serviceName()), converter);
    }
}
