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
import nl.koploper.events.meeting.RsvpLinks;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The personal RSVP link without a login: answering and changing the answer, the waiting list once the meeting is
 * full, and the links that must not work (tampered 401, expired 410, unknown 404).
 */
@KoploperIntegrationTest
class PublicRsvpIT extends ServiceIntegrationTest {

    @Autowired
    RsvpLinks links;
    @Autowired
    RsvpTokens tokens;

    MeetingApi api;
    String gemeente;

    @BeforeEach
    void aGemeenteOfItsOwn() {
        api = new MeetingApi(http);
        gemeente = gemeenten.newGemeente("rsvp");
    }

    @Test
    void theLinkShowsTheMeetingAndTheAnswerCanChangeUntilTheStart() throws Exception {
        String meeting = api.schedule(gemeente, 20, 2);
        String invitation = api.invitationIds(gemeente, meeting).get(0);
        String link = api.rsvpPath(links, gemeente, meeting, invitation);

        http.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Kennissessie energie"))
                .andExpect(jsonPath("$.start").value("2099-06-12T10:00:00+02:00"))
                .andExpect(jsonPath("$.name").value("Organisatie 1"))
                .andExpect(jsonPath("$.response").value("NO_REPLY"))
                .andExpect(jsonPath("$.invitations").doesNotExist());
        answer(link, "ACCEPTED").andExpect(status().isOk()).andExpect(jsonPath("$.response").value("ACCEPTED"));
        answer(link, "TENTATIVE").andExpect(status().isOk());
        http.perform(get(link)).andExpect(jsonPath("$.response").value("TENTATIVE"));
        answer(link, "DECLINED").andExpect(status().isOk());

        String stored = api.meetingJsonOf(gemeente, meeting);
        assertThat((String) JsonPath.read(stored, "$.invitations[0].response")).isEqualTo("DECLINED");
        assertThat((String) JsonPath.read(stored, "$.invitations[1].response")).isEqualTo("NO_REPLY");
    }

    @Test
    void overCapacityAnAcceptanceWaitsAndMovesUpWhenAPlaceIsFreed() throws Exception {
        String meeting = api.schedule(gemeente, 1, 2);
        List<String> invitations = api.invitationIds(gemeente, meeting);
        String first = api.rsvpPath(links, gemeente, meeting, invitations.get(0));
        String second = api.rsvpPath(links, gemeente, meeting, invitations.get(1));

        answer(first, "ACCEPTED").andExpect(jsonPath("$.waitingListPosition").doesNotExist());
        answer(second, "ACCEPTED").andExpect(status().isOk()).andExpect(jsonPath("$.waitingListPosition").value(1));
        http.perform(get("/api/meetings/" + meeting).header("Authorization", coordinator(gemeente)))
                .andExpect(jsonPath("$.placesLeft").value(0))
                .andExpect(jsonPath("$.waitingList[0]").value(invitations.get(1)));

        answer(first, "DECLINED").andExpect(status().isOk());
        http.perform(get(second)).andExpect(jsonPath("$.waitingListPosition").doesNotExist())
                .andExpect(jsonPath("$.response").value("ACCEPTED"));
        http.perform(get("/api/meetings/" + meeting).header("Authorization", coordinator(gemeente)))
                .andExpect(jsonPath("$.placesLeft").value(0))
                .andExpect(jsonPath("$.waitingList.length()").value(0))
                .andExpect(jsonPath("$.invitations[1].waiting").value(false));
    }

    @Test
    void aTamperedLinkIsUnauthorisedAndChangesNothing() throws Exception {
        String meeting = api.schedule(gemeente, 20, 1);
        String invitation = api.invitationIds(gemeente, meeting).get(0);
        String link = api.rsvpPath(links, gemeente, meeting, invitation);
        String token = link.substring(link.lastIndexOf('/') + 1);
        int dot = token.indexOf('.');
        // Another invitation id in the signed part, the signature left as it was.
        String otherPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                (gemeente + "|" + meeting + "|someone-else|4000000000").getBytes());
        String base = link.substring(0, link.lastIndexOf('/') + 1);
        for (String forged : List.of(otherPayload + token.substring(dot), flipSignature(token), token.substring(0, dot),
                "not-a-token", "a.b.c")) {
            problem(http.perform(get(base + forged)), 401);
            problem(answer(base + forged, "ACCEPTED"), 401);
        }
        assertThat((String) JsonPath.read(api.meetingJsonOf(gemeente, meeting), "$.invitations[0].response"))
                .isEqualTo("NO_REPLY");
    }

    @Test
    void aBadLinkIsExplainedInDutchUnlessEnglishIsAsked() throws Exception {
        String bad = RSVP + "not-a-token";
        problem(http.perform(get(bad)), 401)
                .andExpect(jsonPath("$.title").value("Ongeldige link"))
                .andExpect(jsonPath("$.detail").value(
                        "Deze link om te antwoorden is niet geldig; gebruik de link uit uw uitnodigingsmail"));
        problem(http.perform(get(bad).header("Accept-Language", "en-GB,en;q=0.8")), 401)
                .andExpect(jsonPath("$.title").value("Invalid RSVP link"))
                .andExpect(jsonPath("$.detail").value(
                        "This RSVP link is not valid; use the link from your invitation e-mail"));
        // A language the platform has no texts in gets the default.
        problem(http.perform(get(bad).header("Accept-Language", "fr")), 401)
                .andExpect(jsonPath("$.title").value("Ongeldige link"));
    }

    @Test
    void aRefusedAnswerIsExplainedInTheAskedLanguage() throws Exception {
        String meeting = api.schedule(gemeente, 20, 1);
        String link = api.rsvpPath(links, gemeente, meeting, api.invitationIds(gemeente, meeting).get(0));
        problem(answer(link, "NO_REPLY"), 400)
                .andExpect(jsonPath("$.title").value("Ongeldige aanvraag"))
                .andExpect(jsonPath("$.errors[0].code").value("invalid"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Antwoord ACCEPTED (ik kom), DECLINED (ik kom niet) of TENTATIVE (misschien)"));
        problem(http.perform(post(link).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"response\":\"NO_REPLY\"}")), 400)
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[0].message").value("Answer ACCEPTED, DECLINED or TENTATIVE"));
    }

    @Test
    void anExpiredLinkIsGone() throws Exception {
        String meeting = api.schedule(gemeente, 20, 1);
        String invitation = api.invitationIds(gemeente, meeting).get(0);
        String expired = RSVP + tokens.issue(new RsvpClaims(TenantId.of(gemeente), meeting, invitation,
                Instant.now().minusSeconds(60)));
        problem(http.perform(get(expired)), 410)
                .andExpect(jsonPath("$.title").value("Antwoorden niet meer mogelijk"));
        problem(answer(expired, "ACCEPTED"), 410);
        assertThat((String) JsonPath.read(api.meetingJsonOf(gemeente, meeting), "$.invitations[0].response"))
                .isEqualTo("NO_REPLY");
    }

    @Test
    void aGenuineLinkToAnUnknownMeetingOrInvitationFindsNothing() throws Exception {
        String meeting = api.schedule(gemeente, 20, 1);
        Instant later = Instant.parse("2099-01-01T00:00:00Z");
        problem(http.perform(get(RSVP + tokens.issue(new RsvpClaims(TenantId.of(gemeente), "no-such-meeting",
                "no-such-invitation", later)))), 404);
        problem(answer(RSVP + tokens.issue(new RsvpClaims(TenantId.of(gemeente), meeting, "no-such-invitation",
                later)), "ACCEPTED"), 404);
    }

    @Test
    void anAnswerThatIsNotOneOfTheThreeIsRefused() throws Exception {
        String meeting = api.schedule(gemeente, 20, 1);
        String link = api.rsvpPath(links, gemeente, meeting, api.invitationIds(gemeente, meeting).get(0));
        problem(answer(link, "NO_REPLY"), 400).andExpect(jsonPath("$.errors[0].field").value("response"));
        problem(answer(link, "MAYBE"), 400);
        problem(http.perform(post(link).contentType(MediaType.APPLICATION_JSON).content("{}")), 400);
        assertThat((String) JsonPath.read(api.meetingJsonOf(gemeente, meeting), "$.invitations[0].response"))
                .isEqualTo("NO_REPLY");
    }

    @Test
    void aCancelledMeetingTakesNoAnswers() throws Exception {
        String meeting = api.schedule(gemeente, 20, 1);
        String link = api.rsvpPath(links, gemeente, meeting, api.invitationIds(gemeente, meeting).get(0));
        api.postJson("/api/meetings/" + meeting + "/cancel", coordinator(gemeente), "{}")
                .andExpect(status().isOk());
        problem(answer(link, "ACCEPTED"), 409).andExpect(jsonPath("$.rule").value("meeting-closed"));
        http.perform(get(link)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
    }

    private static final String RSVP = "/api/public/meetings/rsvp/";

    private ResultActions answer(String link, String response) throws Exception {
        return http.perform(post(link).contentType(MediaType.APPLICATION_JSON)
                .content("{\"response\":\"" + response + "\"}"));
    }

    // The first character of the signature carries six whole bits (the last one partly padding bits a decoder ignores).
    private static String flipSignature(String token) {
        int at = token.indexOf('.') + 1;
        return token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
    }
}
