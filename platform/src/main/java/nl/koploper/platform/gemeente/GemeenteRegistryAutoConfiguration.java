package nl.koploper.platform.gemeente;

import com.mongodb.client.MongoClient;
import java.time.Clock;
import nl.koploper.platform.tenancy.TenancyAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Every service's copy of the gemeente registry ({@link GemeenteRegistry}) and the consumer that keeps it
 * ({@link GemeenteRegistryListener}). The request check that uses it is part of the security filter chain.
 */
@AutoConfiguration(after = TenancyAutoConfiguration.class, afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"})
@ConditionalOnClass(MongoClient.class)
@EnableConfigurationProperties(TenancyCheckProperties.class)
public class GemeenteRegistryAutoConfiguration {

    @Bean
    @ConditionalOnBean(name = "sharedMongoTemplate")
    GemeenteRegistry gemeenteRegistry(@Qualifier("sharedMongoTemplate") MongoTemplate sharedMongoTemplate,
                                      TenancyCheckProperties properties) {
        return new GemeenteRegistry(sharedMongoTemplate, properties.registryCacheTtl(),
                properties.requireRegisteredGemeente(), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnClass(KafkaTemplate.class)
    @ConditionalOnBean(GemeenteRegistry.class)
    GemeenteRegistryListener gemeenteRegistryListener(GemeenteRegistry registry,
                                                      @Value("${koploper.service-name}") String serviceName) {
        return new GemeenteRegistryListener(registry, serviceName);
    }
}
