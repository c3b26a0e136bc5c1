package nl.koploper.events.meeting;

import static nl.koploper.events.MeetingApi.coordinator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koploper.test.TestGemeenten;
import nl.koploper.test.TestTokens;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.contracts.Topics;
import nl.koploper.events.MeetingApi;
import nl.koploper.test.KoploperIntegrationTest;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What reaches Kafka when a coordinator schedules and reschedules over HTTP: read back from {@code meeting.events.v1}
 * with a consumer of its own, one scheduled and exactly one rescheduled event, each naming every invitee.
 */
@KoploperIntegrationTest
class MeetingEventsIT {

    private static final String PREFIX = "nl.koploper.meeting.";

    @Autowired
    MockMvc http;
    @Autowired
    TestGemeenten gemeenten;
    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void oneRescheduleGivesExactlyOneUpdateWithEveryInvitee() throws Exception {
        MeetingApi api = new MeetingApi(http);
        String gemeente = gemeenten.newGemeente("ev");
        String meetingId = api.schedule(gemeente, 20, 3);
        String moved = "{\"start\":\"2099-06-19T14:00\",\"end\":\"2099-06-19T16:00\","
                + "\"location\":{\"onlineUrl\":\"https://meet.example.nl/koplopers\"}}";
        api.postJson("/api/meetings/" + meetingId + "/reschedule", coordinator(gemeente), moved)
                .andExpect(status().isOk());
        // The same time and place again (a double submit) is no change, so it sends nothing.
        api.postJson("/api/meetings/" + meetingId + "/reschedule", coordinator(gemeente), moved)
                .andExpect(status().isOk());

        List<ConsumerRecord<String, String>> events = new ArrayList<>();
        try (Consumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(Topics.MEETING_EVENTS));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (meetingId.equals(record.key())) {
                        events.add(record);
                    }
                });
                assertThat(events).hasSizeGreaterThanOrEqualTo(2);
            });
            // Anything sent twice would have arrived by now as well.
            consumer.poll(Duration.ofSeconds(2)).forEach(record -> {
                if (meetingId.equals(record.key())) {
                    events.add(record);
                }
            });
        }

        assertThat(events).extracting(record -> header(record, EventHeaders.TYPE).replace(PREFIX, ""))
                .containsExactly("meeting-scheduled.v1", "meeting-rescheduled.v1");
        assertThat(events).extracting(record -> header(record, EventHeaders.TENANT)).containsOnly(gemeente);
        String rescheduled = events.get(1).value();
        List<String> recipients = JsonPath.read(rescheduled, "$.recipients[*].email");
        assertThat(recipients).containsExactlyInAnyOrder("contact1@example.nl", "contact2@example.nl",
                "contact3@example.nl", "wethouder@gemeente.example.nl");
        List<String> rsvpLinks = JsonPath.read(rescheduled, "$.recipients[*].rsvpUrl");
        assertThat(rsvpLinks).allMatch(link -> link.startsWith(MeetingApi.RSVP_PAGE));
        assertThat((Integer) JsonPath.read(rescheduled, "$.meeting.sequence")).isEqualTo(1);
        assertThat((String) JsonPath.read(rescheduled, "$.meeting.uid"))
                .isEqualTo(JsonPath.read(events.get(0).value(), "$.meeting.uid"));
        assertThat((String) JsonPath.read(rescheduled, "$.meeting.start")).isEqualTo("2099-06-19T14:00:00+02:00");
        assertThat((String) JsonPath.read(rescheduled, "$.previousStart")).isEqualTo("2099-06-12T10:00:00+02:00");
    }

    private Consumer<String, String> consumer() {
        Map<String, Object> properties = KafkaTestUtils.consumerProps(broker, "meeting-events-it-" + UUID.randomUUID(),
                false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
