package nl.koploper.platform.events;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.SendResult;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;

/**
 * The platform's own producer for events, dead letters and replays. It takes connection settings from the
 * application's {@code spring.kafka.producer.*} but always writes keys and values as strings or raw bytes, so a
 * service's choice of serializer for its own messages cannot change the event format. Deliberately not a
 * {@code KafkaTemplate} bean: that would make Boot's own template back off.
 */
final class EventSender implements AutoCloseable {

    private final DefaultKafkaProducerFactory<Object, Object> factory;
    private final KafkaTemplate<Object, Object> template;
    private final Duration sendTimeout;

    EventSender(ProducerFactory<?, ?> applicationFactory) {
        Map<String, Object> configs = new HashMap<>(applicationFactory.getConfigurationProperties());
        configs.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        configs.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        configs.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        configs.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        configs.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        if (!Boolean.parseBoolean(String.valueOf(configs.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)))) {
            // The relay sends an aggregate's events without waiting in between: without idempotence only a single
            // request in flight keeps their order when the producer retries.
            configs.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        }
        this.factory = new DefaultKafkaProducerFactory<>(configs, stringsOrBytes(), stringsOrBytes());
        this.template = new KafkaTemplate<>(factory);
        // A little longer than the producer gives itself, so the future settles (acked or failed) before we give up.
        this.sendTimeout = Duration.ofMillis(
                Long.parseLong(String.valueOf(configs.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG))) + 5_000);
    }

    /** Sends and waits for the broker's acknowledgement (acks=all). */
    SendResult<Object, Object> sendAndWait(ProducerRecord<Object, Object> record)
            throws ExecutionException, TimeoutException, InterruptedException {
        return send(record).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Hands the record to the producer without waiting; the future completes with the broker's acknowledgement.
     * Records sent one after the other to the same partition are written in that order: the producer is idempotent,
     * which keeps the order with up to 5 requests in flight per connection, also across its own retries.
     */
    CompletableFuture<SendResult<Object, Object>> send(ProducerRecord<Object, Object> record) {
        return template.send(record);
    }

    /** How long to wait at most for the future of {@link #send}: it has settled (acked or failed) by then. */
    Duration sendTimeout() {
        return sendTimeout;
    }

    KafkaTemplate<Object, Object> template() {
        return template;
    }

    @Override
    public void close() {
        factory.destroy();
    }

    private static Serializer<Object> stringsOrBytes() {
        @SuppressWarnings("unchecked")
        Serializer<Object> serializer = (Serializer<Object>) (Serializer<?>) new DelegatingByTypeSerializer(
                Map.of(String.class, new StringSerializer(), byte[].class, new ByteArraySerializer()));
        return serializer;
    }
}
