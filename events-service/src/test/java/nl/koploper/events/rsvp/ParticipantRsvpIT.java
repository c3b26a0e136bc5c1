package nl.koploper.events.rsvp;

import static nl.koploper.events.MeetingApi.coordinator;
import static nl.koploper.events.MeetingApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import nl.koploper.events.MeetingApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import nl.koploper.test.SettableClock;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A logged-in participant answers its own invitation through the API, with the link's rules (capacity, waiting list,
 * until the start); everyone else's invitation, and every other gemeente's meeting, is a 404.
 */
@KoploperIntegrationTest
class ParticipantRsvpIT extends ServiceIntegrationTest {

    @Autowired
    SettableClock clock;

    MeetingApi api;
    String gemeente;
    String meeting;

    @BeforeEach
    void aMeetingWithOnePlaceForTwoOrganisations() throws Exception {
        api = new MeetingApi(http);
        gemeente = gemeenten.newGemeente("prsvp");
        meeting = api.schedule(gemeente, 1, 2);
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void theParticipantAnswersItsOwnInvitationAndTheSecondAcceptanceWaits() throws Exception {
        show(participant(gemeente, "contact1@example.nl"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Organisatie 1"))
                .andExpect(jsonPath("$.response").value("NO_REPLY"))
                .andExpect(jsonPath("$.invitations").doesNotExist());

        answer(participant(gemeente, "contact1@example.nl"), "ACCEPTED")
                .andExpect(status().isOk()).andExpect(jsonPath("$.response").value("ACCEPTED"))
                .andExpect(jsonPath("$.waitingListPosition").doesNotExist());
        // The address is matched as cohort-service matches it: whatever its capitals.
        answer(participant(gemeente, "Contact2@Example.NL"), "ACCEPTED")
                .andExpect(status().isOk()).andExpect(jsonPath("$.waitingListPosition").value(1));
        answer(participant(gemeente, "contact1@example.nl"), "TENTATIVE").andExpect(status().isOk());

        String stored = api.meetingJsonOf(gemeente, meeting);
        assertThat((String) JsonPath.read(stored, "$.invitations[0].response")).isEqualTo("TENTATIVE");
        // Organisatie 1 gave up its place: the first in line has it now.
        assertThat((Boolean) JsonPath.read(stored, "$.invitations[1].waiting")).isFalse();
        assertThat((Integer) JsonPath.read(stored, "$.placesLeft")).isZero();
    }

    @Test
    void someoneElsesInvitationOrMeetingIsNotFound() throws Exception {
        String stranger = participant(gemeente, "stranger@example.nl");
        problem(show(stranger), 404);
        problem(answer(stranger, "ACCEPTED"), 404);
        // The guest of the meeting has an address, but no participant login answers for a guest.
        problem(answer(participant(gemeente, "wethouder@gemeente.example.nl"), "ACCEPTED"), 404);
        // Another gemeente's participant with the very same address.
        String elsewhere = gemeenten.newGemeente("prsvp-b");
        problem(show(participant(elsewhere, "contact1@example.nl")), 404);
        problem(answer(participant(elsewhere, "contact1@example.nl"), "ACCEPTED"), 404);
        // A proposal nobody has been told about yet.
        String draft = MeetingApi.id(api.postJson("/api/meetings", coordinator(gemeente),
                MeetingApi.meetingJson("cohort-1", 20, 1, true)).andExpect(status().isCreated()));
        problem(http.perform(get("/api/meetings/" + draft + "/rsvp")
                .header("Authorization", participant(gemeente, "contact1@example.nl"))), 404);
        assertNothingAnswered();
    }

    @Test
    void onlyAParticipantUsesThisEndpoint() throws Exception {
        problem(show(coordinator(gemeente)), 403);
        problem(answer(TestTokens.bearer(gemeente, "advisor"), "ACCEPTED"), 403);
        http.perform(get("/api/meetings/" + meeting + "/rsvp")).andExpect(status().isUnauthorized());
        assertNothingAnswered();
    }

    @Test
    void anAnswerThatIsNotOneOfTheThreeIsRefusedAndChangesNothing() throws Exception {
        String own = participant(gemeente, "contact1@example.nl");
        problem(answer(own, "NO_REPLY"), 400).andExpect(jsonPath("$.errors[0].field").value("response"));
        problem(answer(own, "MAYBE"), 400);
        problem(http.perform(post("/api/meetings/" + meeting + "/rsvp").header("Authorization", own)
                .contentType(MediaType.APPLICATION_JSON).content("{}")), 400);
        problem(http.perform(post("/api/meetings/" + meeting + "/rsvp").header("Authorization", own)
                .contentType(MediaType.APPLICATION_JSON).content("not json")), 400);
        assertNothingAnswered();
    }

    @Test
    void answersCloseWhenTheMeetingStarts() throws Exception {
        // MeetingApi's meetings start on 12 June 2099 at 10:00 Amsterdam, 08:00 UTC.
        clock.set(Instant.parse("2099-06-12T08:00:00Z"));
        problem(answer(participant(gemeente, "contact1@example.nl"), "ACCEPTED"), 409)
                .andExpect(jsonPath("$.rule").value("rsvp-closed"));
        clock.set(Instant.parse("2099-06-12T07:59:00Z"));
        answer(participant(gemeente, "contact1@example.nl"), "DECLINED").andExpect(status().isOk());
    }

    private void assertNothingAnswered() throws Exception {
        List<String> answers = JsonPath.read(api.meetingJsonOf(gemeente, meeting), "$.invitations[*].response");
        assertThat(answers).containsOnly("NO_REPLY");
    }

    private static String participant(String gemeente, String email) {
        return "Bearer " + TestTokens.tokenWithEmail(gemeente, email, "participant");
    }

    private ResultActions show(String authorization) throws Exception {
        return http.perform(get("/api/meetings/" + meeting + "/rsvp").header("Authorization", authorization));
    }

    private ResultActions answer(String authorization, String response) throws Exception {
        return http.perform(post("/api/meetings/" + meeting + "/rsvp").header("Authorization", authorization)
                .contentType(MediaType.APPLICATION_JSON).content("{\"response\":\"" + response + "\"}"));
    }
}
