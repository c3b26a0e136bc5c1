package nl.koploper.events.cohort;

import static nl.koploper.events.MeetingApi.coordinator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.koploper.contracts.cohort.ParticipantRemoved;
import nl.koploper.events.CohortTopic;
import nl.koploper.events.MeetingApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Cohort events as cohort-service publishes them, sent to {@code cohort.events.v1} on the embedded broker: a late
 * registrant is invited to the cohort's upcoming meeting that invites the whole cohort exactly once (a redelivery changes nothing), a registrant on
 * the waiting list is not, and an organisation that leaves has its invitation withdrawn.
 */
@KoploperIntegrationTest
class CohortEventsConsumerIT extends ServiceIntegrationTest {

    @Test
    void lateRegistrantsAreInvitedOnceAndLeaversWithdrawn() throws Exception {
        MeetingApi api = new MeetingApi(http);
        String gemeente = gemeenten.newGemeente("late");
        String cohortId = "cohort-" + UUID.randomUUID();
        // Without a participants list: the meeting invites the cohort, also whoever is placed later.
        String meetingId = MeetingApi.id(api.postJson("/api/meetings", coordinator(gemeente),
                MeetingApi.meetingJson(cohortId, 20, 0, false).replace("\"participants\":[],", ""))
                .andExpect(status().isCreated()));
        send(gemeente, cohortId, UUID.randomUUID().toString(), "participant-registered.v1",
                registered(gemeente, cohortId, "p-1", false));

        String placed = UUID.randomUUID().toString();
        send(gemeente, cohortId, placed, "participant-registered.v1", registered(gemeente, cohortId, "p-late", false));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(participantIds(api, gemeente, meetingId)).contains("p-late"));

        // A redelivery of the same event, a registrant on the waiting list, then a leaver: applied in this order.
        send(gemeente, cohortId, placed, "participant-registered.v1", registered(gemeente, cohortId, "p-late", false));
        send(gemeente, cohortId, UUID.randomUUID().toString(), "participant-registered.v1",
                registered(gemeente, cohortId, "p-waiting", true));
        send(gemeente, cohortId, UUID.randomUUID().toString(), "participant-withdrew.v1", """
                {"tenantId":"%s","cohortId":"%s","cohortName":"Koplopers","participantId":"p-1",
                 "organisationName":"Organisatie 1","contact":{"name":"Anna","email":"contact1@example.nl",
                 "phone":null,"locale":"nl"},"wasWaitlisted":false,"reason":"Verhuisd",
                 "withdrewAt":"2026-11-27T10:00:00Z"}""".formatted(gemeente, cohortId));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String meeting = api.meetingJsonOf(gemeente, meetingId);
            List<Boolean> active = JsonPath.read(meeting, "$.invitations[?(@.participantId == 'p-1')].active");
            assertThat(active).containsExactly(false);
        });
        String meeting = api.meetingJsonOf(gemeente, meetingId);
        assertThat(participantIds(api, gemeente, meetingId)).containsExactly("p-1", "p-late");
        List<String> lateInvitation = JsonPath.read(meeting, "$.invitations[?(@.participantId == 'p-late')].email");
        assertThat(lateInvitation).containsExactly("late@example.nl");

        // The late registrant leaves; a redelivery of its registration afterwards must not invite it again.
        send(gemeente, cohortId, UUID.randomUUID().toString(), "participant-removed.v1",
                CohortTopic.participantEvent(ParticipantRemoved.class, gemeente, cohortId, "p-late", "Laatkomer BV",
                        "Lotte Laat", "late@example.nl").with("wasWaitlisted", false)
                        .with("reason", "Voorwaarden niet nagekomen").with("removedAt", "2026-11-27T10:00:00Z").json());
        send(gemeente, cohortId, placed, "participant-registered.v1", registered(gemeente, cohortId, "p-late", false));
        send(gemeente, cohortId, UUID.randomUUID().toString(), "participant-registered.v1",
                registered(gemeente, cohortId, "p-marker", false));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(participantIds(api, gemeente, meetingId)).contains("p-marker"));
        List<Boolean> late = JsonPath.read(api.meetingJsonOf(gemeente, meetingId),
                "$.invitations[?(@.participantId == 'p-late')].active");
        assertThat(late).containsExactly(false);
    }

    private static List<String> participantIds(MeetingApi api, String gemeente, String meetingId) throws Exception {
        return JsonPath.read(api.meetingJsonOf(gemeente, meetingId),
                "$.invitations[?(@.kind == 'PARTICIPANT')].participantId");
    }

    private static String registered(String gemeente, String cohortId, String participantId, boolean waitlisted) {
        return CohortTopic.registered(gemeente, cohortId, participantId, "Laatkomer BV", "Lotte Laat",
                participantId.substring(2) + "@example.nl", waitlisted, "2026-11-27T10:00:00Z");
    }

    private void send(String gemeente, String cohortId, String eventId, String type, String payload) throws Exception {
        new CohortTopic(bootstrapServers).send(gemeente, cohortId, eventId, type, payload);
    }
}
