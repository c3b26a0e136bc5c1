package nl.koploper.test;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.contracts.golden.GoldenSamples;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What a service published under one key (an aggregate's id) on one topic, read back by a producer IT from the start
 * of the topic with a consumer group of its own, and checked against the contracts: each message's CloudEvents type
 * names an event record, and its JSON has the shape of that event's golden sample
 * ({@link GoldenSamples#assertSameShape}), so a field renamed in a record or a sample fails the publisher's test.
 */
public final class PublishedEvents {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** How long {@link #atLeast} reads on after the expected messages, so that one published twice would show. */
    private static final Duration SETTLE = Duration.ofSeconds(2);

    private final String bootstrapServers;
    private final String topic;
    private final String key;

    private PublishedEvents(String bootstrapServers, String topic, String key) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.key = key;
    }

    /** The messages with key {@code key} on {@code topic} of the broker at {@code bootstrapServers}. */
    public static PublishedEvents under(String bootstrapServers, String topic, String key) {
        return new PublishedEvents(bootstrapServers, topic, key);
    }

    /** Every message under the key, oldest first, as soon as {@code enough} holds of those read so far. */
    public List<ConsumerRecord<String, String>> until(Predicate<List<ConsumerRecord<String, String>>> enough) {
        return read(enough, Duration.ZERO);
    }

    /**
     * Every message under the key, oldest first, once {@code count} of type {@code type} are among them; {@code type}
     * is the whole type or its end ({@code award-granted.v1}).
     */
    public List<ConsumerRecord<String, String>> until(String type, int count) {
        return until(holding(type, count));
    }

    /** At least {@code count} messages under the key, and any that follow within two seconds. */
    public List<ConsumerRecord<String, String>> atLeast(int count) {
        return read(records -> records.size() >= count, SETTLE);
    }

    /**
     * The messages of {@code type} among at least {@code count} messages under the key and any that follow within two
     * seconds, oldest first: one published twice shows as two.
     */
    public List<ConsumerRecord<String, String>> ofTypeAmong(String type, int count) {
        return atLeast(count).stream().filter(record -> hasType(record, type)).toList();
    }

    /**
     * The payloads of the messages of {@code type} under the key, oldest first, once {@code count} have arrived and
     * any that follow within two seconds: one published twice shows as one more than expected.
     */
    public List<String> payloads(String type, int count) {
        return read(holding(type, count), SETTLE).stream().filter(record -> hasType(record, type))
                .map(ConsumerRecord::value).toList();
    }

    private static Predicate<List<ConsumerRecord<String, String>>> holding(String type, int count) {
        return records -> records.stream().filter(record -> hasType(record, type)).count() >= count;
    }

    /** Whether a message's CloudEvents type is {@code type} or ends with it ({@code award-granted.v1}). */
    public static boolean hasType(ConsumerRecord<String, String> record, String type) {
        return type(record).endsWith(type);
    }

    /** The CloudEvents type of a message, e.g. {@code nl.koploper.cohort.cohort-created.v1}. */
    public static String type(ConsumerRecord<String, String> record) {
        return header(record, EventHeaders.TYPE);
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            throw new AssertionError("A message on " + record.topic() + " has no " + name + " header");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Fails unless {@code record}'s payload has the golden sample's shape of the type in its type header. */
    public static void assertGoldenShape(ConsumerRecord<String, String> record) {
        GoldenSamples.assertSameShape(type(record), record.value());
    }

    private List<ConsumerRecord<String, String>> read(Predicate<List<ConsumerRecord<String, String>>> enough,
                                                      Duration settle) {
        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        try (Consumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            await().atMost(PATIENCE).untilAsserted(() -> {
                poll(consumer, Duration.ofMillis(500), read);
                if (!enough.test(read)) {
                    throw new AssertionError("Not yet enough under " + key + " on " + topic + ": "
                            + read.stream().map(PublishedEvents::type).toList());
                }
            });
            long settled = System.nanoTime() + settle.toNanos();
            while (System.nanoTime() < settled) {
                poll(consumer, Duration.ofMillis(Math.max(1, (settled - System.nanoTime()) / 1_000_000)), read);
            }
        }
        read.forEach(PublishedEvents::assertGoldenShape);
        return read;
    }

    private void poll(Consumer<String, String> consumer, Duration wait, List<ConsumerRecord<String, String>> into) {
        for (ConsumerRecord<String, String> record : consumer.poll(wait)) {
            if (key.equals(record.key())) {
                into.add(record);
            }
        }
    }

    private Consumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "published-events-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
    }
}
