package nl.koploper.events.cohort;

import static nl.koploper.events.MeetingApi.END;
import static nl.koploper.events.MeetingApi.START;
import static nl.koploper.events.MeetingApi.coordinator;
import static nl.koploper.events.MeetingApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.koploper.contracts.assessment.AdvisorAssigned;
import nl.koploper.contracts.assessment.AssessmentRecipient;
import nl.koploper.contracts.cohort.ParticipantPromoted;
import nl.koploper.contracts.cohort.ParticipantWithdrew;
import nl.koploper.contracts.golden.GoldenSamples;
import nl.koploper.events.CohortTopic;
import nl.koploper.events.MeetingApi;
import nl.koploper.events.meeting.Invitee;
import nl.koploper.events.meeting.ParticipantDirectory;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * A meeting planned without an invitee list invites every placed participant of the cohort, as events-service knows
 * them from cohort-service's events (not the waiting list, not who left, not another gemeente's); one placed later is
 * invited to such meetings but not to one with a list of its own or with nobody; an empty list without the explicit
 * {@code inviteNobody} is a Dutch 400 that stores nothing. A nulmeting exchange also invites the advisors of the
 * cohort's placed organisations (assessment-service's {@code AdvisorAssigned}), each once, and follows replacements.
 */
@KoploperIntegrationTest
class DefaultInviteesIT extends ServiceIntegrationTest {

    @Autowired
    ParticipantDirectory directory;

    @Test
    void aMeetingWithoutAListInvitesTheCohortAndLaterPlacements() throws Exception {
        MeetingApi api = new MeetingApi(http);
        String gemeente = gemeenten.newGemeente("default-inv");
        String other = gemeenten.newGemeente("default-inv-b");
        String cohortId = "cohort-" + UUID.randomUUID();

        send(gemeente, cohortId, "participant-registered.v1", registered(gemeente, cohortId, "p-a", false, "10:00"));
        send(gemeente, cohortId, "participant-registered.v1", registered(gemeente, cohortId, "p-b", false, "10:05"));
        send(gemeente, cohortId, "participant-registered.v1", registered(gemeente, cohortId, "p-w", true, "10:10"));
        send(gemeente, cohortId, "participant-registered.v1", registered(gemeente, cohortId, "p-x", false, "10:15"));
        send(gemeente, cohortId, "participant-withdrew.v1", withdrew(gemeente, cohortId, "p-x", "10:20"));
        send(other, cohortId, "participant-registered.v1", registered(other, cohortId, "p-other", false, "10:00"));
        send(gemeente, cohortId, "participant-registered.v1", registered(gemeente, cohortId, "p-m", false, "10:25"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(placed(gemeente, cohortId)).contains("p-m");
            assertThat(placed(other, cohortId)).contains("p-other");
        });
        assertThat(placed(gemeente, cohortId)).containsExactly("p-a", "p-b", "p-m");

        // No participants list: the cohort as it is now, plus the guest listed.
        String byDefault = MeetingApi.id(api.postJson("/api/meetings", coordinator(gemeente), json(cohortId,
                        "{\"guests\":[{\"name\":\"Wethouder Jansen\",\"email\":\"wethouder@gemeente.example.nl\"}]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.invitationScope").value("COHORT")));
        assertThat(participantIds(api, gemeente, byDefault)).containsExactly("p-a", "p-b", "p-m");
        String withoutInvitees = MeetingApi.id(api.postJson("/api/meetings", coordinator(gemeente),
                json(cohortId, null)).andExpect(status().isCreated()));
        assertThat(participantIds(api, gemeente, withoutInvitees)).containsExactly("p-a", "p-b", "p-m");
        String selection = MeetingApi.id(api.postJson("/api/meetings", coordinator(gemeente), json(cohortId, """
                {"participants":[{"id":"p-a","name":"Anna","email":"a@example.nl","locale":"nl"}]}"""))
                .andExpect(jsonPath("$.invitationScope").value("SELECTION")));
        String nobody = MeetingApi.id(api.postJson("/api/meetings", coordinator(gemeente),
                        json(cohortId, "{\"participants\":[],\"inviteNobody\":true}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.invitationScope").value("NOBODY"))
                .andExpect(jsonPath("$.invitations").isEmpty()));

        // Another gemeente's cohort of the same id is its own: its default meeting has only its own participant.
        String othersMeeting = MeetingApi.id(api.postJson("/api/meetings", coordinator(other), json(cohortId, null))
                .andExpect(status().isCreated()));
        assertThat(participantIds(api, other, othersMeeting)).containsExactly("p-other");
        problem(api.read("/api/meetings/" + byDefault, coordinator(other)), 404);

        // Placed later: invited to the meetings that follow the cohort, not to the selection nor to "nobody".
        send(gemeente, cohortId, "participant-registered.v1",
                registered(gemeente, cohortId, "p-late", false, "11:00"));
        send(gemeente, cohortId, "participant-registered.v1",
                registered(gemeente, cohortId, "p-marker", false, "11:05"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(participantIds(api, gemeente, byDefault)).contains("p-marker"));
        assertThat(participantIds(api, gemeente, byDefault)).containsExactly("p-a", "p-b", "p-m", "p-late",
                "p-marker");
        assertThat(participantIds(api, gemeente, withoutInvitees)).contains("p-late", "p-marker");
        assertThat(participantIds(api, gemeente, selection)).containsExactly("p-a");
        assertThat(JsonPath.<List<Object>>read(api.meetingJsonOf(gemeente, nobody), "$.invitations")).isEmpty();
        assertThat(participantIds(api, other, othersMeeting)).containsExactly("p-other");
    }

    @Test
    void anEmptyListWithoutTheExplicitChoiceIsRefusedInDutchAndStoresNothing() throws Exception {
        MeetingApi api = new MeetingApi(http);
        String gemeente = gemeenten.newGemeente("empty-inv");
        String coordinator = coordinator(gemeente);

        problem(api.postJson("/api/meetings", coordinator, json("cohort-1", "{\"participants\":[]}")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("invitees"))
                .andExpect(jsonPath("$.errors[0].code").value("no-invitees"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Er is niemand uitgenodigd")))
                .andExpect(jsonPath("$.errors[0].message", containsString("inviteNobody: true")));
        problem(http.perform(post("/api/meetings").header("Authorization", coordinator)
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(json("cohort-1", "{\"participants\":[],\"guests\":[]}"))), 400)
                .andExpect(jsonPath("$.errors[0].message", containsString("Nobody is invited")));
        problem(api.postJson("/api/meetings", coordinator, json("cohort-1", """
                {"participants":[{"id":"p-a","name":"Anna","email":"a@example.nl","locale":"nl"}],
                 "inviteNobody":true}""")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("invitees.inviteNobody"))
                .andExpect(jsonPath("$.errors[0].code").value("conflicts-with-invitees"));
        problem(api.postJson("/api/meetings", coordinator, json("cohort-1", "{\"inviteNetwork\":true,"
                + "\"inviteNobody\":true}")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("invitees.inviteNobody"));
        // A network activity has no cohort to default to: it must name its invitees too.
        problem(api.postJson("/api/meetings", coordinator, json("", null)
                .replace("KNOWLEDGE_SESSION", "NETWORK_ACTIVITY")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("invitees"))
                .andExpect(jsonPath("$.errors[0].message", containsString("netwerkleden")));
        problem(api.postJson("/api/meetings", coordinator, json("cohort-1", "{\"participants\":[]}")
                .replace("\"title\":\"Kennissessie\",", "")), 400)
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("title", "invitees")));
        assertThat(api.meetingCount(gemeente)).isZero();

        api.postJson("/api/meetings", coordinator, json("", "{\"inviteNobody\":true}")
                .replace("KNOWLEDGE_SESSION", "NETWORK_ACTIVITY")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.invitationScope").value("NOBODY"));
    }

    @Test
    void aNulmetingExchangeFollowsTheAdvisorsAsTheyAreAssignedReplacedAndReleased() throws Exception {
        MeetingApi api = new MeetingApi(http);
        String gemeente = gemeenten.newGemeente("advisors");
        String other = gemeenten.newGemeente("advisors-b");
        String cohortId = "cohort-" + UUID.randomUUID();
        send(gemeente, cohortId, "participant-registered.v1", registered(gemeente, cohortId, "p-a", false, "10:00"));
        send(gemeente, cohortId, "participant-registered.v1", registered(gemeente, cohortId, "p-b", false, "10:05"));
        send(gemeente, cohortId, "participant-registered.v1", registered(gemeente, cohortId, "p-w", true, "10:10"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(placed(gemeente, cohortId)).containsExactly("p-a", "p-b"));
        // One advisor for both organisations, one for an organisation on the waiting list (not invited), and another
        // gemeente's advisor for a cohort of the same id; an advisor without an address is refused, nothing kept.
        assigned(gemeente, cohortId, "p-a", "adv-1", null, "11:00");
        assigned(gemeente, cohortId, "p-b", "adv-1", null, "11:01");
        assigned(gemeente, cohortId, "p-w", "adv-w", null, "11:02");
        assigned(other, cohortId, "p-a", "adv-other", null, "11:00");
        topic().sendAssessment(gemeente, cohortId, UUID.randomUUID().toString(), "advisor-assigned.v1",
                advisorAssigned(gemeente, cohortId, "p-b", "adv-bad", null, "11:03").replace("adv-bad@example.nl",
                        "geen-adres"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(advisors(gemeente, cohortId)).containsExactly("adv-1");
            assertThat(advisors(other, cohortId)).isEmpty();
        });

        String exchange = MeetingApi.id(api.postJson("/api/meetings", coordinator(gemeente),
                json(cohortId, null).replace("KNOWLEDGE_SESSION", "BASELINE_EXCHANGE")).andExpect(status().isCreated()));
        String session = MeetingApi.id(api.postJson("/api/meetings", coordinator(gemeente), json(cohortId, null))
                .andExpect(status().isCreated()));
        assertThat(advisorIds(api, gemeente, exchange)).containsExactly("adv-1");
        assertThat(participantIds(api, gemeente, exchange)).containsExactly("p-a", "p-b");
        assertThat(advisorIds(api, gemeente, session)).as("a knowledge session does not concern advisors").isEmpty();

        // p-b gets another advisor: invited; adv-1 still advises p-a and stays. Then p-a too: adv-1 advises nobody
        // of the cohort any more and is withdrawn.
        assigned(gemeente, cohortId, "p-b", "adv-2", "adv-1", "12:00");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(advisorIds(api, gemeente, exchange)).containsExactly("adv-1", "adv-2"));
        assigned(gemeente, cohortId, "p-a", "adv-2", "adv-1", "12:05");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(advisorIds(api, gemeente, exchange)).containsExactly("adv-2"));
        assertThat(advisorIds(api, gemeente, session)).isEmpty();
        assertThat(JsonPath.<List<String>>read(api.meetingJsonOf(gemeente, exchange),
                "$.invitations[?(@.kind == 'ADVISOR')].email")).containsExactly("adv-1@example.nl", "adv-2@example.nl");

        // The organisations leave: adv-2 stays invited while advising one of them, and is withdrawn with the last.
        send(gemeente, cohortId, "participant-withdrew.v1", withdrew(gemeente, cohortId, "p-a", "13:00"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(participantIds(api, gemeente, exchange)).containsExactly("p-b"));
        assertThat(advisorIds(api, gemeente, exchange)).containsExactly("adv-2");
        send(gemeente, cohortId, "participant-withdrew.v1", withdrew(gemeente, cohortId, "p-b", "13:05"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(advisorIds(api, gemeente, exchange)).isEmpty());
        assertThat(participantIds(api, gemeente, exchange)).isEmpty();

        // p-w's advisor was assigned while it waited: its promotion invites both.
        send(gemeente, cohortId, "participant-promoted.v1", participant(ParticipantPromoted.class, gemeente,
                cohortId, "p-w").with("vacatedBy", "p-b").with("promotedAt", "2026-11-27T13:10:00Z").json());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(participantIds(api, gemeente, exchange)).containsExactly("p-w");
            assertThat(advisorIds(api, gemeente, exchange)).containsExactly("adv-w");
        });
    }

    private List<String> advisors(String gemeente, String cohortId) {
        return TenantContext.callAs(TenantId.of(gemeente), () -> directory.advisors(cohortId)).stream()
                .map(Invitee::participantId).toList();
    }

    private static List<String> advisorIds(MeetingApi api, String gemeente, String meetingId) throws Exception {
        return JsonPath.read(api.meetingJsonOf(gemeente, meetingId),
                "$.invitations[?(@.kind == 'ADVISOR' && @.active == true)].participantId");
    }

    private void assigned(String gemeente, String cohortId, String participantId, String advisorId, String previous,
                          String time) throws Exception {
        topic().sendAssessment(gemeente, cohortId, UUID.randomUUID().toString(), "advisor-assigned.v1",
                advisorAssigned(gemeente, cohortId, participantId, advisorId, previous, time));
    }

    private static String advisorAssigned(String gemeente, String cohortId, String participantId, String advisorId,
                                          String previous, String time) {
        return GoldenSamples.sample(AdvisorAssigned.class).with("tenantId", gemeente).with("caseId", participantId)
                .with("cohortId", cohortId).with("participantId", participantId).with("organisationName", "Organisatie")
                .with("advisorId", advisorId)
                .with("advisor", new AssessmentRecipient("ADVISOR", "Adviseur " + advisorId, advisorId + "@example.nl",
                        "nl"))
                .with("previousAdvisorId", previous).with("assignedAt", "2026-11-27T" + time + ":00Z")
                .with("advisorOrganisation", null).with("caseUrlPath", null).json();
    }

    private CohortTopic topic() {
        return new CohortTopic(bootstrapServers);
    }

    /** A knowledge session of the cohort; {@code invitees} the JSON object, or null to leave the field out. */
    private static String json(String cohortId, String invitees) {
        return """
                {"cohortId":"%s","type":"KNOWLEDGE_SESSION","title":"Kennissessie","start":"%s","end":"%s",
                 "location":{"address":"Grote Markt 1, 9712 HN Groningen"}%s}"""
                .formatted(cohortId, START, END, invitees == null ? "" : ",\"invitees\":" + invitees);
    }

    private List<String> placed(String gemeente, String cohortId) {
        return TenantContext.callAs(TenantId.of(gemeente), () -> directory.placedParticipants(cohortId)).stream()
                .map(Invitee::participantId).toList();
    }

    private static List<String> participantIds(MeetingApi api, String gemeente, String meetingId) throws Exception {
        return JsonPath.read(api.meetingJsonOf(gemeente, meetingId),
                "$.invitations[?(@.kind == 'PARTICIPANT' && @.active == true)].participantId");
    }

    private static String registered(String gemeente, String cohortId, String participantId, boolean waitlisted,
                                     String time) {
        return CohortTopic.registered(gemeente, cohortId, participantId, "Organisatie " + participantId,
                "Contact " + participantId, participantId + "@example.nl", waitlisted, "2026-11-27T" + time + ":00Z");
    }

    private static String withdrew(String gemeente, String cohortId, String participantId, String time) {
        return participant(ParticipantWithdrew.class, gemeente, cohortId, participantId).with("wasWaitlisted", false)
                .with("reason", "Verhuisd").with("withdrewAt", "2026-11-27T" + time + ":00Z").json();
    }

    /** The golden sample of an event about {@code participantId}, whose organisation and contact are named after it. */
    private static <T> GoldenSamples.Sample<T> participant(Class<T> event, String gemeente, String cohortId,
                                                           String participantId) {
        return CohortTopic.participantEvent(event, gemeente, cohortId, participantId, "Organisatie " + participantId,
                "Contact " + participantId, participantId + "@example.nl");
    }

    private void send(String gemeente, String cohortId, String type, String payload) throws Exception {
        new CohortTopic(bootstrapServers).send(gemeente, cohortId, UUID.randomUUID().toString(), type, payload);
    }
}
