package nl.koploper.portal.coordinator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import nl.koploper.portal.api.Gateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.ExpectedCount;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.client.RestClient;

/**
 * The coordinator's pages rendered against a canned platform (every API answer fixed here): the texts a person reads
 * and that nothing in the templates fails.
 */
@SpringBootTest(properties = {
    "spring.security.oauth2.client.provider.koploper.authorization-uri=http://issuer.test/auth",
    "spring.security.oauth2.client.provider.koploper.token-uri=http://issuer.test/token",
    "spring.security.oauth2.client.provider.koploper.jwk-set-uri=http://issuer.test/jwks"})
@AutoConfigureMockMvc
@Import(CoordinatorPagesRenderTest.CannedPlatform.class)
class CoordinatorPagesRenderTest {

    private static final String API = "http://gateway.test";

    @TestConfiguration
    static class CannedPlatform {

        final RestClient.Builder builder = RestClient.builder().baseUrl(API);
        final MockRestServiceServer server = MockRestServiceServer.bindTo(builder).ignoreExpectOrder(true).build();

        @Bean
        MockRestServiceServer platform() {
            return server;
        }

        @Bean
        @Primary
        Gateway cannedGateway() {
            RestClient client = builder.build();
            return new Gateway(client, client);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer platform;

    private static final String COHORT = """
            {"id":"c1","name":"Koplopergroep Test","year":2027,"minimum":8,"maximum":8,"status":"STARTED",
             "placed":2,"waitlisted":0,"version":7}""";
    private static final String PARTICIPANTS = """
            {"content":[
             {"id":"p1","status":"PLACED","registeredAt":"2027-01-10T09:00:00Z","organisation":{"name":"Garage Het Stuur","city":"Leek"},
              "contact":{"name":"Gerrit","email":"gerrit@example.nl","locale":"nl"}},
             {"id":"p2","status":"PLACED","registeredAt":"2027-01-11T09:00:00Z","organisation":{"name":"Bakkerij Korenschoof","city":"Leek"},
              "contact":{"name":"Anne","email":"anne@example.nl","locale":"nl"}}]}""";
    private static final String CASES = """
            {"content":[
             {"id":"k1","cohortId":"c1","participantId":"p1","organisationName":"Garage Het Stuur","status":"PROFILE_PUBLISHED",
              "advisorName":"Sanne","visitStart":"2027-02-01T10:00:00+01:00","version":3},
             {"id":"k2","cohortId":"c1","participantId":"p2","organisationName":"Bakkerij Korenschoof","status":"TO_PLAN","version":1}]}""";
    private static final String MEETINGS = """
            {"content":[
             {"id":"m1","cohortId":"c1","type":"KNOWLEDGE_SESSION","title":"Kennissessie","start":"2026-11-01T19:30:00+01:00",
              "end":"2026-11-01T21:30:00+01:00","location":{"address":"Raadhuis"},"status":"SCHEDULED","locationToBeDecided":false,
              "invitations":[{"id":"i1","participantId":"p1","name":"Gerrit","active":true,"response":"ACCEPTED","attendance":"PRESENT"},
                             {"id":"i2","participantId":"p2","name":"Anne","active":true,"response":"DECLINED","attendance":"ABSENT"}],
              "version":2}]}""";

    @BeforeEach
    void cannedAnswers() {
        platform.reset();
        answer("/api/tenants/current", "{\"displayName\":\"Gemeente Test\"}");
        answer("/api/cohorts/c1", COHORT);
        answer("/api/cohorts/c1/participants?size=100", PARTICIPANTS);
        answer("/api/assessments/cases?cohortId=c1&size=100", CASES);
        answer("/api/meetings?cohortId=c1&size=100", MEETINGS);
        answer("/api/meetings/m1", MEETINGS.substring(MEETINGS.indexOf('[') + 1, MEETINGS.lastIndexOf(']')));
        answer("/api/cohorts/c1/assignments", """
                [{"participantId":"p1","organisationName":"Garage Het Stuur","title":"Ons verhaal","submittedAt":"2027-05-01T10:00:00Z",
                  "scores":[{"juror":"j@example.nl"}]}]""");
        answer("/api/cohorts/c1/certificates", """
                [{"participantId":"p1","organisationName":"Garage Het Stuur","verificationCode":"ABCD-EFGH-JKLM-NPQR",
                  "issuedOn":"2027-12-01","downloadPath":"/api/cohorts/c1/certificates/p1.pdf"}]""");
        answer("/api/cohorts/c1/jury", "{\"jurors\":[\"j@example.nl\"],\"scoringClosedAt\":\"2027-06-01T10:00:00Z\"}");
        answer("/api/cohorts/c1/ranking", """
                {"entries":[{"rank":1,"participantId":"p1","organisationName":"Garage Het Stuur","averageTotal":18.00,"jurors":1}],
                 "scoringClosedAt":"2027-06-01T10:00:00Z","award":null}""");
        answer("/api/assessments/cases/k1/action-plan", "{\"caseId\":\"k1\",\"actions\":[{\"id\":\"a1\"},{\"id\":\"a2\"}]}");
        answer("/api/assessments/cases/k2", """
                {"id":"k2","cohortId":"c1","participantId":"p2","organisation":{"name":"Bakkerij Korenschoof"},"status":"TO_PLAN","version":1}""");
        answer("/api/notifications/deliveries?size=1&status=FAILED", "{\"content\":[],\"totalElements\":2}");
        answer("/api/notifications/deliveries?size=100", """
                {"content":[{"id":"d1","recipient":"anne@example.nl","type":"MEETING_INVITATION","status":"FAILED","attempts":5,
                  "createdAt":"2027-03-01T10:00:00Z","lastError":"550 mailbox unavailable"}],"totalElements":1}""");
        answer("/api/cohorts/other", null);
    }

    private void answer(String path, String json) {
        if (json == null) {
            platform.expect(ExpectedCount.manyTimes(), requestTo(API + path)).andRespond(withStatus(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body("{\"status\":404,\"title\":\"Not Found\"}"));
            return;
        }
        platform.expect(ExpectedCount.manyTimes(), requestTo(API + path))
                .andRespond(withSuccess(json, MediaType.APPLICATION_JSON).header("ETag", "\"1\""));
    }

    private static RequestPostProcessor coordinator() {
        return oidcLogin().idToken(token -> token.claim("roles", List.of("coordinator")).claim("tenant", "test")
                .claim("email", "coordinator@test.example"));
    }

    private String page(String path) throws Exception {
        var result = mvc.perform(get(path).with(coordinator())).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    @Test
    void theMatrixShowsEveryStepAsText() throws Exception {
        String html = page("/coordinator/groepen/c1/voortgang");
        assertThat(html).contains("Voortgang van Koplopergroep Test", "Garage Het Stuur", "Bakkerij Korenschoof",
                "Sanne", "Nog geen adviseur", "Gepubliceerd", "Nog niet gepland", "aanwezig bij 1 van 1",
                "aanwezig bij 0 van 1", "Ingeleverd", "ABCD-EFGH-JKLM-NPQR", "Adviseur toewijzen aan Bakkerij Korenschoof",
                "1 van 2 met een adviseur", "<th scope=\"row\">");
    }

    @Test
    void theGroupPageHasTabsAndTheFailedMails() throws Exception {
        String html = page("/coordinator/groepen/c1");
        assertThat(html).contains("Wacht op u", "Er zijn 2 e-mails niet aangekomen.", "Voortgang",
                "Jury en afronding", "Deelnemers (2)");
    }

    @Test
    void theMeetingPagesRender() throws Exception {
        assertThat(page("/coordinator/groepen/c1/bijeenkomsten")).contains("Kennissessie", "2 uitgenodigd, 1 komen, 1 komen niet",
                "1 van 2 aanwezig", "Kennissessie: aanwezigheid bijhouden");
        assertThat(page("/coordinator/groepen/c1/bijeenkomsten/nieuw")).contains("Uitnodigen (2 deelnemers)",
                "Garage Het Stuur (Gerrit)", "checked=\"checked\"", "Kennisbijeenkomst");
        assertThat(page("/coordinator/bijeenkomsten/m1/verzetten")).contains("Kennissessie verzetten of annuleren",
                "value=\"19:30\"", "Raadhuis", "Bijeenkomst annuleren");
        assertThat(page("/coordinator/bijeenkomsten/m1/aanwezigheid")).contains("Wie was er?",
                "Gerrit (had gezegd te komen)");
    }

    @Test
    void aMeetingWithoutPlaceIsRefusedBeforeThePlatformSeesIt() throws Exception {
        var result = mvc.perform(post("/coordinator/groepen/c1/bijeenkomsten/nieuw").with(coordinator()).with(csrf())
                .param("type", "KNOWLEDGE_SESSION").param("title", "Kennissessie energie")
                .param("date", "2027-03-28").param("startTime", "19:30").param("endTime", "21:30")
                .param("invitees", "p1")).andReturn();
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("Vul een adres of een online link in.", "value=\"Kennissessie energie\"",
                "id=\"address-error\"");
        assertThat(html).containsPattern("value=\"p1\"\\s+checked");
        assertThat(html).doesNotContainPattern("value=\"p2\"\\s+checked");
    }

    @Test
    void planningSendsTheFormsKeySoThatADoubleClickPlansOnce() throws Exception {
        String key = "5d1c8e0a-4a57-4f4e-9a43-3f1f4cbb2c11";
        platform.expect(ExpectedCount.twice(), requestTo(API + "/api/meetings"))
                .andExpect(header("Idempotency-Key", key))
                .andRespond(withSuccess("{\"id\":\"m2\"}", MediaType.APPLICATION_JSON));
        for (int click = 0; click < 2; click++) {
            var result = mvc.perform(post("/coordinator/groepen/c1/bijeenkomsten/nieuw").with(coordinator())
                    .with(csrf()).param("requestKey", key).param("type", "KNOWLEDGE_SESSION")
                    .param("title", "Kennissessie energie").param("date", "2027-03-28").param("startTime", "19:30")
                    .param("endTime", "21:30").param("address", "Raadhuis, Leek").param("invitees", "p1"))
                    .andReturn();
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/coordinator/groepen/c1/bijeenkomsten");
        }
        // Only the expectation above answers a POST to /api/meetings, and only with that header: both redirects mean
        // both clicks carried the form's key.
        assertThat(page("/coordinator/groepen/c1/bijeenkomsten/nieuw"))
                .containsPattern("name=\"requestKey\" value=\"[0-9a-f-]{36}\"");
    }

    @Test
    void theClosingPageShowsJuryRankingAndCertificates() throws Exception {
        String html = page("/coordinator/groepen/c1/afronding");
        assertThat(html).contains("j@example.nl", "Ingeleverde communicatieopdrachten (1)", "Ons verhaal",
                "Garage Het Stuur (plaats 1)", "Koploperprijs toekennen", "Koploperjaar afronden en certificaten uitreiken",
                "Certificaten (1)", "ABCD-EFGH-JKLM-NPQR", "/coordinator/groepen/c1/certificaten/p1.pdf",
                "Stuur de juryleden deze link", "http://localhost:8070/jury/groepen/c1</a>");
        assertThat(html.split("certificates-heading", -1)).as("the certificates once, at the end while the year runs")
                .hasSize(3);
        assertThat(html.indexOf("certificates-heading")).isGreaterThan(html.indexOf("complete-heading"));
    }

    @Test
    void theAdvisorFormAndTheDeliveryLogRender() throws Exception {
        assertThat(page("/coordinator/groepen/c1/adviseur/k2")).contains("Adviseur voor Bakkerij Korenschoof",
                "E-mailadres van de adviseur");
        assertThat(page("/coordinator/e-mails")).contains("anne@example.nl", "Uitnodiging bijeenkomst", "Mislukt",
                "Opnieuw versturen");
        assertThat(page("/coordinator/groepen/c1/voortgang?lang=en")).contains("Progress of Koplopergroep Test",
                "No advisor yet");
    }

    @Test
    void anotherGemeentesGroupIsNotFound() throws Exception {
        var result = mvc.perform(get("/coordinator/groepen/other/voortgang").with(coordinator())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString()).contains("Niet gevonden");
    }
}
