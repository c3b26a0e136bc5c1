package nl.koploper.portal.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import nl.koploper.portal.PortalRenderTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.ExpectedCount;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The advisor's pages rendered against a canned platform: the texts a person reads, and no template failure. */
@PortalRenderTest
class AdvisorPagesRenderTest {

    private static final String API = "http://gateway.test";


    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer advisorPlatform;

    private static final String CASE = """
            {"id":"k1","cohortId":"c1","cohortName":"Koplopergroep Test","organisation":{"name":"Bakkerij Korenschoof",
              "kvkNumber":"12345678","type":"COMPANY","sbiCode":"56.10","sizeFte":12.5},
             "contact":{"name":"Anne","email":"anne@example.nl","phone":"0594 123456","locale":"nl"},
             "status":"PROFILE_PUBLISHED","visit":{"start":"2027-03-18T10:00:00+01:00","end":"2027-03-18T11:30:00+01:00",
              "location":"Hoofdstraat 1, Leek"},
             "nulmeting":{"answered":3,"missing":71,"complete":false,"issues":[{"code":"6.2","title":"Besluitvorming",
              "internal":{"relevance":"VERY_RELEVANT","maturity":3,"notes":"directie"},
              "productsAndServices":{"relevance":"NOT_RELEVANT","maturity":null,"notes":null}},
              {"code":"6.3.3","title":"Due diligence","internal":{"relevance":"RELEVANT","maturity":1,"notes":null}}]},
             "profiles":[{"version":1,"status":"PUBLISHED","publishedAt":"2027-04-01T10:00:00Z","recommendations":2},
                         {"version":2,"status":"DRAFT","publishedAt":null,"recommendations":2}],"version":9}""";
    private static final String SUBJECTS = """
            [{"code":"ORGANISATIONAL_GOVERNANCE","clause":"6.2","name":"Bestuur van de organisatie","issues":[
               {"code":"6.2","coreSubject":"ORGANISATIONAL_GOVERNANCE","title":"Besluitvormingsprocessen",
                "internalPrompts":["Wie is eindverantwoordelijk?"],"productsAndServicesPrompts":["Weegt u effecten mee?"],
                "maturityHints":["Niets","Los","Vastgelegd","Doelen","Verankerd"]}]},
             {"code":"HUMAN_RIGHTS","clause":"6.3","name":"Mensenrechten","issues":[
               {"code":"6.3.3","coreSubject":"HUMAN_RIGHTS","title":"Due diligence",
                "internalPrompts":["Kent u uw keten?"],"productsAndServicesPrompts":[],
                "maturityHints":["a","b","c","d","e"]}]}]""";
    private static final String PROFILE = """
            {"caseId":"k1","organisationName":"Bakkerij Korenschoof","version":2,"status":"DRAFT",
             "scores":[{"subject":"ENVIRONMENT","name":"Milieu","score":63,"answersCounted":8},
                       {"subject":"HUMAN_RIGHTS","name":"Mensenrechten","score":null,"answersCounted":0}],
             "strengths":[{"issueCode":"6.2","issueTitle":"Besluitvorming","coreSubject":"ORGANISATIONAL_GOVERNANCE",
               "perspective":"INTERNAL","relevance":"VERY_RELEVANT","maturity":3,"notes":"directie"}],
             "improvements":[],
             "recommendations":[{"id":"R-ENV-001","catalogueId":"R-ENV-001","title":"Led-verlichting","description":"Vervang.",
               "issues":["6.5.4"],"reworded":true},
              {"id":"C-1","catalogueId":null,"title":"Eigen advies","description":"Doe dit.","issues":[],"reworded":false}],
             "caseVersion":9}""";

    @BeforeEach
    void cannedAnswers() {
        advisorPlatform.reset();
        answer("/api/gemeenten/current", "{\"displayName\":\"Gemeente Test\"}");
        answer("/api/assessments/cases?size=100", """
                {"content":[{"id":"k1","organisationName":"Bakkerij Korenschoof","status":"PLANNED",
                  "visitStart":"2027-03-18T10:00:00+01:00"},{"id":"k2","organisationName":"Garage","status":"TO_PLAN","visitStart":null}]}""");
        answer("/api/assessments/cases/k1", CASE);
        answer("/api/assessments/catalogue/issues", SUBJECTS);
        answer("/api/assessments/cases/k1/profiles/2", PROFILE);
        answer("/api/assessments/catalogue/recommendations?sbiCode=56.10", """
                [{"id":"R-ENV-001","title":"Led-verlichting"},{"id":"R-ENV-002","title":"Warmtepomp"}]""");
        answer("/api/assessments/cases/k1/eindmeting", """
                {"status":"NOT_STARTED","startedAt":null,"completedAt":null,"finalYear":null,"issues":[],"version":9}""");
        answer("/api/assessments/cases/k1/comparison", """
                {"caseId":"k1","eindmeting":"NOT_STARTED","subjects":[{"subject":"ENVIRONMENT","name":"Milieu","nulmeting":63,
                 "eindmeting":70,"change":7}],"baselineYear":2026,"finalYear":null,"scopes":[{"name":"SCOPE_1",
                 "baselineKg":12345.6,"finalKg":null,"changeKg":null,"changePercent":null}],"themes":[]}""");
    }

    private void answer(String path, String json) {
        advisorPlatform.expect(ExpectedCount.manyTimes(), requestTo(API + path))
                .andRespond(withSuccess(json, MediaType.APPLICATION_JSON).header("ETag", "\"9\""));
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

    @Test
    void theListAndTheCasePage() throws Exception {
        assertThat(page("/adviseur")).contains("Mijn organisaties", "Bakkerij Korenschoof", "Nulmeting invullen",
                "Bezoek plannen", "<th scope=\"row\">");
        assertThat(page("/adviseur/organisaties/k1")).contains("Anne", "anne@example.nl", "Hoofdstraat 1, Leek",
                "3 van 74 antwoorden", "Versie 1 (gepubliceerd)", "Versie 2 (concept)", "12,5 fte",
                "Eindmeting: vergelijking");
    }

    @Test
    void theVisitFormIsFilledInDutchTime() throws Exception {
        assertThat(page("/adviseur/organisaties/k1/bezoek")).contains("Bezoek aan Bakkerij Korenschoof",
                "value=\"2027-03-18\"", "value=\"10:00\"", "value=\"11:30\"", "Bezoek verzetten");
    }

    @Test
    void aVisitWithoutAddressIsRefusedBeforeThePlatformSeesIt() throws Exception {
        String html = mvc.perform(post("/adviseur/organisaties/k1/bezoek").with(advisor()).with(csrf())
                .param("version", "\"9\"").param("date", "2027-03-18").param("startTime", "11:00")
                .param("endTime", "10:00").param("location", "")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"location-error\"", "Vul het adres van het bezoek in.",
                "De eindtijd moet na de begintijd liggen.", "value=\"11:00\"");
    }

    @Test
    void theReviewPageShowsPromptsSavedAnswersAndCounts() throws Exception {
        String html = page("/adviseur/organisaties/k1/nulmeting/6.2");
        assertThat(html).contains("6.2 Bestuur van de organisatie", "Wie is eindverantwoordelijk?", "3 van 74 antwoorden",
                "(2 van 2)", "(1 van 2)", "<legend>Hoe relevant is dit?</legend>", "directie", "Opslaan en verder");
        assertThat(html).containsPattern("id=\"q-6-2-internal-relevance-VERY_RELEVANT\"[^>]*checked");
        assertThat(html).containsPattern("id=\"q-6-2-internal-maturity-3\"[^>]*checked");
        assertThat(html).doesNotContainPattern("id=\"q-6-2-internal-maturity-2\"[^>]*checked");
    }

    @Test
    void aRelevantAnswerWithoutMaturityComesBackWithItsMessage() throws Exception {
        String html = mvc.perform(post("/adviseur/organisaties/k1/nulmeting/6.3").with(advisor()).with(csrf())
                .param("version", "\"9\"").param("6.3.3.internal.relevance", "RELEVANT")
                .param("6.3.3.internal.notes", "keten onbekend")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"q-6-3-3-internal-maturity-error\"", "Kies hoe ver de organisatie is (0 tot 4).",
                "keten onbekend", "Opslaan en naar het overzicht");
        assertThat(html).containsPattern("id=\"q-6-3-3-internal-relevance-RELEVANT\"[^>]*checked");
    }

    @Test
    void theProfileDraftWithItsActions() throws Exception {
        String html = page("/adviseur/organisaties/k1/profiel/2");
        assertThat(html).contains("Duurzaamheidsprofiel van Bakkerij Korenschoof", "Versie 2 (concept)", "Milieu",
                "63", "geen score", "Besluitvorming", "niveau 3", "Led-verlichting", "herschreven", "Eigen aanbeveling",
                "Herformuleren", "Verwijderen", "Warmtepomp (R-ENV-002)", "Publiceren", "Anne (anne@example.nl)");
        assertThat(html).doesNotContain(">Led-verlichting (R-ENV-001)<");
        assertThat(page("/adviseur/organisaties/k1/profiel/2/aanbevelingen/R-ENV-001")).contains(
                "Aanbeveling herformuleren", "value=\"Led-verlichting\"", "Vervang.");
        assertThat(page("/adviseur/organisaties/k1/vergelijking")).contains("Milieu", "+7", "12.346",
                "De eindmeting is nog niet begonnen", "CO2-voetafdruk: 2026 tegenover –");
        assertThat(page("/adviseur/organisaties/k1/profiel/2?lang=en")).contains("Sustainability profile of",
                "Version 2 (draft)");
    }

    @Test
    void theDraftHasAPdfPreviewThatPassesOnTheServicesDraftPdf() throws Exception {
        byte[] draftPdf = "%PDF-1.7 concept".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        advisorPlatform.expect(ExpectedCount.once(), requestTo(API + "/api/assessments/cases/k1/profiles/2.pdf"))
                .andRespond(withSuccess(draftPdf, MediaType.APPLICATION_PDF).header("Content-Disposition",
                        "inline; filename=\"duurzaamheidsprofiel-2-concept.pdf\""));
        String html = page("/adviseur/organisaties/k1/profiel/2");
        assertThat(html).contains("href=\"/adviseur/organisaties/k1/profiel/2.pdf\"", "Voorbeeld als PDF",
                "CONCEPT — nog niet gepubliceerd", "ziet de deelnemer het niet");
        var pdf = mvc.perform(get("/adviseur/organisaties/k1/profiel/2.pdf").with(advisor())).andReturn()
                .getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).contains("duurzaamheidsprofiel-2-concept.pdf");
        assertThat(pdf.getContentAsByteArray()).isEqualTo(draftPdf);
    }
}
