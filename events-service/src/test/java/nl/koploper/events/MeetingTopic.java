package nl.koploper.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.contracts.Topics;
import nl.koploper.test.PublishedEvents;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * Reads {@code meeting.events.v1} from the start with a consumer group of its own, for the new ITs: what one meeting
 * published, by event type, waiting until at least the expected events are there and then a little longer, so that
 * anything published twice would show. Each event must have its golden sample's shape.
 */
public final class MeetingTopic {

    private static final String PREFIX = "nl.koploper.meeting.";

    private final EmbeddedKafkaBroker broker;

    public MeetingTopic(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    /** One published event: its type without prefix and version ({@code meeting-reminder-due}), gemeente and JSON. */
    public record Published(String type, String gemeente, String json) {
    }

    public List<Published> of(String meetingId, int atLeast) {
        List<Published> events = new ArrayList<>();
        try (Consumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(Topics.MEETING_EVENTS));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                collect(consumer, meetingId, events, Duration.ofMillis(500));
                assertThat(events).hasSizeGreaterThanOrEqualTo(atLeast);
            });
            collect(consumer, meetingId, events, Duration.ofSeconds(2));
        }
        return events;
    }

    public List<Published> of(String meetingId, int atLeast, String type) {
        return of(meetingId, atLeast).stream().filter(e -> e.type().equals(type)).toList();
    }

    private static void collect(Consumer<String, String> consumer, String meetingId, List<Published> into,
                                Duration wait) {
        for (ConsumerRecord<String, String> record : consumer.poll(wait)) {
            if (meetingId.equals(record.key())) {
                PublishedEvents.assertGoldenShape(record);
                into.add(new Published(header(record, EventHeaders.TYPE).replace(PREFIX, "").replaceAll("\\.v\\d+$", ""),
                        header(record, EventHeaders.TENANT), record.value()));
            }
        }
    }

    private Consumer<String, String> consumer() {
        Map<String, Object> properties = KafkaTestUtils.consumerProps(broker, "meeting-topic-" + UUID.randomUUID(),
                false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
