package nl.koploper.platform.events;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import jakarta.validation.ValidationException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koploper.contracts.Topics;
import nl.koploper.platform.tenancy.InvalidTenantException;
import nl.koploper.platform.tenancy.MissingTenantException;
import nl.koploper.platform.tenancy.TenancyAutoConfiguration;
import nl.koploper.platform.tenancy.TenantRoutingMongoDatabaseFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * Events for every service: Kafka defaults (acks=all, idempotent producer, consumer group = service name, earliest,
 * no auto-commit; each overridable with the usual {@code spring.kafka.*} property), the outbox relay, the dispatcher
 * of {@link EventHandler} beans, the error handler that retries with back-off and then dead-letters to
 * {@code <topic>.dlt}, the dead-letter replayer with its platform-admin endpoints and the processed-events store
 * for idempotent consumers.
 */
@AutoConfiguration(after = TenancyAutoConfiguration.class, afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"})
@ConditionalOnClass({KafkaTemplate.class, MongoClient.class})
@EnableConfigurationProperties(EventsProperties.class)
public class EventsAutoConfiguration {

    @Bean
    DefaultKafkaProducerFactoryCustomizer koploperProducerDefaults() {
        return factory -> factory.updateConfigs(absentFrom(factory.getConfigurationProperties(), Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)));
    }

    @Bean
    DefaultKafkaConsumerFactoryCustomizer koploperConsumerDefaults(@Value("${koploper.service-name}") String serviceName) {
        return factory -> factory.updateConfigs(absentFrom(factory.getConfigurationProperties(), Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, serviceName,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)));
    }

    @Bean
    EventSender koploperEventSender(ProducerFactory<?, ?> producerFactory) {
        return new EventSender(producerFactory);
    }

    /**
     * Picked up by Boot's listener container factory. Dead letters go to {@code <topic>.dlt} with the partition left
     * to the key, so the dead-letter topic need not have as many partitions as the original.
     */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler koploperKafkaErrorHandler(EventSender sender, EventsProperties properties) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(sender.template(),
                (record, exception) -> new TopicPartition(record.topic() + Topics.DEAD_LETTER_SUFFIX, -1));
        EventsProperties.Retry retry = properties.retry();
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        // Retrying these cannot help; deserialization and conversion failures are already on the default list.
        handler.addNotRetryableExceptions(RejectedEventException.class, MissingTenantException.class,
                InvalidTenantException.class, ValidationException.class);
        return handler;
    }

    @Bean
    DeadLetterReplayer deadLetterReplayer(EventSender sender, ConsumerFactory<?, ?> consumerFactory,
                                          ObjectProvider<KafkaListenerEndpointRegistry> listeners,
                                          @Value("${koploper.service-name}") String serviceName) {
        return new DeadLetterReplayer(sender, consumerFactory, () -> {
            KafkaListenerEndpointRegistry registry = listeners.getIfAvailable();
            return registry == null ? List.<MessageListenerContainer>of() : registry.getListenerContainers();
        }, serviceName);
    }

    /** The platform-admin's endpoints to list and replay this service's dead letters. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @Import(DeadLetterController.class)
    static class DeadLetterEndpoints {
    }

    @Bean
    EventDispatcher koploperEventDispatcher(ObjectProvider<EventHandler<?>> handlers) {
        return new EventDispatcher(handlers.orderedStream().toList());
    }

    @Bean
    @ConditionalOnBean(TenantRoutingMongoDatabaseFactory.class)
    OutboxRelay koploperOutboxRelay(MongoClient client, TenantRoutingMongoDatabaseFactory databases,
                                    MongoMappingContext mappingContext, EventSender sender,
                                    @Value("${koploper.service-name}") String serviceName, EventsProperties properties,
                                    ObjectProvider<MeterRegistry> meters) {
        return new OutboxRelay(client, databases, mappingContext, sender, serviceName, properties.relay(),
                serviceName + "-" + UUID.randomUUID(), meters.getIfAvailable(() -> Metrics.globalRegistry),
                Clock.systemUTC());
    }

    @Bean
    @ConditionalOnBean(TenantRoutingMongoDatabaseFactory.class)
    OutboxWakeUp koploperOutboxWakeUp(OutboxRelay relay) {
        return new OutboxWakeUp(relay);
    }

    /** On the tenant-scoped (primary) template: marks live in the tenant's database. */
    @Bean
    ProcessedEvents processedEvents(MongoTemplate mongoTemplate) {
        return new ProcessedEvents(mongoTemplate);
    }

    private static Map<String, Object> absentFrom(Map<String, Object> configured, Map<String, Object> defaults) {
        Map<String, Object> missing = new HashMap<>(defaults);
        missing.keySet().removeAll(configured.keySet());
        return missing;
    }
}
