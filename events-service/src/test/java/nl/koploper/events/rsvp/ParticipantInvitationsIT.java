package nl.koploper.events.rsvp;

import static nl.koploper.events.MeetingApi.coordinator;
import static nl.koploper.events.MeetingApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.koploper.contracts.cohort.ParticipantWithdrew;
import nl.koploper.events.CohortTopic;
import nl.koploper.events.MeetingApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import nl.koploper.test.SettableClock;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/**
 * "My meetings" ({@code GET /api/meetings/invitations?participantId=}): the meetings a participant holds a standing
 * invitation to, soonest first, each as its own RSVP read shows it; for that participant and its coordinator only.
 */
@KoploperIntegrationTest
class ParticipantInvitationsIT extends ServiceIntegrationTest {

    private static final String PATH = "/api/meetings/invitations";

    @Autowired
    SettableClock clock;

    MeetingApi api;
    String gemeente;
    /** 1 May 2099, organisations 1 and 2, no limit. */
    String may;
    /** 12 June 2099, organisations 1 and 2, one place. */
    String june;
    /** 1 July 2099, organisation 1 alone, cancelled. */
    String july;
    /** 1 August 2099, organisation 1 alone: its invitation was withdrawn (it left that cohort). */
    String august;

    @BeforeEach
    void meetingsOfTwoOrganisations() throws Exception {
        api = new MeetingApi(http);
        gemeente = gemeenten.newGemeente("mine");
        june = api.schedule(gemeente, 1, 2);
        may = plan("cohort-1", "2099-05-01", null, 2, false);
        july = plan("cohort-1", "2099-07-01", 20, 1, false);
        api.postJson("/api/meetings/" + july + "/cancel", coordinator(gemeente), "{\"reason\":\"Zaal bezet\"}")
                .andExpect(status().isOk());
        plan("cohort-1", "2099-04-01", 20, 2, true); // a proposal: nobody has heard of it
        String leftCohort = "cohort-" + UUID.randomUUID();
        august = plan(leftCohort, "2099-08-01", 20, 1, false);
        new CohortTopic(bootstrapServers).send(gemeente, leftCohort, UUID.randomUUID().toString(),
                "participant-withdrew.v1", CohortTopic.participantEvent(ParticipantWithdrew.class, gemeente,
                        leftCohort, "p-1", "Organisatie 1", "Anna", "contact1@example.nl").with("wasWaitlisted", false)
                        .with("reason", "Verhuisd").with("withdrewAt", "2026-11-27T10:00:00Z").json());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                (Boolean) JsonPath.read(api.meetingJsonOf(gemeente, august), "$.invitations[0].active")).isFalse());
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void theParticipantSeesItsStandingInvitationsSoonestFirstAsItsRsvpReadShowsThem() throws Exception {
        String own = participant(gemeente, "contact1@example.nl");
        answer(own, june, "ACCEPTED");
        // The address is matched as for the single read: whatever its capitals.
        answer(participant(gemeente, "Contact2@Example.NL"), june, "ACCEPTED");

        list(own, "p-1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].meetingId", contains(may, june, july)))
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.content[0].type").value("KNOWLEDGE_SESSION"))
                .andExpect(jsonPath("$.content[0].title").value("Kennissessie energie"))
                .andExpect(jsonPath("$.content[0].description").value("Over warmtepompen"))
                .andExpect(jsonPath("$.content[0].start").value("2099-05-01T10:00:00+02:00"))
                .andExpect(jsonPath("$.content[0].end").value("2099-05-01T12:00:00+02:00"))
                .andExpect(jsonPath("$.content[0].address").value("Grote Markt 1, 9712 HN Groningen"))
                .andExpect(jsonPath("$.content[0].onlineUrl").doesNotExist())
                .andExpect(jsonPath("$.content[0].status").value("SCHEDULED"))
                .andExpect(jsonPath("$.content[0].name").value("Organisatie 1"))
                .andExpect(jsonPath("$.content[0].active").value(true))
                .andExpect(jsonPath("$.content[0].response").value("NO_REPLY"))
                .andExpect(jsonPath("$.content[0].answerable").value(true))
                .andExpect(jsonPath("$.content[1].response").value("ACCEPTED"))
                .andExpect(jsonPath("$.content[1].waitingListPosition").doesNotExist())
                .andExpect(jsonPath("$.content[2].status").value("CANCELLED"))
                .andExpect(jsonPath("$.content[2].answerable").value(false))
                .andExpect(jsonPath("$.content[0].invitations").doesNotExist());

        // Organisation 2 was invited to two of them, and waits for the one place in June.
        list(participant(gemeente, "contact2@example.nl"), "p-2")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].meetingId", contains(may, june)))
                .andExpect(jsonPath("$.content[1].name").value("Organisatie 2"))
                .andExpect(jsonPath("$.content[1].waitingListPosition").value(1));
        // Every entry is one the participant can open on its own (the same check guards both).
        for (String meeting : List.of(may, june, july)) {
            http.perform(get("/api/meetings/" + meeting + "/rsvp").header("Authorization", own))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void answeringClosesWhenAMeetingStarts() throws Exception {
        clock.set(Instant.parse("2099-05-01T08:00:00Z")); // 10:00 Amsterdam, the May meeting starts
        list(participant(gemeente, "contact1@example.nl"), "p-1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].answerable", contains(false, true, false)));
    }

    @Test
    void theCoordinatorSeesTheSameList() throws Exception {
        list(coordinator(gemeente), "p-1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].meetingId", contains(may, june, july)));
    }

    @Test
    void itIsPagedLikeTheOtherLists() throws Exception {
        http.perform(get(PATH).param("participantId", "p-1").param("page", "1").param("size", "2")
                        .header("Authorization", participant(gemeente, "contact1@example.nl")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].meetingId", contains(july)))
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.totalPages").value(2));
        http.perform(get(PATH).param("participantId", "p-1").param("page", "5")
                        .header("Authorization", participant(gemeente, "contact1@example.nl")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content").isEmpty());
        problem(http.perform(get(PATH).param("participantId", "p-1").param("size", "101")
                .header("Authorization", participant(gemeente, "contact1@example.nl"))), 400);
        problem(http.perform(get(PATH).param("participantId", "p-1").param("page", "-1")
                .header("Authorization", participant(gemeente, "contact1@example.nl"))), 400);
    }

    @Test
    void anotherOrganisationOrGemeenteIsNotFound() throws Exception {
        // The same refusal as the single read's for someone else's invitation.
        problem(list(participant(gemeente, "contact1@example.nl"), "p-2"), 404);
        problem(list(participant(gemeente, "stranger@example.nl"), "p-1"), 404);
        problem(list(participant(gemeente, "contact1@example.nl"), "p-nobody"), 404);
        problem(list(coordinator(gemeente), "p-nobody"), 404);
        // The guest has an address, but no participant id.
        problem(list(participant(gemeente, "wethouder@gemeente.example.nl"), "p-1"), 404);
        // Another gemeente: its participant with the very same address, and its coordinator.
        String elsewhere = gemeenten.newGemeente("mine-b");
        problem(list(participant(elsewhere, "contact1@example.nl"), "p-1"), 404);
        problem(list(coordinator(elsewhere), "p-1"), 404);
    }

    @Test
    void onlyTheParticipantAndItsCoordinatorRead() throws Exception {
        problem(list(TestTokens.bearer(gemeente, "advisor"), "p-1"), 403);
        http.perform(get(PATH).param("participantId", "p-1")).andExpect(status().isUnauthorized());
    }

    @Test
    void aBadIdIsRefused() throws Exception {
        String own = participant(gemeente, "contact1@example.nl");
        problem(http.perform(get(PATH).header("Authorization", own)), 400)
                .andExpect(jsonPath("$.errors[0].field").value("participantId"));
        for (String bad : List.of("", " ", "a|b", "x".repeat(101))) {
            problem(list(own, bad), 400).andExpect(jsonPath("$.errors[0].field").value("participantId"));
        }
    }

    private String plan(String cohortId, String day, Integer capacity, int participants, boolean propose)
            throws Exception {
        String json = MeetingApi.meetingJson(cohortId, capacity, participants, propose)
                .replace(MeetingApi.START, day + "T10:00").replace(MeetingApi.END, day + "T12:00");
        return MeetingApi.id(api.postJson("/api/meetings", coordinator(gemeente), json)
                .andExpect(status().isCreated()));
    }

    private void answer(String authorization, String meeting, String response) throws Exception {
        api.postJson("/api/meetings/" + meeting + "/rsvp", authorization, "{\"response\":\"" + response + "\"}")
                .andExpect(status().isOk());
    }

    private ResultActions list(String authorization, String participantId) throws Exception {
        return http.perform(get(PATH).param("participantId", participantId).header("Authorization", authorization));
    }

    private static String participant(String gemeente, String email) {
        return "Bearer " + TestTokens.tokenWithEmail(gemeente, email, "participant");
    }
}
