package nl.koploper.portal.advisor;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import nl.koploper.portal.PortalRenderTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.client.ExpectedCount;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The advisor's end of the year against a canned assessment-service: starting, filling in and completing the
 * eindmeting (with the nulmeting's answer beside each question), a new profile version from a published one, and an
 * own recommendation on a draft. Each case id is one situation: k1 published and the eindmeting not begun, k2 not yet
 * published, k3 the eindmeting under way, k4 it completed, k5 a draft open.
 */
@PortalRenderTest
class EindmetingAndProfileVersionsRenderTest {

    private static final String API = "http://gateway.test";
    private static final String CASES = "/api/assessments/cases/";

    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer platform;

    /** Both issues of the canned catalogue answered at the nulmeting; 6.2 internal at level 3 with a note. */
    private static final String NULMETING = """
            {"answered":4,"missing":0,"complete":true,"issues":[
              {"code":"6.2","title":"Besluitvorming","coreSubject":"ORGANISATIONAL_GOVERNANCE",
               "internal":{"relevance":"VERY_RELEVANT","maturity":3,"notes":"directie"},
               "productsAndServices":{"relevance":"NOT_RELEVANT","maturity":null,"notes":null}},
              {"code":"6.3.3","title":"Due diligence","coreSubject":"HUMAN_RIGHTS",
               "internal":{"relevance":"RELEVANT","maturity":1,"notes":null},
               "productsAndServices":{"relevance":"RELEVANT","maturity":2,"notes":null}}]}""";
    /** The eindmeting as it stands for k3 and k4: 6.2 internal went from 3 to 4, the rest as at the nulmeting. */
    private static final String EINDMETING_ISSUES = """
            [{"code":"6.2","title":"Besluitvorming","coreSubject":"ORGANISATIONAL_GOVERNANCE",
              "internal":{"relevance":"VERY_RELEVANT","maturity":4,"notes":"directie"},
              "productsAndServices":{"relevance":"NOT_RELEVANT","maturity":null,"notes":null}},
             {"code":"6.3.3","title":"Due diligence","coreSubject":"HUMAN_RIGHTS",
              "internal":{"relevance":"RELEVANT","maturity":1,"notes":null},
              "productsAndServices":{"relevance":"RELEVANT","maturity":2,"notes":null}}]""";
    private static final String SUBJECTS = """
            [{"code":"ORGANISATIONAL_GOVERNANCE","clause":"6.2","name":"Bestuur van de organisatie","issues":[
               {"code":"6.2","coreSubject":"ORGANISATIONAL_GOVERNANCE","title":"Besluitvormingsprocessen",
                "internalPrompts":["Wie is eindverantwoordelijk?"],"productsAndServicesPrompts":[],
                "maturityHints":["Niets","Los","Vastgelegd","Doelen","Verankerd"]}]},
             {"code":"HUMAN_RIGHTS","clause":"6.3","name":"Mensenrechten","issues":[
               {"code":"6.3.3","coreSubject":"HUMAN_RIGHTS","title":"Due diligence",
                "internalPrompts":[],"productsAndServicesPrompts":[],"maturityHints":["a","b","c","d","e"]}]}]""";
    private static final String PUBLISHED_V1 = """
            {"version":1,"status":"PUBLISHED","publishedAt":"2027-04-01T10:00:00Z","recommendations":2}""";

    @BeforeEach
    void cannedAnswers() {
        platform.reset();
        answer("/api/gemeenten/current", "{\"displayName\":\"Gemeente Test\"}");
        answer("/api/assessments/catalogue/issues", SUBJECTS);
        answer("/api/assessments/catalogue/recommendations?sbiCode=56.10", """
                [{"id":"R-ENV-001","title":"Led-verlichting"}]""");
        aCase("k1", "PROFILE_PUBLISHED", "[" + PUBLISHED_V1 + "]");
        aCase("k2", "REVIEWED", "[]");
        aCase("k3", "PROFILE_PUBLISHED", "[" + PUBLISHED_V1 + "]");
        aCase("k4", "PROFILE_PUBLISHED", "[" + PUBLISHED_V1 + "]");
        aCase("k5", "PROFILE_PUBLISHED", "[" + PUBLISHED_V1 + ",{\"version\":2,\"status\":\"DRAFT\","
                + "\"publishedAt\":null,\"recommendations\":1}]");
        eindmeting("k1", "NOT_STARTED", "null", "null", "null", "[]");
        eindmeting("k2", "NOT_STARTED", "null", "null", "null", "[]");
        eindmeting("k5", "NOT_STARTED", "null", "null", "null", "[]");
        eindmeting("k3", "IN_PROGRESS", "\"2027-11-02T09:00:00Z\"", "null", "null", EINDMETING_ISSUES);
        eindmeting("k4", "COMPLETED", "\"2027-11-02T09:00:00Z\"", "\"2027-11-20T15:00:00Z\"", "2027",
                EINDMETING_ISSUES);
        for (String id : List.of("k1", "k3", "k4", "k5")) {
            answer(CASES + id + "/comparison", """
                    {"caseId":"%s","eindmeting":"IN_PROGRESS","subjects":[],"baselineYear":2026,
                     "finalYear":%s,"scopes":[],"themes":[]}""".formatted(id, id.equals("k1") ? "null" : "2027"));
        }
        answer(CASES + "k1/profiles/1", profile("k1", 1, "PUBLISHED"));
        answer(CASES + "k5/profiles/1", profile("k5", 1, "PUBLISHED"));
        answer(CASES + "k5/profiles/2", profile("k5", 2, "DRAFT"));
    }

    private void aCase(String id, String status, String profiles) {
        answer(CASES + id, """
                {"id":"%s","cohortId":"c1","cohortName":"Koplopergroep Test","organisation":{"name":"Bakkerij Korenschoof",
                  "kvkNumber":"12345678","type":"COMPANY","sbiCode":"56.10","sizeFte":12.5},
                 "contact":{"name":"Anne","email":"anne@example.nl","phone":null,"locale":"nl"},
                 "status":"%s","visit":{"start":"2027-03-18T10:00:00+01:00","end":"2027-03-18T11:30:00+01:00",
                  "location":"Hoofdstraat 1, Leek"},"nulmeting":%s,"profiles":%s,"version":9}"""
                .formatted(id, status, NULMETING, profiles));
    }

    private void eindmeting(String id, String status, String startedAt, String completedAt, String finalYear,
                             String issues) {
        answer(CASES + id + "/eindmeting", """
                {"status":"%s","startedAt":%s,"completedAt":%s,"finalYear":%s,"issues":%s,"version":9}"""
                .formatted(status, startedAt, completedAt, finalYear, issues));
    }

    private static String profile(String caseId, int version, String status) {
        return """
                {"caseId":"%s","organisationName":"Bakkerij Korenschoof","version":%d,"status":"%s",
                 "publishedAt":%s,"scores":[],"strengths":[],"improvements":[],
                 "recommendations":[{"id":"C-1","catalogueId":null,"title":"Eigen advies","description":"Doe dit.",
                   "issues":[],"reworded":false}],"caseVersion":9}"""
                .formatted(caseId, version, status, "PUBLISHED".equals(status) ? "\"2027-04-01T10:00:00Z\"" : "null");
    }

    private void answer(String path, String json) {
        platform.expect(ExpectedCount.manyTimes(), requestTo(API + path)).andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess(json, MediaType.APPLICATION_JSON).header("ETag", "\"9\""));
    }

    private void refused(HttpMethod verb, String path, HttpStatus status, String problem) {
        platform.expect(ExpectedCount.once(), requestTo(API + path)).andExpect(method(verb))
                .andRespond(withStatus(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem));
    }

    private static RequestPostProcessor advisor() {
        return oidcLogin().idToken(token -> token.claim("roles", List.of("advisor")).claim("tenant", "test")
                .claim("email", "sanne@test.example"));
    }

    private String page(String path) throws Exception {
        var result = mvc.perform(get(path).with(advisor())).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private MvcResult send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(advisor()).with(csrf())).andReturn();
    }

    // --- the eindmeting ---

    @Test
    void afterAPublishedProfileTheCasePageOffersTheEindmetingAndANewVersion() throws Exception {
        String html = page("/adviseur/organisaties/k1");
        assertThat(html).contains("Eindmeting (ISO 26000)", "dezelfde 37 onderwerpen opnieuw", "Eindmeting beginnen",
                "action=\"/adviseur/organisaties/k1/eindmeting/starten\"",
                "Nieuwe versie maken van versie 1", "action=\"/adviseur/organisaties/k1/profiel/1/nieuwe-versie\"",
                "Nieuw concept uit de nulmeting", "komen er niet in",
                "Er is nog geen voetafdruk van een later jaar dan het basisjaar 2026",
                "Het nieuwste jaar na het basisjaar telt", "Eindmeting: vergelijking met de nulmeting");
        assertThat(html).doesNotContain("Eindmeting als PDF", "Eindmeting afronden");
    }

    @Test
    void beforeAPublishedProfileTheCasePageSaysWhyTheEindmetingCannotStart() throws Exception {
        String html = page("/adviseur/organisaties/k2");
        assertThat(html).contains("U begint de eindmeting nadat een versie van het Duurzaamheidsprofiel gepubliceerd is",
                "Conceptprofiel maken");
        assertThat(html).doesNotContain("Eindmeting beginnen", "Nieuwe versie maken", "eindmeting/starten");
    }

    @Test
    void startingTheEindmetingOpensItsForm() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(API + CASES + "k1/eindmeting"))
                .andExpect(method(HttpMethod.POST)).andExpect(header("If-Match", "\"9\""))
                .andRespond(withSuccess("{\"status\":\"IN_PROGRESS\",\"issues\":[],\"version\":10}",
                        MediaType.APPLICATION_JSON).header("ETag", "\"10\""));
        MvcResult result = send(post("/adviseur/organisaties/k1/eindmeting/starten").param("version", "\"9\""));
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/adviseur/organisaties/k1/eindmeting");
        assertThat((String) result.getFlashMap().get("notice")).contains("De eindmeting is begonnen");
        // That address resumes at the first subject, the notice passed on to it.
        MvcResult resumed = mvc.perform(get("/adviseur/organisaties/k3/eindmeting").with(advisor())
                .flashAttr("notice", "De eindmeting is begonnen")).andReturn();
        assertThat(resumed.getResponse().getRedirectedUrl()).isEqualTo("/adviseur/organisaties/k3/eindmeting/6.2");
        assertThat(resumed.getFlashMap().get("notice")).isEqualTo("De eindmeting is begonnen");
    }

    @Test
    void anEindmetingStartedMeanwhileIsSaidInWords() throws Exception {
        refused(HttpMethod.POST, CASES + "k1/eindmeting", HttpStatus.CONFLICT, """
                {"status":409,"title":"Rule violated","rule":"eindmeting-started","detail":"started already"}""");
        MvcResult result = send(post("/adviseur/organisaties/k1/eindmeting/starten").param("version", "\"9\""));
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/adviseur/organisaties/k1#eindmeting");
        assertThat((String) result.getFlashMap().get("finalError")).isEqualTo(
                "De eindmeting is al begonnen. Ververs de pagina om verder te gaan.");
    }

    @Test
    void anEindmetingNotYetStartedSendsTheAdvisorBackToTheCase() throws Exception {
        MvcResult result = mvc.perform(get("/adviseur/organisaties/k1/eindmeting/6.2").with(advisor())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/adviseur/organisaties/k1#eindmeting");
        assertThat((String) result.getFlashMap().get("problem")).contains("De eindmeting is nog niet begonnen");
    }

    @Test
    void theEindmetingShowsTheNulmetingsAnswerBesideEachQuestion() throws Exception {
        String html = page("/adviseur/organisaties/k3/eindmeting/6.2");
        assertThat(html).contains("Eindmeting van Bakkerij Korenschoof", "6.2 Bestuur van de organisatie",
                "1 anders dan bij de nulmeting", "Bij de nulmeting:", "Zeer relevant", ", niveau 3", " – directie",
                "gewijzigd", "action=\"/adviseur/organisaties/k3/eindmeting/6.2\"",
                "href=\"/adviseur/organisaties/k3/eindmeting/6.3\"", "Opslaan en verder");
        assertThat(html).containsPattern("id=\"q-6-2-internal-maturity-4\"[^>]*checked");
        assertThat(html).doesNotContainPattern("id=\"q-6-2-internal-maturity-3\"[^>]*checked");
        assertThat(page("/adviseur/organisaties/k3/eindmeting/6.3")).doesNotContain(">gewijzigd<");
        assertThat(page("/adviseur/organisaties/k3/eindmeting/6.2?lang=en")).contains("Final assessment of",
                "At the baseline assessment:");
        assertThat(page("/adviseur/organisaties/k3")).contains("1 antwoord is anders dan bij de nulmeting",
                "Verder met de eindmeting", "Eindmeting afronden",
                "De eindmeting vergelijkt de voetafdruk van 2027 met die van het basisjaar 2026");
    }

    @Test
    void savingAnEindmetingPageSendsOnlyTheIssuesThatChanged() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(API + CASES + "k3/eindmeting/issues/6.3.3"))
                .andExpect(method(HttpMethod.PUT)).andExpect(header("If-Match", "\"9\""))
                .andExpect(content().json("""
                        {"internal":{"relevance":"RELEVANT","maturity":3,"notes":"keten in kaart"},
                         "productsAndServices":{"relevance":"RELEVANT","maturity":2,"notes":null}}"""))
                .andRespond(withSuccess("{\"status\":\"IN_PROGRESS\"}", MediaType.APPLICATION_JSON)
                        .header("ETag", "\"10\""));
        // 6.2 as stored: nothing is sent (an unexpected call would fail the canned platform), on to the next subject.
        MvcResult unchanged = send(post("/adviseur/organisaties/k3/eindmeting/6.2").param("version", "\"9\"")
                .param("6.2.internal.relevance", "VERY_RELEVANT").param("6.2.internal.maturity", "4")
                .param("6.2.internal.notes", "directie").param("6.2.productsAndServices.relevance", "NOT_RELEVANT"));
        assertThat(unchanged.getResponse().getRedirectedUrl()).isEqualTo("/adviseur/organisaties/k3/eindmeting/6.3");

        MvcResult changed = send(post("/adviseur/organisaties/k3/eindmeting/6.3").param("version", "\"9\"")
                .param("6.3.3.internal.relevance", "RELEVANT").param("6.3.3.internal.maturity", "3")
                .param("6.3.3.internal.notes", "keten in kaart")
                .param("6.3.3.productsAndServices.relevance", "RELEVANT")
                .param("6.3.3.productsAndServices.maturity", "2"));
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/adviseur/organisaties/k3#eindmeting");
    }

    @Test
    void aWrongEindmetingAnswerComesBackWithItsMessageAndWhatWasTyped() throws Exception {
        String html = send(post("/adviseur/organisaties/k3/eindmeting/6.2").param("version", "\"9\"")
                .param("6.2.internal.relevance", "RELEVANT").param("6.2.internal.notes", "nieuwe directeur"))
                .getResponse().getContentAsString();
        assertThat(html).contains("Niet alles is goed ingevuld.", "id=\"q-6-2-internal-maturity-error\"",
                "Kies hoe ver de organisatie is (0 tot 4).", "nieuwe directeur</textarea>", "Bij de nulmeting:");
        assertThat(html).containsPattern("id=\"q-6-2-internal-relevance-RELEVANT\"[^>]*checked");
    }

    @Test
    void anEindmetingCompletedMeanwhileRefusesTheSaveInWordsAndKeepsTheAnswers() throws Exception {
        refused(HttpMethod.PUT, CASES + "k3/eindmeting/issues/6.2", HttpStatus.CONFLICT, """
                {"status":409,"title":"Rule violated","rule":"eindmeting-completed","detail":"completed"}""");
        String html = send(post("/adviseur/organisaties/k3/eindmeting/6.2").param("version", "\"9\"")
                .param("6.2.internal.relevance", "VERY_RELEVANT").param("6.2.internal.maturity", "2")
                .param("6.2.internal.notes", "teruggevallen")).getResponse().getContentAsString();
        assertThat(html).contains("De eindmeting is al afgerond en kan niet meer veranderen.",
                "teruggevallen</textarea>");
    }

    @Test
    void completingAsksForAConfirmationFirst() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(API + CASES + "k3/eindmeting/complete"))
                .andExpect(method(HttpMethod.POST)).andExpect(header("If-Match", "\"9\""))
                .andRespond(withSuccess("{\"status\":\"COMPLETED\"}", MediaType.APPLICATION_JSON));
        MvcResult unconfirmed = send(post("/adviseur/organisaties/k3/eindmeting/afronden").param("version", "\"9\""));
        assertThat(unconfirmed.getResponse().getRedirectedUrl()).isEqualTo("/adviseur/organisaties/k3#eindmeting");
        assertThat((String) unconfirmed.getFlashMap().get("completeError"))
                .startsWith("Vink aan dat u alle kernthema's hebt nagelopen");
        // Shown at the checkbox when the case page opens again.
        String html = mvc.perform(get("/adviseur/organisaties/k3").with(advisor())
                .flashAttr("completeError", "Vink aan dat u alle kernthema's hebt nagelopen")).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("id=\"confirmed-error\"", "aria-describedby=\"confirmed-error complete-help\"");

        MvcResult confirmed = send(post("/adviseur/organisaties/k3/eindmeting/afronden").param("version", "\"9\"")
                .param("confirmed", "true"));
        assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/adviseur/organisaties/k3#eindmeting");
        assertThat((String) confirmed.getFlashMap().get("notice")).contains("De eindmeting is afgerond");
    }

    @Test
    void aCompletedEindmetingHasItsPdfAndCannotBeChanged() throws Exception {
        byte[] pdf = "%PDF-1.7 eindmeting".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        platform.expect(ExpectedCount.once(), requestTo(API + CASES + "k4/eindmeting.pdf"))
                .andRespond(withSuccess(pdf, MediaType.APPLICATION_PDF));
        String html = page("/adviseur/organisaties/k4");
        assertThat(html).contains("Afgerond op", "href=\"/adviseur/organisaties/k4/eindmeting.pdf\"",
                "Eindmeting als PDF", "De coördinator heeft 2027 als jaar van de eindmeting gekozen");
        assertThat(html).doesNotContain("Eindmeting afronden", "Eindmeting beginnen");
        String form = page("/adviseur/organisaties/k4/eindmeting/6.2");
        assertThat(form).contains("De eindmeting is afgerond; de antwoorden kunnen niet meer veranderen.")
                .doesNotContain("Opslaan en verder");
        assertThat(form).containsPattern("id=\"q-6-2-internal-maturity-4\"[^>]*disabled");

        MockHttpServletResponse response = mvc.perform(get("/adviseur/organisaties/k4/eindmeting.pdf")
                .with(advisor())).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getContentAsByteArray()).isEqualTo(pdf);
    }

    @Test
    void aCaseThatIsNotTheAdvisorsIsNotFound() throws Exception {
        for (String path : List.of(CASES + "elders", CASES + "elders/eindmeting")) {
            refusedManyTimes(path);
        }
        for (String page : List.of("/adviseur/organisaties/elders", "/adviseur/organisaties/elders/eindmeting/6.2")) {
            MockHttpServletResponse response = mvc.perform(get(page).with(advisor())).andReturn().getResponse();
            assertThat(response.getStatus()).as(page).isEqualTo(404);
            assertThat(response.getContentAsString()).contains("Niet gevonden");
        }
    }

    private void refusedManyTimes(String path) {
        platform.expect(ExpectedCount.manyTimes(), requestTo(API + path))
                .andRespond(withStatus(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("{\"status\":404,\"title\":\"Not Found\"}"));
    }

    // --- a new profile version ---

    @Test
    void aPublishedVersionOffersANewVersionWithItsContent() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(API + CASES + "k1/profiles/1/next-draft"))
                .andExpect(method(HttpMethod.POST)).andExpect(header("If-Match", "\"9\""))
                .andRespond(withSuccess(profile("k1", 2, "DRAFT"), MediaType.APPLICATION_JSON)
                        .header("ETag", "\"10\""));
        String html = page("/adviseur/organisaties/k1/profiel/1");
        assertThat(html).contains("Een nieuwe versie", "Nieuwe versie maken van versie 1",
                "De deelnemer blijft versie 1 zien tot u de nieuwe versie publiceert");
        MvcResult result = send(post("/adviseur/organisaties/k1/profiel/1/nieuwe-versie")
                .param("caseVersion", "\"9\""));
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/adviseur/organisaties/k1/profiel/2");
        assertThat((String) result.getFlashMap().get("notice")).isEqualTo(
                "Versie 2 is gemaakt als concept, met de inhoud van versie 1. Pas haar aan en publiceer haar; tot dan "
                        + "ziet de deelnemer versie 1.");
    }

    @Test
    void withADraftOpenThePublishedVersionLeadsToIt() throws Exception {
        refused(HttpMethod.POST, CASES + "k5/profiles/1/next-draft", HttpStatus.CONFLICT, """
                {"status":409,"title":"Rule violated","rule":"profile-draft-open","detail":"Version 2 is a draft"}""");
        String html = page("/adviseur/organisaties/k5/profiel/1");
        assertThat(html).contains("Verder met het concept (versie 2)").doesNotContain("nieuwe-versie");
        assertThat(page("/adviseur/organisaties/k5")).contains("Verder met het concept (versie 2)")
                .doesNotContain("Nieuwe versie maken", "Nieuw concept uit de nulmeting");

        MvcResult result = send(post("/adviseur/organisaties/k5/profiel/1/nieuwe-versie")
                .param("caseVersion", "\"9\""));
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/adviseur/organisaties/k5/profiel/1");
        assertThat((String) result.getFlashMap().get("problem")).startsWith("Er staat al een concept van het profiel open.");
    }

    // --- an own recommendation ---

    @Test
    void theDraftHasAFormForAnOwnRecommendation() throws Exception {
        String html = page("/adviseur/organisaties/k5/profiel/2");
        assertThat(html).contains("Eigen aanbeveling schrijven", "for=\"own-title\"", "for=\"own-description\"",
                "6.2 Besluitvormingsprocessen", "name=\"issues\" value=\"6.3.3\"", "Gemiddelde moeite",
                "Laag (€ 1.000 tot 10.000)", "Eigen aanbeveling toevoegen");
        assertThat(page("/adviseur/organisaties/k1/profiel/1")).doesNotContain("Eigen aanbeveling schrijven");
    }

    @Test
    void anOwnRecommendationIsAddedWithWhatWasFilledIn() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(API + CASES + "k5/profiles/2/recommendations"))
                .andExpect(method(HttpMethod.POST)).andExpect(header("If-Match", "\"9\""))
                .andExpect(content().json("""
                        {"title":"Broodresten naar de boer","description":"Lever de resten als veevoer.",
                         "issues":["6.2"],"effort":"LOW"}""", true))
                .andRespond(withSuccess(profile("k5", 2, "DRAFT"), MediaType.APPLICATION_JSON));
        MvcResult result = send(post("/adviseur/organisaties/k5/profiel/2/eigen-aanbeveling")
                .param("caseVersion", "\"9\"").param("title", " Broodresten naar de boer ")
                .param("description", "Lever de resten als veevoer.").param("issues", "6.2")
                .param("effort", "LOW").param("cost", ""));
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/adviseur/organisaties/k5/profiel/2");
        assertThat((String) result.getFlashMap().get("notice")).isEqualTo("Toegevoegd: Broodresten naar de boer.");
    }

    @Test
    void anOwnRecommendationWithoutTitleOrWithTooManyIssuesComesBackAsTyped() throws Exception {
        String html = send(post("/adviseur/organisaties/k5/profiel/2/eigen-aanbeveling").param("caseVersion", "\"9\"")
                .param("title", " ").param("description", "Minder verspilling in de bakkerij.")
                .param("issues", "6.2", "6.3.3", "6.5.1", "6.5.2").param("cost", "MEDIUM"))
                .getResponse().getContentAsString();
        assertThat(html).contains("Niet alles is goed ingevuld.", "id=\"own-title-error\"",
                "Geef de aanbeveling een titel.", "id=\"own-issues-error\"", "Kies hoogstens 3 onderwerpen.",
                "Minder verspilling in de bakkerij.</textarea>", "<details open=\"open\">");
        assertThat(html).containsPattern("value=\"6.3.3\" checked").containsPattern("value=\"MEDIUM\" selected");
    }

    @Test
    void anIssueThePlatformDoesNotKnowIsExplainedAtTheIssues() throws Exception {
        refused(HttpMethod.POST, CASES + "k5/profiles/2/recommendations", HttpStatus.BAD_REQUEST, """
                {"status":400,"title":"Invalid request","detail":"The recommendation is not valid",
                 "errors":[{"field":"issues[0]","code":"unknown-issue","message":"'6.2' is not an issue"}]}""");
        String html = send(post("/adviseur/organisaties/k5/profiel/2/eigen-aanbeveling").param("caseVersion", "\"9\"")
                .param("title", "Eigen plan").param("description", "Zo.").param("issues", "6.2"))
                .getResponse().getContentAsString();
        assertThat(html).contains("id=\"own-issues-error\"", "Dit onderwerp staat niet in ISO 26000",
                "value=\"Eigen plan\"");
    }
}
