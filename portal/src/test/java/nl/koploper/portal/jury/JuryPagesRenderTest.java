package nl.koploper.portal.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import nl.koploper.portal.PortalRenderTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.client.ExpectedCount;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.client.ResponseCreator;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The juror's pages against a canned cohort-service, answering JSON shaped as its {@code SubmissionView},
 * {@code ScoreView} and {@code CohortAssignmentView} and problems as its {@code ProblemDetailsAdvice}: the groups the
 * juror judges by name with their deadline and progress, the hand-ins with the juror's own marks, one hand-in with its
 * file, the rubric form saved and shown again, a mark missing or refused explained next to its criterion with the
 * other marks kept, and the groups the juror is not on shown as "not found".
 */
@PortalRenderTest
class JuryPagesRenderTest {

    private static final String API = "http://gateway.test";
    private static final String HAND_INS = "/api/cohorts/c1/assignments";


    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer juryPlatform;

    private static final String SCORED = """
            {"juror":"jury@test.example","clarity":4,"credibility":3,"reach":5,"originality":3,"total":15,
             "comment":"Sterk verhaal","scoredRevision":1,"scoredAt":"2026-09-02T10:00:00Z"}""";
    private static final String KORREL = """
            {"participantId":"p1","organisationName":"Bakkerij De Korrel","title":"Brood zonder omweg",
             "text":"Wij bakken met graan uit Groningen.\\nDat vertellen we op de zak.",
             "links":["https://www.dekorrel.nl/duurzaam"],
             "file":{"fileName":"folder.pdf","contentType":"application/pdf","size":123904,"sha256":"ab",
                     "uploadedAt":"2026-09-01T08:00:00Z","downloadPath":"/api/cohorts/c1/assignments/p1/file"},
             "revision":2,"firstSubmittedAt":"2026-08-30T08:00:00Z","submittedAt":"2026-09-01T08:00:00Z",
             "myScore":%s,"scores":null}""".formatted(SCORED);
    private static final String GARAGE = """
            {"participantId":"p2","organisationName":"Garage Van Dijk","title":"Elektrisch de wijk in",
             "text":"Onze monteurs rijden elektrisch.","links":[],"file":null,"revision":1,
             "firstSubmittedAt":"2026-09-03T08:00:00Z","submittedAt":"2026-09-03T08:00:00Z",
             "myScore":null,"scores":null}""";

    // As cohort-service's CohortAssignmentView: c1 still takes hand-ins, c3 (an earlier year) has closed.
    private static final String GROUP = """
            {"id":"c1","name":"Koplopers Test 2026","year":2026,"assignmentDeadline":"2026-10-01T23:59:00+02:00",
             "deadlinePassed":false,"scoringClosedAt":null}""";
    private static final String EARLIER_GROUP = """
            {"id":"c3","name":"Koplopers Test 2025","year":2025,"assignmentDeadline":"2025-10-01T23:59:00+02:00",
             "deadlinePassed":true,"scoringClosedAt":"2025-10-20T08:00:00Z"}""";

    @BeforeEach
    void cannedAnswers() {
        juryPlatform.reset();
        theFrame();
        answer("/api/cohorts/judging", "[" + GROUP + "," + EARLIER_GROUP + "]");
        answer("/api/cohorts/c1/assignment", GROUP);
        answer("/api/cohorts/c3/assignments", "[]");
        answer(HAND_INS, "[" + KORREL + "," + GARAGE + "]");
        answer(HAND_INS + "/p1", KORREL);
        answer(HAND_INS + "/p2", GARAGE);
    }

    // As the platform answers a juror: the gemeente's details are the coordinator's, its public page anyone's.
    private void theFrame() {
        juryPlatform.expect(ExpectedCount.manyTimes(), requestTo(API + "/api/gemeenten/current"))
                .andRespond(problem(HttpStatus.FORBIDDEN, "{\"status\":403,\"title\":\"Forbidden\"}"));
        answer("/api/public/cohorts/test", """
                {"gemeente":{"slug":"test","name":"Gemeente Test","logoUrl":null},"cohorts":[]}""");
    }

    private void answer(String path, String json) {
        juryPlatform.expect(ExpectedCount.manyTimes(), requestTo(API + path)).andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess(json, MediaType.APPLICATION_JSON));
    }

    private static ResponseCreator problem(HttpStatus status, String json) {
        return withStatus(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(json);
    }

    private static RequestPostProcessor juror() {
        return oidcLogin().idToken(token -> token.claim("roles", List.of("jury")).claim("tenant", "test")
                .claim("email", "jury@test.example"));
    }

    private String page(String path, MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(get(path).with(juror()).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    @Test
    void theStartPageListsTheGroupsTheJurorJudgesByNameWithDeadlineAndProgress() throws Exception {
        String html = page("/jury", new MockHttpSession());
        assertThat(html).contains("Jury", "Gemeente Test", "Uw Koplopergroepen",
                "href=\"/jury/groepen/c1\">Koplopers Test 2026</a>",
                "Inleveren kan tot donderdag 1 oktober 2026, 23:59.", "2 inzendingen, 1 door u beoordeeld.",
                "href=\"/jury/groepen/c3\">Koplopers Test 2025</a>",
                "De uiterste inleverdatum (woensdag 1 oktober 2025, 23:59) is voorbij.",
                "Nog geen inzendingen, 0 door u beoordeeld.", "De beoordeling is gesloten.",
                "Helderheid", "Geloofwaardigheid", "Bereik", "Originaliteit", "van 1 (zwak) tot 5 (uitstekend)")
                .doesNotContain("Koplopergroep 1");
        // The list comes from cohort-service on every visit, in the order it gives (the latest year first).
        assertThat(html.indexOf("Koplopers Test 2026")).isLessThan(html.indexOf("Koplopers Test 2025"));
        assertThat(page("/jury?lang=en", new MockHttpSession())).contains("2 hand-ins, 1 scored by you.",
                "Hand-ins are open until Thursday 1 October 2026, 23:59.");
    }

    @Test
    void aJurorOnNoJurySeesWhatToDo() throws Exception {
        juryPlatform.reset();
        theFrame();
        answer("/api/cohorts/judging", "[]");
        assertThat(page("/jury", new MockHttpSession()))
                .contains("U staat nog in de jury van geen enkele Koplopergroep.")
                .doesNotContain("href=\"/jury/groepen/");
    }

    @Test
    void theCoordinatorsLinkShowsTheGroupsHandInsWithTheJurorsOwnMarks() throws Exception {
        String html = page("/jury/groepen/c1", new MockHttpSession());
        assertThat(html).contains("Communicatieopdrachten beoordelen", "Koplopers Test 2026",
                "Inleveren kan tot donderdag 1 oktober 2026, 23:59.", "2 inzendingen, 1 door u beoordeeld.",
                "href=\"/jury/groepen/c1/inzendingen/p1\">Bakkerij De Korrel</a>", "Brood zonder omweg",
                "15 van 20", "Vervangen na uw beoordeling", "Garage Van Dijk", "Nog niet beoordeeld");
    }

    @Test
    void aHandInShowsItsTextLinksFileAndTheMarksGivenSoFar() throws Exception {
        String html = page("/jury/groepen/c1/inzendingen/p1", new MockHttpSession());
        assertThat(html).contains("Inzending van Bakkerij De Korrel", "Koplopers Test 2026", "Brood zonder omweg",
                "Wij bakken met graan uit Groningen.", "https://www.dekorrel.nl/duurzaam",
                "href=\"/jury/groepen/c1/inzendingen/p1/bestand\"", "Bestand openen: folder.pdf (121 kB)",
                "De deelnemer heeft de opdracht vervangen nadat u hem beoordeelde.",
                "<legend>Helderheid</legend>", "4 – goed", "Sterk verhaal</textarea>");
        assertThat(html).containsPattern("id=\"clarity-4\" name=\"clarity\" value=\"4\" checked")
                .containsPattern("id=\"reach-5\" name=\"reach\" value=\"5\" checked")
                .doesNotContainPattern("id=\"clarity-3\" name=\"clarity\" value=\"3\" checked");
    }

    @Test
    void theMarksAreSavedAndTheJurorGoesBackToTheHandIns() throws Exception {
        juryPlatform.expect(requestTo(API + HAND_INS + "/p2/score")).andExpect(method(HttpMethod.PUT))
                .andExpect(content().json("""
                        {"clarity":4,"credibility":3,"reach":5,"originality":2,"comment":"Duidelijk"}""", true))
                .andRespond(withSuccess("""
                        {"juror":"jury@test.example","clarity":4,"credibility":3,"reach":5,"originality":2,
                         "total":14,"comment":"Duidelijk","scoredRevision":1,"scoredAt":"2026-09-04T10:00:00Z"}""",
                        MediaType.APPLICATION_JSON));
        MvcResult result = mvc.perform(post("/jury/groepen/c1/inzendingen/p2").with(juror()).with(csrf())
                .param("clarity", "4").param("credibility", "3").param("reach", "5").param("originality", "2")
                .param("comment", " Duidelijk ")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/jury/groepen/c1");
        assertThat(result.getFlashMap().get("saved"))
                .isEqualTo("Uw beoordeling van Garage Van Dijk is opgeslagen: 14 van 20 punten.");
    }

    @Test
    void aMissingOrImpossibleMarkIsExplainedAtItsCriterionWithTheOtherMarksKept() throws Exception {
        MvcResult result = mvc.perform(post("/jury/groepen/c1/inzendingen/p2").with(juror()).with(csrf())
                .param("clarity", "4").param("credibility", "9").param("originality", "2")
                .param("comment", "Nog twijfel")).andReturn();
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("Niet alles is goed ingevuld.", "id=\"credibility-error\"", "id=\"reach-error\"",
                "Kies een cijfer van 1 tot 5.", "href=\"#reach-1\">Bereik: Kies een cijfer van 1 tot 5.",
                "Nog twijfel</textarea>");
        assertThat(html).containsPattern("id=\"clarity-4\" name=\"clarity\" value=\"4\" checked")
                .containsPattern("id=\"originality-2\" name=\"originality\" value=\"2\" checked")
                .doesNotContain("id=\"clarity-error\"");
    }

    @Test
    void aScoreAfterTheScoringClosedIsExplainedWithTheMarksKept() throws Exception {
        juryPlatform.expect(requestTo(API + HAND_INS + "/p2/score")).andExpect(method(HttpMethod.PUT))
                .andRespond(problem(HttpStatus.CONFLICT, """
                        {"status":409,"title":"Rule violated","rule":"scoring-closed",
                         "detail":"The jury's scoring closed at 2026-10-02T10:00+02:00"}"""));
        String html = mvc.perform(post("/jury/groepen/c1/inzendingen/p2").with(juror()).with(csrf())
                        .param("clarity", "4").param("credibility", "3").param("reach", "5").param("originality", "2"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("De coördinator heeft de beoordeling intussen gesloten")
                .containsPattern("id=\"reach-5\" name=\"reach\" value=\"5\" checked");
    }

    @Test
    void aMarkThePlatformRefusesIsExplainedAtItsCriterion() throws Exception {
        juryPlatform.expect(requestTo(API + HAND_INS + "/p2/score")).andExpect(method(HttpMethod.PUT))
                .andRespond(problem(HttpStatus.BAD_REQUEST, """
                        {"status":400,"title":"Invalid request","detail":"The request has invalid fields",
                         "errors":[{"field":"originality","code":"out-of-range","message":"must be at most 5"}]}"""));
        String html = mvc.perform(post("/jury/groepen/c1/inzendingen/p2").with(juror()).with(csrf())
                        .param("clarity", "4").param("credibility", "3").param("reach", "5").param("originality", "2"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"originality-error\"", "Kies een cijfer van 1 tot 5.");
    }

    @Test
    void onceTheScoringClosedTheJurorSeesTheirMarksWithoutAForm() throws Exception {
        juryPlatform.reset();
        theFrame();
        answer("/api/cohorts/c1/assignment", GROUP);
        answer(HAND_INS + "/p1", KORREL.replace("\"scores\":null", "\"scores\":[" + SCORED + "]"));
        String html = page("/jury/groepen/c1/inzendingen/p1", new MockHttpSession());
        assertThat(html).contains("De coördinator heeft de beoordeling gesloten.", "15 van 20")
                .doesNotContain("Beoordeling opslaan");
    }

    @Test
    void onceTheScoringClosedTheHandInsShowTheRankingAndTheAward() throws Exception {
        juryPlatform.reset();
        theFrame();
        answer("/api/cohorts/c1/assignment", GROUP);
        answer(HAND_INS, "[" + KORREL.replace("\"scores\":null", "\"scores\":[" + SCORED + "]") + "]");
        answer("/api/cohorts/c1/ranking", """
                {"entries":[{"rank":1,"participantId":"p1","organisationName":"Bakkerij De Korrel",
                  "averageTotal":15.50,"averageClarity":4,"averageCredibility":3,"averageReach":5,
                  "averageOriginality":3.5,"jurors":2,"tieBreak":null}],
                 "tieBreakRule":"Ranked by the average","scoringClosedAt":"2026-10-02T08:00:00Z",
                 "award":{"participantId":"p1","organisationName":"Bakkerij De Korrel","topOfRanking":true,
                  "motivation":null,"grantedAt":"2026-10-03T08:00:00Z"}}""");
        assertThat(page("/jury/groepen/c1", new MockHttpSession())).contains("Ranglijst van de jury", "15,5",
                "De Koploperprijs gaat naar Bakkerij De Korrel.", "De coördinator heeft de beoordeling gesloten.");
    }

    @Test
    void theFileIsHandedOnWithItsTypeAndName() throws Exception {
        byte[] pdf = "%PDF-1.7".getBytes();
        juryPlatform.expect(requestTo(API + HAND_INS + "/p1/file")).andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess(pdf, MediaType.APPLICATION_PDF)
                        .header("Content-Disposition", "attachment; filename=\"folder.pdf\""));
        MvcResult result = mvc.perform(get("/jury/groepen/c1/inzendingen/p1/bestand").with(juror())).andReturn();
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment", "folder.pdf");
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(pdf);
    }

    @Test
    void aGroupTheJurorIsNotOnIsNotFoundAndNotListed() throws Exception {
        juryPlatform.expect(ExpectedCount.manyTimes(), requestTo(API + "/api/cohorts/c2/assignments"))
                .andRespond(problem(HttpStatus.NOT_FOUND,
                        "{\"status\":404,\"title\":\"Not found\",\"detail\":\"Cohort 'c2' does not exist\"}"));
        MockHttpSession session = new MockHttpSession();
        MvcResult result = mvc.perform(get("/jury/groepen/c2").with(juror()).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString()).contains("Niet gevonden")
                .doesNotContain("Garage Van Dijk");
        assertThat(page("/jury", session)).doesNotContain("/jury/groepen/c2");
    }

    @Test
    void someoneWhoIsNoJurorHasNoAccess() throws Exception {
        juryPlatform.reset();
        theFrame();
        juryPlatform.expect(ExpectedCount.manyTimes(), requestTo(API + HAND_INS))
                .andRespond(problem(HttpStatus.FORBIDDEN,
                        "{\"status\":403,\"title\":\"Forbidden\",\"detail\":\"Your role does not allow this\"}"));
        MvcResult result = mvc.perform(get("/jury/groepen/c1").with(oidcLogin().idToken(token -> token
                .claim("roles", List.of("participant")).claim("tenant", "test")
                .claim("email", "anne@test.example")))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(result.getResponse().getContentAsString()).contains("Geen toegang")
                .doesNotContain("Bakkerij De Korrel");
    }

    @Test
    void aScoreWithoutTheCsrfTokenIsRefused() throws Exception {
        MvcResult result = mvc.perform(post("/jury/groepen/c1/inzendingen/p2").with(juror())
                .param("clarity", "4").param("credibility", "3").param("reach", "5").param("originality", "2"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
    }
}
