package nl.koploper.assessment.cohort;

import static nl.koploper.assessment.AssessmentApi.CASES;
import static nl.koploper.assessment.AssessmentApi.coordinator;
import static nl.koploper.assessment.AssessmentApi.leftJson;
import static nl.koploper.assessment.AssessmentApi.problem;
import static nl.koploper.assessment.AssessmentApi.promotedJson;
import static nl.koploper.assessment.AssessmentApi.registeredJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.koploper.assessment.AssessmentApi;
import nl.koploper.contracts.cohort.ParticipantRemoved;
import nl.koploper.contracts.cohort.ParticipantWithdrew;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cohort events as cohort-service publishes them, sent to {@code cohort.events.v1}: a placed registration opens a
 * case, a waiting one does not until its promotion, a departure closes the case; every event is applied once, so a
 * redelivery changes nothing (the case keeps its version and what was done since).
 */
@KoploperIntegrationTest
class CohortEventsIT extends ServiceIntegrationTest {

    AssessmentApi api;
    String gemeente;

    @BeforeEach
    void setUp() {
        api = new AssessmentApi(http, bootstrapServers);
        gemeente = gemeenten.newGemeente("cohort");
    }

    @Test
    void aRedeliveredRegistrationIsAppliedOnce() throws Exception {
        String participant = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String registered = registeredJson(gemeente, "c-1", participant, "Eetcafe De Hoek", "56.10", 6,
                "hoek@example.nl", false);
        api.sendCohortEvent(gemeente, "c-1", eventId, "participant-registered", registered);
        api.awaitCase(gemeente, participant);
        api.assign(gemeente, participant, AssessmentApi.advisor(gemeente));
        String etag = api.etag(gemeente, participant);

        // The same event again, then a marker event; once the marker is applied the redelivery has been handled.
        api.sendCohortEvent(gemeente, "c-1", eventId, "participant-registered", registered);
        String marker = UUID.randomUUID().toString();
        api.sendCohortEvent(gemeente, "c-1", UUID.randomUUID().toString(), "participant-registered",
                registeredJson(gemeente, "c-1", marker, "Marker BV", "6201", 2, "m@example.nl", false));
        api.awaitCase(gemeente, marker);

        assertThat(api.etag(gemeente, participant)).isEqualTo(etag);
        api.read(CASES + "/" + participant, coordinator(gemeente))
                .andExpect(jsonPath("$.status").value("TO_PLAN"))
                .andExpect(jsonPath("$.advisor.name").value("Anne Adviseur"))
                .andExpect(jsonPath("$.organisation.sbiCode").value("5610"));
        api.read(CASES, coordinator(gemeente)).andExpect(jsonPath("$.totalElements").value(2));
    }

    @Test
    void aWaitingOrganisationGetsItsCaseWhenPromotedAndALeaverIsClosedOnce() throws Exception {
        String waiting = UUID.randomUUID().toString();
        api.sendCohortEvent(gemeente, "c-1", UUID.randomUUID().toString(), "participant-registered",
                registeredJson(gemeente, "c-1", waiting, "Wachter BV", "4690", 40, "wim@wachter.example.nl", true));
        String placed = api.openCase(gemeente, "Staal BV", "2410", 120, "sanne@staal.example.nl");
        // Events of one cohort are ordered: the waiting registration came first, so it has been handled by now.
        problem(api.read(CASES + "/" + waiting, coordinator(gemeente)), 404);
        api.read(CASES, coordinator(gemeente)).andExpect(jsonPath("$.totalElements").value(1));

        api.sendCohortEvent(gemeente, "c-1", UUID.randomUUID().toString(), "participant-promoted",
                promotedJson(gemeente, "c-1", waiting, "wim@wachter.example.nl"));
        api.awaitCase(gemeente, waiting);
        api.read(CASES + "/" + waiting, coordinator(gemeente))
                .andExpect(jsonPath("$.status").value("TO_PLAN"))
                .andExpect(jsonPath("$.organisation.sbiCode").value("4690"))
                .andExpect(jsonPath("$.organisation.sizeFte").value(40.0));

        String leaving = UUID.randomUUID().toString();
        api.sendCohortEvent(gemeente, "c-1", leaving, "participant-withdrew",
                leftJson(ParticipantWithdrew.class, gemeente, "c-1", placed));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> api.read(CASES + "/" + placed,
                coordinator(gemeente)).andExpect(jsonPath("$.status").value("CLOSED")));
        String etag = api.etag(gemeente, placed);
        problem(api.putJson(CASES + "/" + placed + "/advisor", coordinator(gemeente),
                api.advisorJson(gemeente, AssessmentApi.advisor(gemeente))), 409)
                .andExpect(jsonPath("$.rule").value("case-closed"));

        // Redelivered departure and, later, a stale redelivery of the registration: neither changes the case.
        api.sendCohortEvent(gemeente, "c-1", leaving, "participant-withdrew",
                leftJson(ParticipantWithdrew.class, gemeente, "c-1", placed));
        String unseenLeaver = UUID.randomUUID().toString();
        api.sendCohortEvent(gemeente, "c-1", UUID.randomUUID().toString(), "participant-removed",
                leftJson(ParticipantRemoved.class, gemeente, "c-1", unseenLeaver));
        api.sendCohortEvent(gemeente, "c-1", UUID.randomUUID().toString(), "participant-registered",
                registeredJson(gemeente, "c-1", unseenLeaver, "Te Laat BV", "6201", 2, "laat@example.nl", false));
        String marker = api.openCase(gemeente, "Marker BV", "6201", 2, "m2@example.nl");

        assertThat(api.etag(gemeente, placed)).isEqualTo(etag);
        problem(api.read(CASES + "/" + unseenLeaver, coordinator(gemeente)), 404);
        List<String> listed = AssessmentApi.at(api.json(CASES, coordinator(gemeente)), "$.content[*].id");
        assertThat(listed).containsExactlyInAnyOrder(placed, waiting, marker);
        api.read(CASES + "?status=CLOSED", coordinator(gemeente)).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1));
    }
}
