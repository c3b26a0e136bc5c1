package nl.koploper.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.contracts.EventType;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/** Publishes contract events the way the other services do: CloudEvents headers, the gemeente, the JSON payload. */
public final class TestEvents implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaProducer<String, String> producer;

    public TestEvents(String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new StringSerializer());
    }

    /** Publishes {@code payload} with a new event id; @return the id, to publish it again as a redelivery */
    public String publish(String gemeente, String key, Object payload) {
        String id = UUID.randomUUID().toString();
        publish(id, gemeente, key, payload);
        return id;
    }

    public void publish(String eventId, String gemeente, String key, Object payload) {
        EventType type = payload.getClass().getAnnotation(EventType.class);
        ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), key, JSON.writeValueAsString(payload));
        Map.of(EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_1_0,
                EventHeaders.ID, eventId,
                EventHeaders.SOURCE, "/koploper/test",
                EventHeaders.TYPE, type.value(),
                EventHeaders.TIME, Instant.now().toString(),
                EventHeaders.SUBJECT, key,
                EventHeaders.CONTENT_TYPE, EventHeaders.APPLICATION_JSON,
                EventHeaders.TENANT, gemeente)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + type.value(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
