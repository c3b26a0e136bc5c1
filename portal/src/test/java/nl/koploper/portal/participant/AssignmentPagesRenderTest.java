package nl.koploper.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nl.koploper.portal.PortalRenderTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.client.ExpectedCount;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The participant's communication assignment against a canned cohort-service, answering JSON shaped as its
 * {@code SubmissionView} and {@code CohortAssignmentView} and problems as its {@code ProblemDetailsAdvice}: what a person reads, the hand-in with its
 * file, and every refusal next to its field with what was typed still there. A request the test does not expect fails
 * the page, so a refused form that still called the platform fails the test.
 */
@PortalRenderTest
class AssignmentPagesRenderTest {

    private static final String API = "http://gateway.test";
    private static final String SUBMISSION = "/api/cohorts/c1/assignments/p1";


    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer assignmentPlatform;

    private static final String CASE = """
            {"id":"case-1","cohortId":"c1","cohortName":"Koplopergroep Test","participantId":"p1",
             "organisation":{"name":"Bakkerij De Korrel"},"contact":{"name":"Anne","email":"anne@test.example"},
             "status":"PROFILE_PUBLISHED","visit":null,"advisor":null,"baselineFootprint":null,
             "profiles":[{"version":1,"status":"PUBLISHED"}],"version":3}""";
    private static final String HANDED_IN = """
            {"participantId":"p1","organisationName":"Bakkerij De Korrel","title":"Brood zonder omweg",
             "text":"Wij bakken met graan uit Groningen.\\nDat vertellen we op de zak.",
             "links":["https://www.dekorrel.nl/duurzaam"],
             "file":{"fileName":"folder.pdf","contentType":"application/pdf","size":123904,"sha256":"ab",
                     "uploadedAt":"2026-09-01T08:00:00Z","downloadPath":"/api/cohorts/c1/assignments/p1/file"},
             "revision":2,"firstSubmittedAt":"2026-08-30T08:00:00Z","submittedAt":"2026-09-01T08:00:00Z",
             "myScore":null,"scores":null}""";
    // As cohort-service's CohortAssignmentView: the group's name and its deadline in Dutch local time.
    private static final String GROUP = """
            {"id":"c1","name":"Koplopers Test 2026","year":2026,"assignmentDeadline":"2026-10-01T23:59:00+02:00",
             "deadlinePassed":false,"scoringClosedAt":null}""";
    private static final String GROUP_PAST_DEADLINE = GROUP.replace("\"deadlinePassed\":false",
            "\"deadlinePassed\":true");
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

    @BeforeEach
    void cannedAnswers() {
        cannedAnswers(GROUP);
    }

    private void cannedAnswers(String group) {
        assignmentPlatform.reset();
        // As the platform answers a participant: the gemeente's details are the coordinator's, its public page anyone's.
        assignmentPlatform.expect(ExpectedCount.manyTimes(), requestTo(API + "/api/gemeenten/current"))
                .andRespond(problem(HttpStatus.FORBIDDEN, "{\"status\":403,\"title\":\"Forbidden\"}"));
        answer("/api/public/cohorts/test", """
                {"gemeente":{"slug":"test","name":"Gemeente Test","logoUrl":null},"cohorts":[]}""");
        answer("/api/assessments/cases", "{\"content\":[{\"id\":\"case-1\"}]}");
        answer("/api/assessments/cases/case-1", CASE);
        if (group != null) {
            answer("/api/cohorts/c1/assignment", group);
        }
    }

    private void answer(String path, String json) {
        assignmentPlatform.expect(ExpectedCount.manyTimes(), requestTo(API + path)).andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess(json, MediaType.APPLICATION_JSON));
    }

    private void nothingHandedIn() {
        assignmentPlatform.expect(ExpectedCount.manyTimes(), requestTo(API + SUBMISSION))
                .andExpect(method(HttpMethod.GET))
                .andRespond(problem(HttpStatus.NOT_FOUND, "{\"status\":404,\"title\":\"Not found\","
                        + "\"detail\":\"Submission 'p1' does not exist\"}"));
    }

    private static org.springframework.test.web.client.ResponseCreator problem(HttpStatus status, String json) {
        return withStatus(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(json);
    }

    private static RequestPostProcessor participant() {
        return oidcLogin().idToken(token -> token.claim("roles", List.of("participant")).claim("tenant", "test")
                .claim("email", "anne@test.example"));
    }

    private static MockMultipartHttpServletRequestBuilder handIn(String title, String text, String links) {
        MockMultipartHttpServletRequestBuilder request = multipart("/deelnemer/opdracht");
        request.param("title", title).param("text", text).param("links", links);
        request.with(participant()).with(csrf());
        return request;
    }

    private MvcResult perform(MockMultipartHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    @Test
    void thePageSaysWhatIsAskedHowTheJuryScoresAndThatNothingIsInYet() throws Exception {
        nothingHandedIn();
        var result = mvc.perform(get("/deelnemer/opdracht").with(participant())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("Communicatieopdracht",
                "Wat wordt er gevraagd?", "Koploperprijs", "Helderheid", "Geloofwaardigheid", "Bereik",
                "Originaliteit", "van 1 (zwak) tot 5 (uitstekend)", "U heeft nog niets ingeleverd.",
                "enctype=\"multipart/form-data\"", "Communicatieopdracht inleveren", "hoogstens 1 MB");
        var english = mvc.perform(get("/deelnemer/opdracht?lang=en").with(participant())).andReturn();
        assertThat(english.getResponse().getContentAsString()).contains("What is asked?", "Credibility",
                "You have not handed in anything yet.");
    }

    @Test
    void thePageNamesTheGroupAndTheDeadlineInDutch() throws Exception {
        nothingHandedIn();
        String html = mvc.perform(get("/deelnemer/opdracht").with(participant())).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("Uw Koplopergroep: Koplopers Test 2026",
                        "U kunt inleveren en vervangen tot donderdag 1 oktober 2026, 23:59, zolang de jury nog beoordeelt.")
                .doesNotContain("is voorbij", "id=\"deadline-passed\"", "die de coördinator van uw gemeente bekendmaakte");
        String english = mvc.perform(get("/deelnemer/opdracht?lang=en").with(participant())).andReturn()
                .getResponse().getContentAsString();
        assertThat(english).contains("Your Koplopergroep: Koplopers Test 2026",
                "You can hand in and replace it until Thursday 1 October 2026, 23:59");
    }

    @Test
    void aPassedDeadlineIsSaidClearlyAtTheTop() throws Exception {
        cannedAnswers(GROUP_PAST_DEADLINE);
        answer(SUBMISSION, HANDED_IN);
        String html = mvc.perform(get("/deelnemer/opdracht").with(participant())).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("id=\"deadline-passed\"", "De uiterste inleverdatum was donderdag 1 oktober 2026, "
                        + "23:59. Die is voorbij: inleveren of vervangen kan niet meer.", "Brood zonder omweg")
                .doesNotContain("U kunt inleveren en vervangen tot");
        assertThat(html.indexOf("id=\"deadline-passed\"")).isLessThan(html.indexOf("Wat wordt er gevraagd?"));
    }

    @Test
    void withoutTheGroupsDeadlineThePageStatesTheGeneralRule() throws Exception {
        cannedAnswers(null);
        nothingHandedIn();
        assignmentPlatform.expect(ExpectedCount.manyTimes(), requestTo(API + "/api/cohorts/c1/assignment"))
                .andRespond(problem(HttpStatus.NOT_FOUND, "{\"status\":404,\"title\":\"Not found\","
                        + "\"detail\":\"Cohort 'c1' does not exist\"}"));
        var result = mvc.perform(get("/deelnemer/opdracht").with(participant())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString())
                .contains("tot de uiterste inleverdatum die de coördinator van uw gemeente bekendmaakte")
                .doesNotContain("Uw Koplopergroep:", "id=\"deadline-passed\"");
    }

    @Test
    void aHandInShowsWithItsFileAndCanBeReplaced() throws Exception {
        answer(SUBMISSION, HANDED_IN);
        var result = mvc.perform(get("/deelnemer/opdracht").with(participant())).andReturn();
        assertThat(result.getResponse().getContentAsString()).contains("Brood zonder omweg",
                "Wij bakken met graan uit Groningen.", "https://www.dekorrel.nl/duurzaam", "(versie 2)",
                "href=\"/deelnemer/opdracht/bestand\">Bestand: folder.pdf (121 kB)", "Nieuwe versie inleveren",
                "value=\"Brood zonder omweg\"", "Ander bestand");
    }

    @Test
    void myYearSaysTheAssignmentIsInAndLinksToIt() throws Exception {
        answer(SUBMISSION, HANDED_IN);
        var result = mvc.perform(get("/deelnemer").with(participant())).andReturn();
        assertThat(result.getResponse().getContentAsString())
                .contains("href=\"/deelnemer/opdracht\">Ingeleverd: bekijken of vervangen</a>",
                        "Mijn communicatieopdracht");
    }

    @Test
    void theTextAndThePdfAreHandedInOneAfterTheOther() throws Exception {
        cannedAnswers(null); // a hand-in that arrives redirects without showing the page (and its deadline)
        nothingHandedIn();
        assignmentPlatform.expect(requestTo(API + SUBMISSION)).andExpect(method(HttpMethod.PUT))
                .andExpect(content().json("""
                        {"title":"Brood zonder omweg","text":"Wij bakken met graan uit Groningen.",
                         "links":["https://www.dekorrel.nl/duurzaam"]}""", true))
                .andRespond(withSuccess(HANDED_IN, MediaType.APPLICATION_JSON));
        assignmentPlatform.expect(requestTo(API + SUBMISSION + "/file?name=folder.pdf"))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(header("Content-Type", "application/pdf"))
                .andExpect(content().bytes(PDF))
                .andRespond(withSuccess(HANDED_IN, MediaType.APPLICATION_JSON));
        var request = handIn(" Brood zonder omweg ", "Wij bakken met graan uit Groningen.",
                "\r\nhttps://www.dekorrel.nl/duurzaam\r\n");
        request.file(new MockMultipartFile("file", "folder.pdf", "application/octet-stream", PDF));
        var result = perform(request);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/deelnemer/opdracht");
        assertThat(result.getFlashMap().containsKey("handedIn")).isTrue();
        assignmentPlatform.verify();
    }

    @Test
    void onlyANewFileIsNotANewTextRevision() throws Exception {
        cannedAnswers(null); // a hand-in that arrives redirects without showing the page (and its deadline)
        answer(SUBMISSION, HANDED_IN);
        byte[] png = new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        assignmentPlatform.expect(requestTo(API + SUBMISSION + "/file?name=poster.png"))
                .andExpect(method(HttpMethod.PUT)).andExpect(header("Content-Type", "image/png"))
                .andRespond(withSuccess(HANDED_IN, MediaType.APPLICATION_JSON));
        var request = handIn("Brood zonder omweg", "Wij bakken met graan uit Groningen.\r\nDat vertellen we op de zak.",
                "https://www.dekorrel.nl/duurzaam");
        request.file(new MockMultipartFile("file", "C:\\Users\\anne\\poster.png", "image/png", png));
        var result = perform(request);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/deelnemer/opdracht");
        assertThat(result.getFlashMap().containsKey("replaced")).isTrue();
        assignmentPlatform.verify();
    }

    @Test
    void aMissingTitleIsRefusedHereWithTheTextKept() throws Exception {
        nothingHandedIn();
        var result = perform(handIn("  ", "Ons verhaal over brood.", "www.dekorrel.nl"));
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("Geef uw opdracht een titel.", "id=\"title-error\"", "aria-invalid=\"true\"",
                "www.dekorrel.nl is geen link. Begin met https://", "Ons verhaal over brood.</textarea>",
                "href=\"#title\">Titel: Geef uw opdracht een titel.");
    }

    @Test
    void aFileOverOneMegabyteIsRefusedWithEverythingTypedKept() throws Exception {
        nothingHandedIn();
        byte[] large = Arrays.copyOf(PDF, 1024 * 1024 + 1);
        var request = handIn("Brood zonder omweg", "Ons verhaal over brood.", "");
        request.file(new MockMultipartFile("file", "folder.pdf", "application/pdf", large));
        String html = perform(request).getResponse().getContentAsString();
        assertThat(html).contains("Dit bestand is groter dan 1 MB.", "id=\"file-error\"",
                "value=\"Brood zonder omweg\"", "Ons verhaal over brood.</textarea>");
    }

    @Test
    void aFileThatIsNoPdfOrImageIsRefusedWhateverItsName() throws Exception {
        nothingHandedIn();
        var request = handIn("Brood zonder omweg", "Ons verhaal over brood.", "");
        request.file(new MockMultipartFile("file", "folder.pdf", "application/pdf",
                "MZ this is a program".getBytes(StandardCharsets.US_ASCII)));
        String html = perform(request).getResponse().getContentAsString();
        assertThat(html).contains("Dit bestand is geen PDF, PNG of JPEG.", "value=\"Brood zonder omweg\"");
    }

    @Test
    void aHandInAfterTheDeadlineIsExplainedAndTheTextKept() throws Exception {
        nothingHandedIn();
        assignmentPlatform.expect(requestTo(API + SUBMISSION)).andExpect(method(HttpMethod.PUT))
                .andRespond(problem(HttpStatus.CONFLICT, """
                        {"status":409,"title":"Rule violated","rule":"assignment-deadline-passed",
                         "detail":"The communication assignment was due at 2026-10-01T23:59+02:00"}"""));
        String html = perform(handIn("Brood zonder omweg", "Ons verhaal over brood.", ""))
                .getResponse().getContentAsString();
        assertThat(html).contains("De uiterste inleverdatum is voorbij", "value=\"Brood zonder omweg\"",
                "Ons verhaal over brood.</textarea>");
    }

    @Test
    void aFileThePlatformRefusesAfterTheTextSaysWhichHalfArrived() throws Exception {
        nothingHandedIn();
        assignmentPlatform.expect(requestTo(API + SUBMISSION)).andExpect(method(HttpMethod.PUT))
                .andRespond(withSuccess(HANDED_IN, MediaType.APPLICATION_JSON));
        assignmentPlatform.expect(requestTo(API + SUBMISSION + "/file?name=folder.pdf"))
                .andExpect(method(HttpMethod.PUT))
                .andRespond(problem(HttpStatus.CONTENT_TOO_LARGE,
                        "{\"status\":413,\"title\":\"Content Too Large\",\"detail\":\"over 1MB\"}"));
        var request = handIn("Brood zonder omweg", "Ons verhaal over brood.", "");
        request.file(new MockMultipartFile("file", "folder.pdf", "application/pdf", PDF));
        String html = perform(request).getResponse().getContentAsString();
        assertThat(html).contains("Uw titel en tekst zijn ingeleverd, maar het bestand niet.",
                "Dit bestand is groter dan 1 MB.", "Ons verhaal over brood.</textarea>");
    }

    @Test
    void aLinkThePlatformRefusesIsExplainedAtTheLinks() throws Exception {
        nothingHandedIn();
        assignmentPlatform.expect(requestTo(API + SUBMISSION)).andExpect(method(HttpMethod.PUT))
                .andRespond(problem(HttpStatus.BAD_REQUEST, """
                        {"status":400,"title":"Invalid request","detail":"The request has invalid values",
                         "errors":[{"field":"links[0]","code":"invalid","message":"must be an http(s) link"}]}"""));
        String html = perform(handIn("Brood zonder omweg", "Ons verhaal.", "https://www.dekorrel.nl/duurzaam"))
                .getResponse().getContentAsString();
        assertThat(html).contains("id=\"links-error\"", "Een van de links klopt niet.",
                "https://www.dekorrel.nl/duurzaam</textarea>");
    }

    @Test
    void theFileComesFromTheOrganisationsOwnHandIn() throws Exception {
        assignmentPlatform.expect(requestTo(API + SUBMISSION + "/file")).andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess(PDF, MediaType.APPLICATION_PDF)
                        .header("Content-Disposition", "attachment; filename=\"folder.pdf\""));
        var result = mvc.perform(get("/deelnemer/opdracht/bestand").with(participant())).andReturn();
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("folder.pdf");
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(PDF);
    }

    @Test
    void whatThePlatformDoesNotLetThisPersonDoIsNoAccess() throws Exception {
        nothingHandedIn();
        assignmentPlatform.expect(requestTo(API + SUBMISSION)).andExpect(method(HttpMethod.PUT))
                .andRespond(problem(HttpStatus.FORBIDDEN, "{\"status\":403,\"title\":\"Forbidden\"}"));
        var result = perform(handIn("Brood zonder omweg", "Ons verhaal.", ""));
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(result.getResponse().getContentAsString()).contains("Geen toegang");
    }
}
