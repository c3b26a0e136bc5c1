package nl.koploper.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.test.KoploperIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/**
 * Shared by every events IT so that they all run on one cached context (one embedded broker): same annotations,
 * same properties. Short back-off keeps the suite quick. The relay's timed pass never comes during the suite: every
 * event the context's relay publishes was announced by the save of its aggregate (a test that needs a pass without
 * a wake-up calls {@code publishPending} on a relay of its own).
 */
@KoploperIntegrationTest
@TestPropertySource(properties = {
        "koploper.service-name=eventstest",
        "koploper.events.relay.interval=1h",
        "koploper.events.relay.lease-duration=30s",
        "koploper.events.retry.max-retries=2",
        "koploper.events.retry.initial-interval=50ms",
        "koploper.events.retry.max-interval=200ms"})
abstract class AbstractEventsIT {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Reads a whole topic from the start without joining a group, so no rebalance delays the test. */
    TopicReader read(String topic) {
        return new TopicReader(bootstrapServers, topic);
    }

    /** Sends a hand-made record, as a misbehaving or replaying publisher would, and waits for the ack. */
    void sendRaw(String key, String value, Map<String, String> headers) {
        sendRaw(EventsTestApplication.TOPIC, key, value, headers);
    }

    /** The same on another topic. */
    void sendRaw(String topic, String key, String value, Map<String, String> headers) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, headerValue) -> record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> envelope(String id, String type, String subject, String tenant) {
        Map<String, String> headers = new java.util.HashMap<>(Map.of(
                EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_1_0,
                EventHeaders.ID, id,
                EventHeaders.SOURCE, "/koploper/test",
                EventHeaders.TYPE, type,
                EventHeaders.TIME, "2025-03-01T10:15:30+01:00",
                EventHeaders.SUBJECT, subject,
                EventHeaders.CONTENT_TYPE, EventHeaders.APPLICATION_JSON));
        if (tenant != null) {
            headers.put(EventHeaders.TENANT, tenant);
        }
        return headers;
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Accumulates a topic's records; poll it from inside an Awaitility condition. */
    static final class TopicReader implements AutoCloseable {

        private final KafkaConsumer<String, String> consumer;
        private final List<ConsumerRecord<String, String>> records = new java.util.ArrayList<>();

        TopicReader(String bootstrapServers, String topic) {
            consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                    new StringDeserializer(), new StringDeserializer());
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        /** Everything read so far with this key, in partition (that is, per-key) order. */
        List<ConsumerRecord<String, String>> withKey(String key) {
            consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            return records.stream().filter(record -> key.equals(record.key())).toList();
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
