package nl.koploper.cohort.cohort;

import static nl.koploper.test.PublishedEvents.header;
import static nl.koploper.test.TestTokens.bearer;
import static nl.koploper.cohort.CohortApi.contactEmail;
import static nl.koploper.cohort.CohortApi.registrationJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koploper.cohort.AssessmentFacts;
import nl.koploper.cohort.CohortApi;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.contracts.Topics;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.PublishedEvents;
import nl.koploper.test.ServiceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The Koploper year over HTTP (create, open, eight registrations, start, complete), and what reaches Kafka: read
 * back from {@code cohort.events.v1} with a consumer of its own, the cohort's events in order under its key.
 */
@KoploperIntegrationTest
class CohortEventsIT extends ServiceIntegrationTest {

    private static final String PREFIX = "nl.koploper.cohort.";

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
        new AssessmentFacts(http, bootstrapServers).allStepsDone(gemeente, cohortId, placed);
        http.perform(post("/api/cohorts/" + cohortId + "/complete").header("Authorization", coordinator))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"));

        List<String> expected = new ArrayList<>(List.of("cohort-created.v1", "cohort-opened.v1"));
        expected.addAll(Collections.nCopies(8, "participant-registered.v1"));
        expected.addAll(List.of("cohort-minimum-reached.v1", "cohort-started.v1", "cohort-completed.v1"));
        expected.addAll(Collections.nCopies(8, "certificate-issued.v1"));

        // Registrations save copies loaded while earlier events were still pending; the relay's progress per
        // aggregate keeps those from going out twice, so every event arrives exactly once.
        List<ConsumerRecord<String, String>> delivered = published(Topics.COHORT_EVENTS, cohortId)
                .atLeast(expected.size());
        assertThat(delivered).extracting(record -> header(record, EventHeaders.ID)).doesNotHaveDuplicates();
        Map<String, ConsumerRecord<String, String>> firstDeliveries = new LinkedHashMap<>();
        delivered.forEach(record -> firstDeliveries.putIfAbsent(header(record, EventHeaders.ID), record));
        List<ConsumerRecord<String, String>> events = new ArrayList<>(firstDeliveries.values());

        assertThat(events).extracting(record -> PublishedEvents.type(record).replace(PREFIX, ""))
                .containsExactlyElementsOf(expected);
        assertThat(events).extracting(record -> header(record, EventHeaders.TENANT)).containsOnly(gemeente);
        assertThat(events).extracting(ConsumerRecord::partition).containsOnly(events.get(0).partition());

        // The confirmation mail of the self-registration is notification-service's: the event carries the address.
        String selfRegistered = events.get(9).value();
        assertThat((String) JsonPath.read(selfRegistered, "$.contact.email")).isEqualTo(contactEmail(8));
        assertThat((String) JsonPath.read(selfRegistered, "$.cohortId")).isEqualTo(cohortId);
        List<String> completedWith = JsonPath.read(events.get(12).value(), "$.finishedParticipants[*].participantId");
        assertThat(completedWith).hasSize(8);
    }
}
