package nl.koploper.portal.coordinator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.koploper.portal.PortalRenderTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.ExpectedCount;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The coordinator's pages rendered against a canned platform (every API answer fixed here): the texts a person reads
 * and that nothing in the templates fails.
 */
@PortalRenderTest
class CoordinatorPagesRenderTest {

    private static final String API = "http://gateway.test";


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

    /**
     * assessment-service's ImpactReport: one participant of two with both footprints (its eindmeting preliminary),
     * both with a nulmeting footprint, two largest themes.
     */
    private static final String IMPACT = """
            {"gemeente":"test","gemeenteName":"Gemeente Test","cohortId":"c1","participants":2,
             "nulmetingenCompleted":2,"eindmetingenCompleted":1,"actionsPlanned":5,"actionsDone":2,
             "co2":{"participantsWithBoth":1,"baselineKg":12000.0,"finalKg":9000.45,"changeKg":-2999.55,"changePercent":-25.0,
                    "baselinePreliminary":0,"finalPreliminary":1},
             "baselineFootprint":{"organisations":2,"totalKg":14200.4,"preliminary":0},
             "largestThemes":[
              {"theme":"FUELS_AND_HEAT","baselineKg":6402,"finalKg":5000,"changeKg":-1402,"changePercent":-21.9},
              {"theme":"ELECTRICITY","baselineKg":4830,"finalKg":3000.5,"changeKg":-1829.5,"changePercent":-37.9}],
             "attendance":{"meetings":1,"invited":2,"attended":1,"overallRate":50.0,"perParticipant":[
              {"caseId":"k1","organisationName":"Garage Het Stuur","cohortId":"c1","invited":1,"attended":1,"rate":100.0},
              {"caseId":"k2","organisationName":"Café \\"De Boon\\"; Leek","cohortId":"c1","invited":1,"attended":0,"rate":0.0}]}}""";

    /** cohort-service's PageView of NetworkMemberView: one member, one that left. */
    private static final String NETWORK = """
                {"content":[
                 {"id":"n1","organisationName":"Bakkerij De Korenschoof","kvkNumber":"12345678","contactName":"Anne",
                  "contactEmail":"anne@example.nl","contactPhone":"0594-501234","cohortId":"c0","cohortName":"Koplopergroep 2026",
                  "cohortYear":2026,"status":"ACTIVE","joinedAt":"2026-12-01T10:00:00Z","leftAt":null,"leaveReason":null},
                 {"id":"n2","organisationName":"Drukkerij Letterwerk","kvkNumber":"87654321","contactName":"Dirk",
                  "contactEmail":"dirk@example.nl","contactPhone":null,"cohortId":"c0","cohortName":"Koplopergroep 2026",
                  "cohortYear":2026,"status":"LEFT","joinedAt":"2026-12-01T10:00:00Z","leftAt":"2027-02-03T10:00:00Z",
                  "leaveReason":"Bedrijf verhuisd"}],"page":0,"size":100,"totalElements":2,"totalPages":1}""";

    @BeforeEach
    void cannedAnswers() {
        platform.reset();
        answer("/api/gemeenten/current", "{\"displayName\":\"Gemeente Test\"}");
        answer("/api/cohorts/c1", COHORT);
        answer("/api/cohorts/c1/participants?size=100", PARTICIPANTS);
        answer("/api/assessments/cases?cohortId=c1&size=100", CASES);
        answer("/api/assessments/cases?size=100&page=0", CASES);
        answer("/api/assessments/advisors", "[]");
        answer("/api/meetings?cohortId=c1&size=100", MEETINGS);
        answer("/api/meetings/m1", MEETINGS.substring(MEETINGS.indexOf('[') + 1, MEETINGS.lastIndexOf(']')));
        answer("/api/cohorts/c1/assignments", """
                [{"participantId":"p1","organisationName":"Garage Het Stuur","title":"Ons verhaal","submittedAt":"2027-05-01T10:00:00Z",
                  "scores":[{"juror":"j@example.nl"}]}]""");
        answer("/api/cohorts/c1/certificates", """
                [{"participantId":"p1","organisationName":"Garage Het Stuur","verificationCode":"ABCD-EFGH-JKLM-NPQR",
                  "issuedOn":"2027-12-01","downloadPath":"/api/cohorts/c1/certificates/p1.pdf"}]""");
        answer("/api/cohorts/c1/certificates/criteria", """
                {"cohortId":"c1","status":"STARTED","minimumMeetingsAttended":0,"organisations":[]}""");
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
        answer("/api/assessments/impact?cohortId=c1", IMPACT);
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
        assertThat(html).contains("Wat aandacht vraagt", "Er zijn 2 e-mails niet aangekomen.", "Voortgang",
                "Jury en afronding", "Deelnemers (2)", "href=\"/coordinator/groepen/c1/deelnemers.csv\"",
                "Alle aanmeldingen downloaden (Excel, CSV)");
    }

    @Test
    void theRegistrationsSpreadsheetIsPassedOnAsCohortServiceWroteIt() throws Exception {
        String csv = "\uFEFFOrganisatie;KvK-nummer\r\nGarage Het Stuur;12345678\r\n";
        platform.expect(requestTo(API + "/api/cohorts/c1/participants.csv"))
                .andRespond(withSuccess(csv.getBytes(StandardCharsets.UTF_8),
                        new MediaType("text", "csv", StandardCharsets.UTF_8))
                        .header("Content-Disposition", "attachment; filename=\"deelnemers-c1.csv\""));
        var response = mvc.perform(get("/coordinator/groepen/c1/deelnemers.csv").with(coordinator())).andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"deelnemers-c1.csv\"");
        assertThat(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8)).isEqualTo(csv);
    }

    @Test
    void theMeetingPagesRender() throws Exception {
        assertThat(page("/coordinator/groepen/c1/bijeenkomsten")).contains("Kennissessie", "2 uitgenodigd, 1 komen, 1 komen niet",
                "1 van 2 aanwezig", "Kennissessie: aanwezigheid bijhouden");
        assertThat(page("/coordinator/groepen/c1/bijeenkomsten/nieuw")).contains("Uitnodigen (2 deelnemers)",
                "Garage Het Stuur (Gerrit)", "checked=\"checked\"", "Kennisbijeenkomst",
                "Alle deelnemers van de groep (2), ook wie later nog een plaats krijgt", "Niemand uitnodigen")
                .containsPattern("value=\"ALL\"\s+checked")
                .doesNotContainPattern("value=\"NOBODY\"\s+checked");
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
                .param("inviteMode", "SELECTION").param("invitees", "p1")).andReturn();
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("Vul een adres of een online link in.", "value=\"Kennissessie energie\"",
                "id=\"address-error\"");
        assertThat(html).containsPattern("value=\"SELECTION\"\s+checked");
        assertThat(html).containsPattern("value=\"p1\"\\s+checked");
        assertThat(html).doesNotContainPattern("value=\"p2\"\\s+checked");
    }

    @Test
    void aSelectionWithNobodyTickedIsRefusedBeforeThePlatformSeesIt() throws Exception {
        // No expectation for POST /api/meetings: the platform must not be asked.
        var result = mvc.perform(post("/coordinator/groepen/c1/bijeenkomsten/nieuw").with(coordinator()).with(csrf())
                .param("type", "KNOWLEDGE_SESSION").param("title", "Kennissessie energie")
                .param("date", "2027-03-28").param("startTime", "19:30").param("endTime", "21:30")
                .param("address", "Raadhuis, Leek").param("inviteMode", "SELECTION")).andReturn();
        String html = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getRedirectedUrl()).isNull();
        assertThat(html).contains("Er is niemand aangevinkt.", "id=\"invitees-error\"", "Niemand uitnodigen");
        var unknown = mvc.perform(post("/coordinator/groepen/c1/bijeenkomsten/nieuw").with(coordinator()).with(csrf())
                .param("type", "KNOWLEDGE_SESSION").param("title", "Kennissessie energie")
                .param("date", "2027-03-28").param("startTime", "19:30").param("endTime", "21:30")
                .param("address", "Raadhuis, Leek").param("inviteMode", "SOMEONE")).andReturn();
        assertThat(unknown.getResponse().getContentAsString()).contains("Kies wie u uitnodigt");
    }

    @Test
    void allParticipantsLeaveTheListToTheGroupAndNobodyIsSaidExplicitly() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/meetings"))
                .andExpect(content().json("{\"cohortId\":\"c1\",\"invitees\":{}}", false))
                .andExpect(jsonPath("$.invitees.participants").doesNotExist())
                .andRespond(withSuccess("{\"id\":\"m2\"}", MediaType.APPLICATION_JSON));
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/meetings"))
                .andExpect(content().json("{\"cohortId\":\"c1\",\"invitees\":{\"inviteNobody\":true}}", false))
                .andExpect(jsonPath("$.invitees.participants").doesNotExist())
                .andRespond(withSuccess("{\"id\":\"m3\"}", MediaType.APPLICATION_JSON));
        for (String mode : List.of("ALL", "NOBODY")) {
            var result = mvc.perform(post("/coordinator/groepen/c1/bijeenkomsten/nieuw").with(coordinator())
                    .with(csrf()).param("type", "KNOWLEDGE_SESSION").param("title", "Kennissessie " + mode)
                    .param("date", "2027-03-28").param("startTime", "19:30").param("endTime", "21:30")
                    .param("address", "Raadhuis, Leek").param("inviteMode", mode).param("invitees", "p1"))
                    .andReturn();
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/coordinator/groepen/c1/bijeenkomsten");
        }
    }

    @Test
    void theApisRefusalOfAnEmptyListIsShownAtTheInvitees() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/meetings"))
                .andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("""
                                {"type":"about:blank","title":"Ongeldige invoer","status":400,
                                 "detail":"De bijeenkomst is niet geldig",
                                 "errors":[{"field":"invitees","code":"no-invitees",
                                            "message":"Er is niemand uitgenodigd. Kies uitdrukkelijk inviteNobody: true"}]}"""));
        var result = mvc.perform(post("/coordinator/groepen/c1/bijeenkomsten/nieuw").with(coordinator()).with(csrf())
                .param("type", "KNOWLEDGE_SESSION").param("title", "Kennissessie energie")
                .param("date", "2027-03-28").param("startTime", "19:30").param("endTime", "21:30")
                .param("address", "Raadhuis, Leek").param("inviteMode", "ALL")).andReturn();
        assertThat(result.getResponse().getContentAsString()).contains("id=\"invitees-error\"");
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

    @Test
    void theImpactReportSaysTheFiguresInWordsWithBarsAndATable() throws Exception {
        String html = page("/coordinator/groepen/c1/impact");
        assertThat(html).contains("Impact van Koplopergroep Test", "2 deelnemers", "2 van 2 nulmetingen afgerond",
                "1 van 2 eindmetingen afgerond", "2 van de 5 geplande acties zijn afgerond; 3 lopen nog.",
                "Bij de deelnemer met een nulmeting en een eindmeting daalde de CO2-uitstoot van 12,0 naar 9,0 ton "
                        + "CO2e: 3,0 ton minder (25,0 %).",
                "Totaal, nulmeting: 12,0 t", "Totaal, eindmeting: 9,0 t", "Brandstoffen en warmte, eindmeting: 5,0 t",
                "Elektriciteit, nulmeting: 4,8 t", "−1,8", "−37,9 %",
                "1 bijeenkomst: 1 van de 2 uitnodigingen aanwezig (50,0 %).", "100,0 %",
                "/coordinator/groepen/c1/impact.pdf", "/coordinator/groepen/c1/impact.csv");
        assertThat(html).doesNotContain("FUELS_AND_HEAT");
        assertThat(html).containsPattern("aria-current=\"page\"[^>]*>Impact<");
        assertThat(page("/coordinator/groepen/c1/impact?lang=en")).contains("Impact of Koplopergroep Test",
                "Electricity, baseline: 4,8 t", "2 of the 5 planned actions are done; 3 are still under way.");
    }

    @Test
    void theImpactReportGivesTheNulmetingOfAllMeasuredOrganisationsAndMarksAPreliminaryEindmeting() throws Exception {
        assertThat(page("/coordinator/groepen/c1/impact")).contains(
                "Nulmeting van alle gemeten organisaties samen: 14,2 ton CO2e (van 2 organisaties).",
                "<strong>Voorlopig: in 1 eindmeting zitten nog schattingen; de eindmeting en het verschil kunnen nog "
                        + "veranderen.</strong>")
                .doesNotContain("Voorlopig: in 1 nulmeting");
        assertThat(page("/coordinator/groepen/c1/impact?lang=en")).contains(
                "Baseline of all measured organisations together: 14,2 tonnes CO2e (of 2 organisations).",
                "Preliminary: 1 final assessment still holds estimates");

        platform.reset();
        answer("/api/gemeenten/current", "{\"displayName\":\"Gemeente Test\"}");
        answer("/api/cohorts/c1", COHORT);
        answer("/api/assessments/impact?cohortId=c1", IMPACT.replace("\"preliminary\":0", "\"preliminary\":2")
                .replace("\"finalPreliminary\":1", "\"finalPreliminary\":0"));
        assertThat(page("/coordinator/groepen/c1/impact")).contains(
                "Voorlopig: in 2 nulmetingen zitten nog schattingen; het cijfer kan nog veranderen.")
                .doesNotContain("eindmeting zitten");
    }

    @Test
    void aReportWithoutTheNulmetingTotalLeavesItOut() throws Exception {
        platform.reset();
        answer("/api/gemeenten/current", "{\"displayName\":\"Gemeente Test\"}");
        answer("/api/cohorts/c1", COHORT);
        answer("/api/assessments/impact?cohortId=c1", IMPACT.replaceAll(
                "\"baselineFootprint\":\\{[^}]*},", ""));
        assertThat(page("/coordinator/groepen/c1/impact")).contains("Bij de deelnemer met een nulmeting")
                .doesNotContain("Nulmeting van alle gemeten organisaties");
    }

    @Test
    void theFrameTakesTheGemeentesHouseColourFromItsDetails() throws Exception {
        platform.reset();
        answer("/api/gemeenten/current", "{\"displayName\":\"Gemeente Test\",\"brandColour\":\"#FFE600\"}");
        answer("/api/cohorts/c1", COHORT);
        answer("/api/assessments/impact?cohortId=c1", IMPACT);
        // the sheet of a light colour: dark header text, links and buttons in the portal's own colours (HouseStyleSheet)
        assertThat(page("/coordinator/groepen/c1/impact"))
                .contains("<link rel=\"stylesheet\" href=\"/css/huisstijl/FFE600.css\">",
                        "<span class=\"brand-gemeente\">Gemeente Test</span>");
    }

    @Test
    void aColourThatIsNoColourNeverReachesThePage() throws Exception {
        platform.reset();
        answer("/api/gemeenten/current", "{\"displayName\":\"Gemeente Test\",\"brandColour\":\"red}body{x:y\"}");
        answer("/api/cohorts/c1", COHORT);
        answer("/api/assessments/impact?cohortId=c1", IMPACT);
        assertThat(page("/coordinator/groepen/c1/impact")).contains("Gemeente Test")
                .doesNotContain("huisstijl", "red}body");
    }

    @Test
    void aGroupWithoutCasesYetHasNoFiguresRatherThanAnError() throws Exception {
        platform.reset();
        answer("/api/gemeenten/current", "{\"displayName\":\"Gemeente Test\"}");
        answer("/api/cohorts/c1", COHORT);
        answer("/api/assessments/impact?cohortId=c1", null);
        assertThat(page("/coordinator/groepen/c1/impact")).contains("Er zijn nog geen cijfers.")
                .doesNotContain("impact.csv");
    }

    @Test
    void theImpactCsvOpensInADutchExcel() throws Exception {
        var response = mvc.perform(get("/coordinator/groepen/c1/impact.csv").with(coordinator())).andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment",
                "impactrapportage-koplopergroep-test.csv");
        assertThat(new String(response.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFImpactrapportage;Koplopergroep Test;Gemeente Test\r\n"
                + "\r\n"
                + "Kengetal;Aantal\r\n"
                + "Deelnemers;2\r\n"
                + "Nulmetingen afgerond;2\r\n"
                + "Eindmetingen afgerond;1\r\n"
                + "Acties gepland;5\r\n"
                + "Acties afgerond;2\r\n"
                + "Deelnemers met nulmeting en eindmeting;1\r\n"
                + "Bijeenkomsten;1\r\n"
                + "Uitgenodigd;2\r\n"
                + "Aanwezig;1\r\n"
                + "Aanwezigheid (%);50\r\n"
                + "\r\n"
                + "CO2-uitstoot (kg CO2e, marktgebaseerd);Nulmeting;Eindmeting;Verschil;Verschil (%)\r\n"
                + "Totaal;12000;9000,5;-2999,6;-25\r\n"
                + "Brandstoffen en warmte;6402;5000;-1402;-21,9\r\n"
                + "Elektriciteit;4830;3000,5;-1829,5;-37,9\r\n"
                + "\r\n"
                + "Organisatie;Uitgenodigd;Aanwezig;Aanwezigheid (%)\r\n"
                + "Garage Het Stuur;1;1;100\r\n"
                + "\"Café \"\"De Boon\"\"; Leek\";1;0;0\r\n");
    }

    @Test
    void theImpactPdfIsTheServicesOwn() throws Exception {
        platform.expect(ExpectedCount.manyTimes(), requestTo(API + "/api/assessments/impact.pdf?cohortId=c1"))
                .andRespond(withSuccess("%PDF-1.7 impact".getBytes(), MediaType.APPLICATION_PDF)
                        .header("Content-Disposition", "inline; filename=\"impactrapportage.pdf\""));
        var response = mvc.perform(get("/coordinator/groepen/c1/impact.pdf").with(coordinator())).andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("inline; filename=\"impactrapportage.pdf\"");
        assertThat(response.getContentAsString()).isEqualTo("%PDF-1.7 impact");
    }

    @Test
    void anotherGemeentesImpactIsNotFound() throws Exception {
        for (String path : List.of("/impact", "/impact.csv", "/impact.pdf")) {
            var result = mvc.perform(get("/coordinator/groepen/other" + path).with(coordinator())).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
            assertThat(result.getResponse().getContentAsString()).as(path).contains("Niet gevonden")
                    .doesNotContain("Gemeente Test;");
        }
    }

    @Test
    void theStartPageSaysWhatNeedsAttentionAndWhereToActOnIt() throws Exception {
        platform.reset();
        answer("/api/gemeenten/current", "{\"displayName\":\"Gemeente Test\"}");
        answer("/api/cohorts?size=100", """
                {"content":[{"id":"c1","name":"Koplopergroep Test","year":2027,"status":"OPEN","placed":8,"maximum":8,"waitlisted":0},
                            {"id":"c0","name":"Koplopergroep Vorig Jaar","year":2026,"status":"COMPLETED","placed":9,"maximum":12,"waitlisted":0}]}""");
        String recently = java.time.Instant.now().minus(java.time.Duration.ofDays(2)).truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS).toString();
        String longAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(60)).toString();
        answer("/api/cohorts/c1/participants?size=100", """
                {"content":[
                 {"id":"p1","cohortId":"c1","status":"PLACED","organisation":{"name":"Garage Het Stuur"},"contact":{"name":"Gerrit"}},
                 {"id":"p3","cohortId":"c1","status":"WITHDRAWN","organisation":{"name":"Hotel De Brug"},"contact":{"name":"Hans"},
                  "leftAt":"%s","leaveReason":"Geen tijd dit jaar"},
                 {"id":"p4","cohortId":"c1","status":"REMOVED","organisation":{"name":"Kapsalon Krul"},"contact":{"name":"Kim"},
                  "leftAt":"%s","leaveReason":"Dubbel aangemeld"}]}""".formatted(recently, longAgo));
        answer("/api/meetings?cohortId=c1&size=100", """
                {"content":[{"id":"m9","cohortId":"c1","type":"KICK_OFF","title":"Startbijeenkomst","status":"DRAFT",
                  "start":"2027-03-01T19:30:00+01:00","end":"2027-03-01T21:30:00+01:00","locationToBeDecided":true,"invitations":[]}]}""");
        answer("/api/notifications/deliveries?size=1&status=FAILED", "{\"content\":[],\"totalElements\":1}");

        String html = page("/coordinator");
        assertThat(html).contains("href=\"/coordinator/adviseurs\"");
        String day = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl"))
                .format(java.time.Instant.parse(recently).atZone(java.time.ZoneId.of("Europe/Amsterdam")));
        assertThat(html).contains("Wat aandacht vraagt",
                "Startbijeenkomst van Koplopergroep Test is voorgesteld voor maandag 1 maart 2027, 19:30",
                "/coordinator/bijeenkomsten/m9/bevestigen", "Er is 1 e-mail niet aangekomen.",
                "/coordinator/e-mails?status=FAILED",
                "Hotel De Brug heeft zich op " + day + " afgemeld bij Koplopergroep Test. Reden: Geen tijd dit jaar",
                "href=\"/coordinator/groepen/c1#afgemeld\"", "Afmeldingen en wachtlijst van Koplopergroep Test",
                "/coordinator/netwerk");
        assertThat(html).as("a withdrawal of two months ago is no longer news").doesNotContain("Kapsalon Krul");
    }

    @Test
    void theStartPageListsTheRecentHandInsOfAStartedGroupWithTheLinkToThem() throws Exception {
        platform.reset();
        answer("/api/gemeenten/current", "{\"displayName\":\"Gemeente Test\"}");
        answer("/api/cohorts?size=100", """
                {"content":[{"id":"c1","name":"Koplopergroep Test","year":2027,"status":"STARTED","placed":8,"maximum":8,"waitlisted":0},
                            {"id":"c2","name":"Koplopergroep Open","year":2027,"status":"OPEN","placed":3,"maximum":8,"waitlisted":0}]}""");
        String recently = java.time.Instant.now().minus(java.time.Duration.ofDays(1)).truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS).toString();
        String longAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(45)).toString();
        answer("/api/cohorts/c1/participants?size=100", "{\"content\":[]}");
        answer("/api/cohorts/c2/participants?size=100", "{\"content\":[]}");
        answer("/api/meetings?cohortId=c1&size=100", "{\"content\":[]}");
        answer("/api/meetings?cohortId=c2&size=100", "{\"content\":[]}");
        // Only the started group is asked: an open group has no assignment yet (an unexpected call fails this test).
        answer("/api/cohorts/c1/assignments", """
                [{"participantId":"p1","organisationName":"Garage Het Stuur","title":"Elektrisch de weg op","revision":1,
                  "submittedAt":"%s"},
                 {"participantId":"p2","organisationName":"Bakkerij Korenschoof","title":"Brood zonder gas","revision":2,
                  "submittedAt":"%s"}]""".formatted(recently, longAgo));
        answer("/api/notifications/deliveries?size=1&status=FAILED", "{\"content\":[],\"totalElements\":0}");

        String html = page("/coordinator");
        String day = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl"))
                .format(java.time.Instant.parse(recently).atZone(java.time.ZoneId.of("Europe/Amsterdam")));
        assertThat(html).contains("Wat aandacht vraagt", "Garage Het Stuur heeft op " + day
                        + " de communicatieopdracht van Koplopergroep Test ingeleverd: Elektrisch de weg op",
                "href=\"/coordinator/groepen/c1/afronding#inzendingen\"", "Inzendingen van Koplopergroep Test");
        assertThat(html).as("a hand-in of six weeks ago is no longer news").doesNotContain("Brood zonder gas")
                .doesNotContain("e-mail niet aangekomen");
    }

    @Test
    void aParticipantWhoTypesACoordinatorsAddressGetsNoAccess() throws Exception {
        var participant = oidcLogin().idToken(token -> token.claim("roles", List.of("participant"))
                .claim("tenant", "test").claim("email", "anne@example.nl"));
        for (String path : List.of("/coordinator", "/coordinator/netwerk", "/coordinator/groepen/c1/impact.csv")) {
            var result = mvc.perform(get(path).with(participant)).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(403);
            assertThat(result.getResponse().getContentAsString()).as(path).contains("Geen toegang")
                    .doesNotContain("Garage Het Stuur");
        }
    }

    @Test
    void theNetworkPageListsMembersActivitiesAndWhoLeft() throws Exception {
        answer("/api/cohorts/network?includeFormer=true&size=100", NETWORK);
        answer("/api/meetings?size=100", """
                {"content":[
                 {"id":"m1","cohortId":"c1","type":"KNOWLEDGE_SESSION","title":"Kennissessie","status":"SCHEDULED",
                  "start":"2027-03-01T19:30:00+01:00","end":"2027-03-01T21:30:00+01:00","invitations":[]},
                 {"id":"m7","cohortId":null,"type":"NETWORK_ACTIVITY","title":"Netwerkontbijt","status":"SCHEDULED",
                  "start":"2027-04-08T08:00:00+02:00","end":"2027-04-08T09:30:00+02:00","location":{"address":"Het Raadhuis"},
                  "invitations":[{"id":"i1","kind":"NETWORK_MEMBER","active":true,"response":"ACCEPTED"},
                                 {"id":"i2","kind":"NETWORK_MEMBER","active":false,"response":"NO_REPLY"}]}]}""");
        String html = page("/coordinator/netwerk");
        assertThat(html).contains("Koplopernetwerk", "Leden (1)", "Bakkerij De Korenschoof", "anne@example.nl",
                "0594-501234", "<td>Koplopergroep 2026</td>", "1 december 2026", "Netwerkontbijt", "Het Raadhuis",
                "1 uitgenodigd, 1 komen, 0 komen niet",
                "Drukkerij Letterwerk heeft zich op 3 februari 2027 afgemeld: Bedrijf verhuisd");
        assertThat(html).doesNotContain("Kennissessie");
    }

    @Test
    void theGroupPageNamesARecentWithdrawalAndLinksToTheWaitingList() throws Exception {
        platform.reset();
        answer("/api/gemeenten/current", "{\"displayName\":\"Gemeente Test\"}");
        answer("/api/cohorts/c1", COHORT);
        answer("/api/meetings?cohortId=c1&size=100", MEETINGS);
        answer("/api/notifications/deliveries?size=1&status=FAILED", "{\"content\":[],\"totalElements\":0}");
        answer("/api/cohorts/c1/participants?size=100", """
                {"content":[
                 {"id":"p1","status":"PLACED","organisation":{"name":"Garage Het Stuur","city":"Leek"},
                  "contact":{"name":"Gerrit","email":"gerrit@example.nl"}},
                 {"id":"p3","status":"REMOVED","organisation":{"name":"Hotel De Brug"},"contact":{"name":"Hans"},
                  "leftAt":"%s","leaveReason":"Dubbel aangemeld"}]}""".formatted(java.time.Instant.now().minusSeconds(3600)));
        answer("/api/cohorts/c1/assignments", """
                [{"participantId":"p1","organisationName":"Garage Het Stuur","title":"Ons verhaal","submittedAt":"%s"}]"""
                .formatted(java.time.Instant.now().minusSeconds(7200)));
        String html = page("/coordinator/groepen/c1");
        assertThat(html).contains("Wat aandacht vraagt", "Hotel De Brug is op ", " uit Koplopergroep Test gehaald. Reden: "
                + "Dubbel aangemeld", "href=\"#afgemeld\"", "Afmeldingen en wachtlijst bekijken", "id=\"afgemeld\"",
                "Hotel De Brug: uit de groep gehaald op ");
        assertThat(html).contains("Garage Het Stuur heeft op ", " de communicatieopdracht ingeleverd: Ons verhaal",
                "href=\"/coordinator/groepen/c1/afronding#inzendingen\"", "Inzendingen bekijken");
        assertThat(html).doesNotContain("e-mail niet aangekomen");
    }

    @Test
    void removingANetworkMemberNeedsAReasonAndKeepsWhatWasTyped() throws Exception {
        answer("/api/cohorts/network?includeFormer=true&size=100", NETWORK);
        assertThat(page("/coordinator/netwerk/n1/verwijderen")).contains("Bakkerij De Korenschoof uit het netwerk halen",
                "Anne krijgt geen uitnodigingen meer");
        // Blank: refused here, the platform is not asked (an unexpected call would fail the canned platform).
        String html = mvc.perform(post("/coordinator/netwerk/n1/verwijderen").with(coordinator()).with(csrf())
                .param("reason", "  ")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Schrijf waarom deze organisatie uit het netwerk gaat.", "id=\"reason-error\"",
                "aria-invalid=\"true\"");
    }

    @Test
    void aMemberWhoAlreadyLeftIsSaidSoWithTheReasonStillThere() throws Exception {
        answer("/api/cohorts/network?includeFormer=true&size=100", NETWORK);
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/cohorts/network/n1/remove"))
                .andExpect(org.springframework.test.web.client.match.MockRestRequestMatchers.content()
                        .json("{\"reason\":\"Failliet\"}"))
                .andRespond(withStatus(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("{\"status\":409,\"title\":\"Conflict\",\"code\":\"network-member-not-active\"}"));
        String html = mvc.perform(post("/coordinator/netwerk/n1/verwijderen").with(coordinator()).with(csrf())
                .param("reason", " Failliet ")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Deze organisatie is al geen lid meer van het netwerk.", "> Failliet </textarea>");
    }

    @Test
    void aNetworkMemberIsRemovedWithItsReason() throws Exception {
        answer("/api/cohorts/network?includeFormer=true&size=100", NETWORK);
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/cohorts/network/n1/remove"))
                .andExpect(org.springframework.test.web.client.match.MockRestRequestMatchers.content()
                        .json("{\"reason\":\"Failliet\"}"))
                .andRespond(withSuccess("{\"id\":\"n1\",\"status\":\"REMOVED\"}", MediaType.APPLICATION_JSON));
        var result = mvc.perform(post("/coordinator/netwerk/n1/verwijderen").with(coordinator()).with(csrf())
                .param("reason", "Failliet")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/coordinator/netwerk");
        assertThat(result.getFlashMap().get("removed")).isEqualTo("Bakkerij De Korenschoof");
    }

    @Test
    void aMemberNotInTheGemeentesNetworkIsNotFound() throws Exception {
        answer("/api/cohorts/network?includeFormer=true&size=100", NETWORK);
        var result = mvc.perform(get("/coordinator/netwerk/elders/verwijderen").with(coordinator())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString()).contains("Niet gevonden");
    }
}
