package nl.koploper.cohort.cohort;

import static nl.koploper.test.TestTokens.bearer;
import static nl.koploper.cohort.CohortApi.contactEmail;
import static nl.koploper.cohort.CohortApi.registrationJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koploper.test.TestTokens;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koploper.cohort.AssessmentFacts;
import nl.koploper.cohort.CohortApi;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.contracts.Topics;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.PublishedEvents;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Koploper year over HTTP (create, open, eight registrations, start, complete), and what reaches Kafka: read
 * back from {@code cohort.events.v1} with a consumer of its own, the cohort's events in order under its key.
 */
@KoploperIntegrationTest
class CohortEventsIT {

    private static final String PREFIX = "nl.koploper.cohort.";

    @Autowired
    MockMvc http;
    @Autowired
    nl.koploper.test.TestGemeenten gemeenten;
    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void theLifecyclePublishesEachChangeOnceInOrder() throws Exception {
        CohortApi api = new CohortApi(http);
        String gemeente = gemeenten.newGemeente("year");
        String coordinator = bearer(gemeente, "coordinator");
        String cohortId = api.openCohort(gemeente, 8, 15);
        for (int n = 1; n <= 7; n++) {
            api.register(gemeente, cohortId, n);
        }
        http.perform(post("/api/public/cohorts/" + gemeente + "/" + cohortId + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON).content(registrationJson(8)))
                .andExpect(status().isAccepted());
        http.perform(post("/api/cohorts/" + cohortId + "/start").header("Authorization", coordinator))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("STARTED"));
        List<String> placed = JsonPath.read(http.perform(get("/api/cohorts/" + cohortId + "/participants?size=100")
                .header("Authorization", coordinator)).andReturn().getResponse().getContentAsString(),
                "$.content[*].id");
        new AssessmentFacts(http, broker.getBrokersAsString()).allStepsDone(gemeente, cohortId, placed);
        http.perform(post("/api/cohorts/" + cohortId + "/complete").header("Authorization", coordinator))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"));

        List<String> expected = new ArrayList<>(List.of("cohort-created.v1", "cohort-opened.v1"));
        expected.addAll(Collections.nCopies(8, "participant-registered.v1"));
        expected.addAll(List.of("cohort-minimum-reached.v1", "cohort-started.v1", "cohort-completed.v1"));
        expected.addAll(Collections.nCopies(8, "certificate-issued.v1"));

        // Registrations save copies loaded while earlier events were still pending; the relay's progress per
        // aggregate keeps those from going out twice, so every event arrives exactly once.
        List<ConsumerRecord<String, String>> delivered = new ArrayList<>();
        try (Consumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(Topics.COHORT_EVENTS));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (cohortId.equals(record.key())) {
                        delivered.add(record);
                    }
                });
                assertThat(delivered).hasSizeGreaterThanOrEqualTo(expected.size());
            });
            consumer.poll(Duration.ofSeconds(2)).forEach(record -> {
                if (cohortId.equals(record.key())) {
                    delivered.add(record);
                }
            });
        }
        assertThat(delivered).extracting(record -> header(record, EventHeaders.ID)).doesNotHaveDuplicates();
        Map<String, ConsumerRecord<String, String>> firstDeliveries = new LinkedHashMap<>();
        delivered.forEach(record -> firstDeliveries.putIfAbsent(header(record, EventHeaders.ID), record));
        List<ConsumerRecord<String, String>> events = new ArrayList<>(firstDeliveries.values());

        assertThat(events).extracting(record -> header(record, EventHeaders.TYPE).replace(PREFIX, ""))
                .containsExactlyElementsOf(expected);
        assertThat(events).extracting(record -> header(record, EventHeaders.TENANT)).containsOnly(gemeente);
        events.forEach(PublishedEvents::assertGoldenShape);
        assertThat(events).extracting(ConsumerRecord::partition).containsOnly(events.get(0).partition());

        // The confirmation mail of the self-registration is notification-service's: the event carries the address.
        String selfRegistered = events.get(9).value();
        assertThat((String) JsonPath.read(selfRegistered, "$.contact.email")).isEqualTo(contactEmail(8));
        assertThat((String) JsonPath.read(selfRegistered, "$.cohortId")).isEqualTo(cohortId);
        List<String> completedWith = JsonPath.read(events.get(12).value(), "$.finishedParticipants[*].participantId");
        assertThat(completedWith).hasSize(8);
    }

    private Consumer<String, String> consumer() {
        Map<String, Object> properties = KafkaTestUtils.consumerProps(broker, "cohort-events-it-" + UUID.randomUUID(),
                false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
