package nl.koploper.cohort.assignment;

import static nl.koploper.cohort.CohortApi.contactEmail;
import static nl.koploper.cohort.CohortApi.participantBearer;
import static nl.koploper.cohort.CohortApi.problem;
import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.cohort.CohortApi;
import nl.koploper.contracts.Topics;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.PublishedEvents;
import nl.koploper.test.ServiceIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The communication assignment over HTTP: hand-in by the participant itself, scoring by the cohort's jurors (who never
 * see each other's marks while scoring), the coordinator's ranking, closing and award, and the AwardGranted event on
 * Kafka. Also who may do what, another gemeente, and bad input.
 */
@KoploperIntegrationTest
class AssignmentAwardIT extends ServiceIntegrationTest {

    static final String JUROR_A = "jurylid.a@example.nl";
    static final String JUROR_B = "jurylid.b@example.nl";

    CohortApi api;
    String gemeente;
    String coordinator;
    String cohortId;
    List<String> participants = new ArrayList<>();

    @BeforeEach
    void aStartedCohortOfThreeWithTwoJurors() throws Exception {
        api = new CohortApi(http);
        gemeente = gemeenten.newGemeente("prijs");
        coordinator = bearer(gemeente, "coordinator");
        cohortId = api.openCohort(gemeente, 1, 15);
        for (int n = 1; n <= 3; n++) {
            participants.add(api.register(gemeente, cohortId, n));
        }
        http.perform(post("/api/cohorts/" + cohortId + "/start").header("Authorization", coordinator))
                .andExpect(status().isOk());
        send(put(path("/jury")), coordinator, "{\"jurors\":[\"" + JUROR_A + "\",\"" + JUROR_B.toUpperCase() + "\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.jurors.length()").value(2))
                .andExpect(jsonPath("$.jurors[1]").value(JUROR_B));
    }

    String path(String tail) {
        return "/api/cohorts/" + cohortId + tail;
    }

    ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                       String authorization, String json) throws Exception {
        return http.perform(request.header("Authorization", authorization)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    static String assignment(String title) {
        return """
                {"title":"%s","text":"Zo vertellen wij over onze zonnepanelen.",
                 "links":["https://www.example.nl/duurzaam"]}""".formatted(title);
    }

    static String score(int clarity, int credibility, int reach, int originality) {
        return """
                {"clarity":%d,"credibility":%d,"reach":%d,"originality":%d,"comment":"Goed verhaal"}"""
                .formatted(clarity, credibility, reach, originality);
    }

    static String juror(String gemeente, String email) {
        return "Bearer " + TestTokens.tokenWithEmail(gemeente, email, "jury");
    }

    void handIn(int index) throws Exception {
        send(put(path("/assignments/" + participants.get(index))), participantBearer(gemeente, contactEmail(index + 1)),
                assignment("Verhaal " + (index + 1))).andExpect(status().isOk());
    }

    @Test
    void fromHandInToAwardWithEveryJurorSeeingOnlyItsOwnMarks() throws Exception {
        handIn(0);
        handIn(1);
        send(put(path("/assignments/" + participants.get(0))), participantBearer(gemeente, contactEmail(1)),
                assignment("Verhaal 1, herzien"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.links[0]").value("https://www.example.nl/duurzaam"));

        String p1 = participants.get(0);
        String p2 = participants.get(1);
        send(put(path("/assignments/" + p1 + "/score")), juror(gemeente, JUROR_A), score(5, 5, 4, 4))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(18));
        send(put(path("/assignments/" + p2 + "/score")), juror(gemeente, JUROR_A), score(3, 3, 3, 3))
                .andExpect(status().isOk());
        send(put(path("/assignments/" + p1 + "/score")), juror(gemeente, JUROR_B), score(2, 2, 2, 2))
                .andExpect(status().isOk());
        send(put(path("/assignments/" + p1 + "/score")), juror(gemeente, JUROR_B), score(4, 4, 4, 4))
                .andExpect(status().isOk()); // replaces B's first score

        // Juror B sees its own score of p1 and nothing of A's.
        http.perform(get(path("/assignments")).header("Authorization", juror(gemeente, JUROR_B)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].myScore.total").value(16))
                .andExpect(jsonPath("$[0].scores").doesNotExist())
                .andExpect(jsonPath("$[1].myScore").doesNotExist());
        String seenByB = http.perform(get(path("/assignments/" + p1)).header("Authorization", juror(gemeente, JUROR_B)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(seenByB).doesNotContain(JUROR_A).doesNotContain("\"total\":18");
        problem(http.perform(get(path("/ranking")).header("Authorization", juror(gemeente, JUROR_B))), 409)
                .andExpect(jsonPath("$.rule").value("scoring-not-closed"));

        // The coordinator sees every score and the ranking: p1 (18 + 16) / 2 = 17, p2 12.
        http.perform(get(path("/assignments/" + p1)).header("Authorization", coordinator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scores.length()").value(2));
        http.perform(get(path("/ranking")).header("Authorization", coordinator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].participantId").value(p1))
                .andExpect(jsonPath("$.entries[0].averageTotal").value(17.0))
                .andExpect(jsonPath("$.entries[0].jurors").value(2))
                .andExpect(jsonPath("$.entries[1].participantId").value(p2))
                .andExpect(jsonPath("$.tieBreakRule").isNotEmpty());

        problem(http.perform(post(path("/award")).header("Authorization", coordinator)), 409)
                .andExpect(jsonPath("$.rule").value("scoring-not-closed"));
        http.perform(post(path("/scoring/close")).header("Authorization", coordinator))
                .andExpect(status().isOk()).andExpect(jsonPath("$.scoringClosedAt").isNotEmpty());
        problem(send(put(path("/assignments/" + p2 + "/score")), juror(gemeente, JUROR_B), score(5, 5, 5, 5)), 409)
                .andExpect(jsonPath("$.rule").value("scoring-closed"));
        http.perform(get(path("/ranking")).header("Authorization", juror(gemeente, JUROR_B)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.entries.length()").value(2));

        problem(send(post(path("/award")), coordinator, "{\"participantId\":\"" + p2 + "\"}"), 409)
                .andExpect(jsonPath("$.rule").value("award-motivation-required"));
        http.perform(post(path("/award")).header("Authorization", coordinator))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.participantId").value(p1))
                .andExpect(jsonPath("$.organisationName").value("Organisatie 10000001"))
                .andExpect(jsonPath("$.topOfRanking").value(true));
        problem(http.perform(post(path("/award")).header("Authorization", coordinator)), 409)
                .andExpect(jsonPath("$.rule").value("award-already-granted"));

        // Granted, not announced: the coordinator and the jury see the winner, nothing is published and no
        // participant's read names it.
        http.perform(get(path("/ranking")).header("Authorization", coordinator))
                .andExpect(jsonPath("$.award.participantId").value(p1))
                .andExpect(jsonPath("$.award.announcedAt").doesNotExist());
        http.perform(get(path("/ranking")).header("Authorization", juror(gemeente, JUROR_A)))
                .andExpect(jsonPath("$.award.organisationName").value("Organisatie 10000001"));
        assertNoParticipantReadNamesTheWinner();
        http.perform(post("/api/cohorts/" + cohortId + "/complete").header("Authorization", coordinator))
                .andExpect(status().isOk());
        assertThat(published(Topics.COHORT_EVENTS, cohortId).until("cohort-completed.v1", 1))
                .as("events of the cohort up to its completion").extracting(PublishedEvents::type)
                .noneMatch(type -> type.endsWith("award-granted.v1"));
        assertNoParticipantReadNamesTheWinner();

        // Only the coordinator announces, once.
        problem(http.perform(post(path("/award/announce"))
                .header("Authorization", participantBearer(gemeente, contactEmail(1)))), 403);
        problem(http.perform(post(path("/award/announce")).header("Authorization", juror(gemeente, JUROR_A))), 403);
        problem(http.perform(post(path("/award/announce"))
                .header("Authorization", bearer(gemeenten.newGemeente("buur"), "coordinator"))), 404);
        http.perform(post(path("/award/announce")).header("Authorization", coordinator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.participantId").value(p1))
                .andExpect(jsonPath("$.announcedAt").isNotEmpty());
        problem(http.perform(post(path("/award/announce")).header("Authorization", coordinator)), 409)
                .andExpect(jsonPath("$.rule").value("award-already-announced"));

        String granted = published(Topics.COHORT_EVENTS, cohortId).payloads("award-granted.v1", 1).get(0);
        assertThat((String) JsonPath.read(granted, "$.participantId")).isEqualTo(p1);
        assertThat((String) JsonPath.read(granted, "$.winnerOrganisationName")).isEqualTo("Organisatie 10000001");
        List<String> recipients = JsonPath.read(granted, "$.recipients[*].contact.email");
        assertThat(recipients).containsExactly(contactEmail(1), contactEmail(2), contactEmail(3));
    }

    @Test
    void anAwardNotGrantedCannotBeAnnounced() throws Exception {
        problem(http.perform(post(path("/award/announce")).header("Authorization", coordinator)), 409)
                .andExpect(jsonPath("$.rule").value("award-not-granted"));
    }

    // Every read a participant may make of the cohort: none of them shows the award.
    private void assertNoParticipantReadNamesTheWinner() throws Exception {
        String asP2 = participantBearer(gemeente, contactEmail(2));
        for (String read : List.of("/api/cohorts/" + cohortId + "/participants/" + participants.get(1),
                path("/assignment"), path("/assignments/" + participants.get(1)))) {
            String body = http.perform(get(read).header("Authorization", asP2))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(body).as(read).doesNotContain("Organisatie 10000001").doesNotContainIgnoringCase("award");
        }
        problem(http.perform(get(path("/ranking")).header("Authorization", asP2)), 403);
        problem(http.perform(get(path("/assignments/" + participants.get(0))).header("Authorization", asP2)), 404);
        problem(http.perform(get("/api/cohorts/" + cohortId).header("Authorization", asP2)), 403);
    }

    @Test
    void aParticipantHandsInOnlyForItselfAndSeesNoMarks() throws Exception {
        String p1 = participants.get(0);
        problem(send(put(path("/assignments/" + p1)), participantBearer(gemeente, contactEmail(2)),
                assignment("Namens een ander")), 404);
        problem(http.perform(get(path("/assignments/" + p1))
                .header("Authorization", participantBearer(gemeente, contactEmail(2)))), 404);
        handIn(0);
        send(put(path("/assignments/" + p1 + "/score")), juror(gemeente, JUROR_A), score(4, 4, 4, 4))
                .andExpect(status().isOk());
        http.perform(get(path("/assignments/" + p1)).header("Authorization", participantBearer(gemeente, contactEmail(1))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Verhaal 1"))
                .andExpect(jsonPath("$.scores").doesNotExist())
                .andExpect(jsonPath("$.myScore").doesNotExist());
        // The coordinator hands in for anyone.
        send(put(path("/assignments/" + participants.get(2))), coordinator, assignment("Via de coördinator"))
                .andExpect(status().isOk());
    }

    @Test
    void eachRoleDoesOnlyItsOwnPart() throws Exception {
        String p1 = participants.get(0);
        handIn(0);
        // A juror cannot hand in, close, award or name the jury; a participant cannot score or see the ranking.
        problem(send(put(path("/assignments/" + p1)), juror(gemeente, JUROR_A), assignment("X")), 403);
        problem(http.perform(post(path("/scoring/close")).header("Authorization", juror(gemeente, JUROR_A))), 403);
        problem(http.perform(post(path("/award")).header("Authorization", juror(gemeente, JUROR_A))), 403);
        problem(send(put(path("/jury")), juror(gemeente, JUROR_A), "{\"jurors\":[\"x@example.nl\"]}"), 403);
        problem(send(put(path("/assignments/" + p1 + "/score")), participantBearer(gemeente, contactEmail(1)),
                score(5, 5, 5, 5)), 403);
        problem(send(put(path("/assignments/" + p1 + "/score")), coordinator, score(5, 5, 5, 5)), 403);
        problem(http.perform(get(path("/ranking")).header("Authorization", participantBearer(gemeente, contactEmail(1)))),
                403);
        // A jury user who is not on this cohort's jury finds nothing.
        String outsider = juror(gemeente, "niet.in.de.jury@example.nl");
        problem(send(put(path("/assignments/" + p1 + "/score")), outsider, score(5, 5, 5, 5)), 404);
        problem(http.perform(get(path("/assignments")).header("Authorization", outsider)), 404);
        problem(http.perform(get(path("/assignments/" + p1)).header("Authorization", outsider)), 404);
    }

    @Test
    void anotherGemeenteFindsNothing() throws Exception {
        String other = gemeenten.newGemeente("ander");
        String otherCoordinator = bearer(other, "coordinator");
        String p1 = participants.get(0);
        handIn(0);
        problem(send(put(path("/jury")), otherCoordinator, "{\"jurors\":[\"x@example.nl\"]}"), 404);
        problem(http.perform(get(path("/jury")).header("Authorization", otherCoordinator)), 404);
        problem(send(put(path("/assignments/" + p1)), otherCoordinator, assignment("X")), 404);
        problem(send(put(path("/assignments/" + p1)), participantBearer(other, contactEmail(1)), assignment("X")), 404);
        problem(http.perform(get(path("/assignments")).header("Authorization", otherCoordinator)), 404);
        problem(http.perform(get(path("/assignments/" + p1)).header("Authorization", otherCoordinator)), 404);
        problem(send(put(path("/assignments/" + p1 + "/score")), juror(other, JUROR_A), score(5, 5, 5, 5)), 404);
        problem(http.perform(get(path("/ranking")).header("Authorization", otherCoordinator)), 404);
        problem(http.perform(post(path("/scoring/close")).header("Authorization", otherCoordinator)), 404);
        problem(http.perform(post(path("/award")).header("Authorization", otherCoordinator)), 404);

        http.perform(get(path("/assignments/" + p1)).header("Authorization", coordinator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.scores.length()").value(0));
        http.perform(get(path("/jury")).header("Authorization", coordinator))
                .andExpect(jsonPath("$.jurors.length()").value(2));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        String p1 = participants.get(0);
        String asP1 = participantBearer(gemeente, contactEmail(1));
        problem(send(put(path("/assignments/" + p1)), asP1,
                "{\"title\":\" \",\"text\":\"\",\"links\":[\"ftp://x\",\"javascript:alert(1)\"]}"), 400)
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "title", "text", "links[0]", "links[1]")));
        problem(send(put(path("/assignments/" + p1)), asP1,
                "{\"title\":\"" + "x".repeat(201) + "\",\"text\":\"t\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        problem(send(put(path("/assignments/" + p1)), asP1, "{\"title\":"), 400);
        problem(http.perform(get(path("/assignments/" + p1)).header("Authorization", asP1)), 404); // nothing stored

        handIn(0);
        problem(send(put(path("/assignments/" + p1 + "/score")), juror(gemeente, JUROR_A),
                "{\"clarity\":0,\"credibility\":6,\"reach\":null,\"originality\":\"vijf\"}"), 400);
        problem(send(put(path("/assignments/" + p1 + "/score")), juror(gemeente, JUROR_A),
                "{\"clarity\":0,\"credibility\":6,\"originality\":3}"), 400)
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "clarity", "credibility", "reach")));
        problem(send(put(path("/jury")), coordinator, "{\"jurors\":[\"geen-adres\"]}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("jurors[0]"));
        problem(send(put(path("/jury")), coordinator, "{\"jurors\":[]}"), 400);
        problem(send(post(path("/award")), coordinator, "{\"participantId\":\"\"}"), 400);

        http.perform(get(path("/assignments/" + p1)).header("Authorization", coordinator))
                .andExpect(jsonPath("$.scores.length()").value(0));
        http.perform(get(path("/jury")).header("Authorization", coordinator))
                .andExpect(jsonPath("$.jurors.length()").value(2));
    }

    @Test
    void aFileGoesWithTheHandedInAssignmentAndIsReadByWhoMayReadIt() throws Exception {
        String p1 = participants.get(0);
        String asP1 = participantBearer(gemeente, contactEmail(1));
        byte[] pdf = "%PDF-1.4 een poster".getBytes(StandardCharsets.ISO_8859_1);
        String filePath = path("/assignments/" + p1 + "/file");

        problem(http.perform(put(filePath).param("name", "poster.pdf").header("Authorization", asP1)
                .contentType(MediaType.APPLICATION_PDF).content(pdf)), 409)
                .andExpect(jsonPath("$.rule").value("assignment-not-handed-in"));
        handIn(0);
        problem(http.perform(put(filePath).param("name", "poster.pdf")
                .header("Authorization", participantBearer(gemeente, contactEmail(2)))
                .contentType(MediaType.APPLICATION_PDF).content(pdf)), 404);
        problem(http.perform(put(filePath).param("name", "../poster.pdf").header("Authorization", asP1)
                .contentType(MediaType.APPLICATION_PDF).content(new byte[0])), 400)
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("name", "file")));
        problem(http.perform(put(filePath).param("name", "poster.exe").header("Authorization", asP1)
                .contentType(MediaType.APPLICATION_OCTET_STREAM).content(pdf)), 415);
        problem(http.perform(put(filePath).param("name", "groot.pdf").header("Authorization", asP1)
                .contentType(MediaType.APPLICATION_PDF).content(new byte[1024 * 1024 + 1])), 413);
        problem(http.perform(get(filePath).header("Authorization", coordinator)), 404); // nothing attached so far

        http.perform(put(filePath).param("name", "poster.pdf").header("Authorization", asP1)
                        .contentType(MediaType.APPLICATION_PDF).content(pdf))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.file.fileName").value("poster.pdf"))
                .andExpect(jsonPath("$.file.size").value(pdf.length))
                .andExpect(jsonPath("$.file.downloadPath").value(filePath));
        for (String reader : List.of(coordinator, asP1, juror(gemeente, JUROR_A))) {
            byte[] read = http.perform(get(filePath).header("Authorization", reader))
                    .andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .contentType(MediaType.APPLICATION_PDF))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(read).isEqualTo(pdf);
        }
        problem(http.perform(get(filePath).header("Authorization", participantBearer(gemeente, contactEmail(2)))), 404);
        problem(http.perform(get(filePath).header("Authorization", bearer(gementeOther(), "coordinator"))), 404);
    }

    String gementeOther() {
        return gemeenten.newGemeente("bestand");
    }

    @Test
    void handingInIsForAStartedCohortAndAPlacedParticipant() throws Exception {
        String draft = api.createCohort(gemeente, 1, 15);
        problem(send(put("/api/cohorts/" + draft + "/assignments/" + participants.get(0)), coordinator,
                assignment("X")), 404);
        String open = api.openCohort(gemeente, 1, 15);
        String waiting = api.register(gemeente, open, 7);
        problem(send(put("/api/cohorts/" + open + "/assignments/" + waiting), coordinator, assignment("X")), 409)
                .andExpect(jsonPath("$.rule").value("cohort-not-started"));
        http.perform(post(path("/participants/" + participants.get(2) + "/withdraw"))
                .header("Authorization", coordinator)).andExpect(status().isOk());
        problem(send(put(path("/assignments/" + participants.get(2))), coordinator, assignment("X")), 409)
                .andExpect(jsonPath("$.rule").value("participant-not-placed"));
    }
}
