package nl.koploper.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The participant's pages rendered against a canned platform: the texts a person reads, and that nothing in the
 * templates fails. The participant stores and calculates its own data (footprint-service lets it, for its own
 * organisation), so a save leads to the footprint page and a refusal is explained with everything typed kept.
 */
@PortalRenderTest
class ParticipantPagesRenderTest {

    private static final String API = "http://gateway.test";
    private static final String DATA = "/api/footprints/organisations/p1/years/2025";


    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer participantPlatform;

    private static final String CASE = """
            {"id":"p1","cohortId":"c1","cohortName":"Koplopergroep Test","participantId":"p1",
             "organisation":{"name":"Bakkerij De Korrel"},"contact":{"name":"Anne","email":"anne@test.example"},
             "status":"PROFILE_PUBLISHED","visit":{"start":"2026-02-01T10:00:00+01:00","end":"2026-02-01T11:30:00+01:00",
             "location":"Hoofdstraat 1"},"advisor":{"name":"Sanne"},
             "baselineFootprint":{"year":2025,"totalMarketBasedKg":11232,"perThemeKg":{"ELECTRICITY":4830},"preliminary":false},
             "profiles":[{"version":1,"status":"PUBLISHED"}],"version":3}""";
    private static final String FOOTPRINT = """
            {"organisationId":"p1","year":2025,"version":1,"factorSetYear":2026,"complete":true,"preliminary":true,
             "totals":{"scope1Kg":6402.000,"scope2MarketBasedKg":4830.000,"scope2LocationBasedKg":6560.000,"scope3Kg":0,
                       "totalMarketBasedKg":11232.000,"totalLocationBasedKg":12962.000},
             "perThemeKg":{"ELECTRICITY":4830.000,"FUELS_AND_HEAT":6402.000},
             "warnings":[{"code":"theme-empty","field":"water","message":"water is empty"}],"factorProblems":[]}""";

    private static final String FEED_ADDRESS = "/api/meetings/feeds/participants/p1";
    private static final String UPCOMING_INVITATION = "/api/meetings/m-next/rsvp?participantId=p1";
    private static final String MY_MEETINGS = "/api/meetings/invitations?participantId=p1&page=0&size=100";
    private static final String HELD = """
            {"meetingId":"m-held","type":"KICK_OFF","title":"Startbijeenkomst","description":null,
             "start":"2020-01-14T19:30:00+01:00","end":"2020-01-14T21:30:00+01:00","address":"Raadhuis, Leek",
             "onlineUrl":null,"status":"HELD","name":"Bakkerij De Korrel","active":true,"response":"ACCEPTED",
             "waitingListPosition":null,"answerable":false}""";
    private static final String UPCOMING_NO_REPLY = """
            {"meetingId":"m-next","type":"KNOWLEDGE_SESSION","title":"Kennisbijeenkomst energie",
             "description":"Over warmtepompen.","start":"2099-03-10T19:30:00+01:00","end":"2099-03-10T21:30:00+01:00",
             "address":"Bakkerij De Korrel, Hoofdstraat 1","onlineUrl":null,"status":"SCHEDULED",
             "name":"Bakkerij De Korrel","active":true,"response":"NO_REPLY","waitingListPosition":null,
             "answerable":true}""";

    /** events-service's page of the participant's meetings: soonest first, withdrawn invitations already left out. */
    private static String myMeetings(String... meetings) {
        return """
                {"content":[%s],"page":0,"size":100,"totalElements":%d,"totalPages":%d}"""
                .formatted(String.join(",", meetings), meetings.length, meetings.length == 0 ? 0 : 1);
    }

    @BeforeEach
    void cannedAnswers() {
        participantPlatform.reset();
        // As the platform answers a participant: the gemeente's details are the coordinator's, its public page anyone's.
        participantPlatform.expect(ExpectedCount.manyTimes(), requestTo(API + "/api/gemeenten/current"))
                .andRespond(withStatus(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("{\"status\":403,\"title\":\"Forbidden\"}"));
        answer("/api/public/cohorts/test", """
                {"gemeente":{"slug":"test","name":"Gemeente Test","logoUrl":"https://www.test.example/logo.svg",
                 "brandColour":"#1A5F8E"},"cohorts":[]}""");
        answer("/api/assessments/cases", "{\"content\":[{\"id\":\"p1\"}]}");
        answer("/api/assessments/cases/p1", CASE);
        answer(DATA, """
                {"organisationId":"p1","year":2025,"version":2,"data":{"year":2025,"contactEmail":"anne@test.example",
                 "company":{"fte":12.5},"electricity":{"boughtKwh":{"yearTotal":20000,"preliminary":true},"greenSharePercent":50},
                 "waste":[{"kind":"PAPER","kg":{"yearTotal":100},"factor":{"valueKgCo2e":0.04,"unit":"kg","source":"inzamelaar"}}]}}""");
        answer(DATA + "/calculations?size=1", "[{\"version\":1,\"inputVersion\":2}]");
        answer(DATA + "/calculations/1", FOOTPRINT);
        answer(DATA + "/benchmark", """
                {"metrics":[{"metric":"PER_FTE","available":true,"ownValue":898.56,"organisations":7,"position":"FRONTRUNNER"},
                            {"metric":"PER_M2","available":false,"ownValue":null}]}""");
        answer("/api/assessments/cases/p1/action-plan", """
                {"caseId":"p1","actions":[{"id":"a1","recommendationId":"R-1","title":"Groene stroom","owner":"Anne",
                 "startDate":"2026-01-01","dueDate":"2026-06-01","status":"PLANNED","overdue":false,
                 "progress":[{"date":"2026-02-01","text":"Offerte gevraagd"}]}],"version":4}""");
        answer("/api/assessments/cases/p1/profiles/1", """
                {"version":1,"recommendations":[{"id":"R-1","title":"Groene stroom","description":"Kies groene stroom."},
                 {"id":"R-2","title":"Isoleren","description":"Isoleer het dak."}]}""");
        participantPlatform.expect(ExpectedCount.manyTimes(), requestTo(API + "/api/cohorts/c1/assignments/p1"))
                .andExpect(method(HttpMethod.GET))
                .andRespond(withStatus(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("{\"status\":404,\"title\":\"Not found\",\"detail\":\"Submission p1 not found\"}"));
        answer(FEED_ADDRESS, """
                {"url":"http://gateway.test:8080/api/public/meetings/feeds/participants/p1.ics?token=dGVzdA.c2ln",
                 "webcalUrl":"webcal://gateway.test:8080/api/public/meetings/feeds/participants/p1.ics?token=dGVzdA.c2ln"}""");
        answer(MY_MEETINGS, myMeetings(HELD, UPCOMING_NO_REPLY));
        answer(UPCOMING_INVITATION, UPCOMING_NO_REPLY);
    }

    private void answer(String path, String json) {
        participantPlatform.expect(ExpectedCount.manyTimes(), requestTo(API + path)).andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess(json, MediaType.APPLICATION_JSON).header("ETag", "\"2\""));
    }

    private static RequestPostProcessor participant() {
        return oidcLogin().idToken(token -> token.claim("roles", List.of("participant")).claim("tenant", "test")
                .claim("email", "anne@test.example"));
    }

    private String page(String path) throws Exception {
        var result = mvc.perform(get(path).with(participant())).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    @Test
    void myYearLinksEverything() throws Exception {
        assertThat(page("/deelnemer")).contains("Het Koploperjaar van Bakkerij De Korrel", "Verbruik van 2025 invullen",
                "/deelnemer/co2/2025/footprint", "Mijn DuOn-Agenda (actieplan)", "/deelnemer/certificaat", "11,2",
                "href=\"/deelnemer/opdracht\">Communicatieopdracht inleveren</a>",
                "href=\"/deelnemer/bijeenkomsten\"", "Mijn bijeenkomsten");
    }

    @Test
    void theFrameShowsTheParticipantsGemeenteWithItsLogoAndColour() throws Exception {
        assertThat(page("/deelnemer")).contains("<span class=\"brand-gemeente\">Gemeente Test</span>",
                "src=\"https://www.test.example/logo.svg\"",
                "<link rel=\"stylesheet\" href=\"/css/huisstijl/1A5F8E.css\">");
    }

    @Test
    void theConsumptionFormShowsTheStoredDataWithUnitsAndHelp() throws Exception {
        String html = page("/deelnemer/co2/2025");
        assertThat(html).contains("Uw verbruik in 2025", "kWh per jaar", "value=\"20000\"", "value=\"12,5\"",
                "value=\"0,04\"", "jaarafrekening van uw energieleverancier", "<legend>Afval</legend>",
                "name=\"kept:contactEmail\"", "checked=\"checked\"", "Download mijn gegevens van 2025 als CSV");
        assertThat(page("/deelnemer/co2/2025?lang=en")).contains("Your consumption in 2025", "kWh per year");
    }

    @Test
    void aWordInsteadOfANumberIsRefusedHereWithEverythingKept() throws Exception {
        var result = mvc.perform(post("/deelnemer/co2/2025").with(participant()).with(csrf())
                .param("version", "\"2\"").param("company.fte", "twaalf")
                .param("electricity.boughtKwh.yearTotal", "20.000")).andReturn();
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("Vul een getal in, bijvoorbeeld 4 of 4,5.", "id=\"company-fte-error\"",
                "href=\"#company-fte\">Aantal medewerkers: Vul een getal in",
                "value=\"twaalf\"", "value=\"20.000\"");
    }

    @Test
    void savedFiguresAreStoredAsTypedUnderTheParticipantsOwnEmailAndTheFootprintPageSaysSo() throws Exception {
        participantPlatform.expect(ExpectedCount.once(), requestTo(API + DATA)).andExpect(method(HttpMethod.PUT))
                .andExpect(header("If-Match", "\"2\""))
                .andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.contactEmail").value("anne@test.example"))
                .andExpect(jsonPath("$.company.fte").value(12.5))
                .andExpect(jsonPath("$.electricity.boughtKwh.yearTotal").value(20000))
                .andRespond(withSuccess("""
                        {"organisationId":"p1","year":2025,"version":3,"data":{"year":2025}}""",
                        MediaType.APPLICATION_JSON).header("ETag", "\"3\""));
        var saved = mvc.perform(post("/deelnemer/co2/2025").with(participant()).with(csrf())
                .param("version", "\"2\"").param("company.fte", "12,5")
                .param("electricity.boughtKwh.yearTotal", "20.000")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/deelnemer/co2/2025/footprint");
        assertThat(saved.getFlashMap().get("saved")).isEqualTo(true);

        String html = mvc.perform(get("/deelnemer/co2/2025/footprint").with(participant())
                .flashAttrs(saved.getFlashMap())).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Uw gegevens zijn opgeslagen. Bereken nu uw footprint.", "Bereken mijn footprint")
                .doesNotContain("Niet opgeslagen", "niet bewaard");
    }

    @Test
    void calculatingStoresANewVersionAndTheFootprintPageShowsTheCalculatedOne() throws Exception {
        participantPlatform.expect(ExpectedCount.once(), requestTo(API + DATA + "/calculations"))
                .andExpect(method(HttpMethod.POST))
                .andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(FOOTPRINT));
        var calculated = mvc.perform(post("/deelnemer/co2/2025/berekenen").with(participant()).with(csrf()))
                .andReturn();
        assertThat(calculated.getResponse().getRedirectedUrl()).isEqualTo("/deelnemer/co2/2025/footprint");

        String html = mvc.perform(get("/deelnemer/co2/2025/footprint").with(participant())
                .flashAttrs(calculated.getFlashMap())).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Uw footprint is berekend.", "Hieronder staat de laatste berekening.", "11,2",
                "Elektriciteit: 4,8 t").doesNotContain("niet bewaard");
    }

    @Test
    void aSaveThePlatformRefusesIsExplainedAtTheFieldWithEverythingKeptAndNoEstimate() throws Exception {
        participantPlatform.expect(ExpectedCount.once(), requestTo(API + DATA)).andExpect(method(HttpMethod.PUT))
                .andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("""
                                {"status":400,"title":"Bad Request","detail":"Consumption data of 2025 is invalid",
                                 "errors":[{"field":"electricity.greenSharePercent","code":"out-of-range",
                                            "message":"a share between 0 and 100 %"}]}"""));
        String html = mvc.perform(post("/deelnemer/co2/2025").with(participant()).with(csrf())
                .param("version", "\"2\"").param("electricity.boughtKwh.yearTotal", "20.000")
                .param("electricity.greenSharePercent", "150")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Niet alles is goed ingevuld", "id=\"electricity-greenSharePercent-error\"",
                "Vul een percentage van 0 tot en met 100 in.", "value=\"150\"", "value=\"20.000\"")
                .doesNotContain("Niet opgeslagen", "Zo zou uw footprint zijn");
    }

    @Test
    void aForbiddenSaveSaysSoAndKeepsTheFiguresWithoutAnEstimate() throws Exception {
        participantPlatform.expect(ExpectedCount.once(), requestTo(API + DATA)).andExpect(method(HttpMethod.PUT))
                .andRespond(withStatus(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("{\"status\":403,\"title\":\"Forbidden\"}"));
        String html = mvc.perform(post("/deelnemer/co2/2025").with(participant()).with(csrf())
                .param("version", "\"2\"").param("electricity.boughtKwh.yearTotal", "20.000"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("U mag dit niet doen.", "value=\"20.000\"")
                .doesNotContain("Niet opgeslagen", "Zo zou uw footprint zijn");
    }

    @Test
    void aContactEmailThatIsNotTheParticipantsOwnIsExplainedAboveTheForm() throws Exception {
        participantPlatform.expect(ExpectedCount.once(), requestTo(API + DATA)).andExpect(method(HttpMethod.PUT))
                .andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("""
                                {"status":400,"title":"Bad Request","detail":"Consumption data of 2025 is invalid",
                                 "errors":[{"field":"contactEmail","code":"not-own",
                                            "message":"a participant stores its data under its own e-mail address"}]}"""));
        String html = mvc.perform(post("/deelnemer/co2/2025").with(participant()).with(csrf())
                .param("version", "\"2\"").param("kept:contactEmail", "iemand@anders.example")
                .param("electricity.boughtKwh.yearTotal", "20.000")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Uw gegevens staan altijd op het e-mailadres waarmee u inlogt.", "value=\"20.000\"");
    }

    @Test
    void anUploadedFileIsStoredAndTheFormSaysSo() throws Exception {
        participantPlatform.expect(ExpectedCount.once(), requestTo(API + DATA + "/csv"))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(header("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andRespond(withSuccess("""
                        {"organisationId":"p1","year":2025,"version":3,"data":{"year":2025}}""",
                        MediaType.APPLICATION_JSON).header("ETag", "\"3\""));
        var uploaded = mvc.perform(multipart("/deelnemer/co2/2025/csv")
                .file(new MockMultipartFile("file", "verbruik.csv", "text/csv",
                        "field;value\nelectricity.boughtKwh;20000\n".getBytes(StandardCharsets.UTF_8)))
                .param("version", "\"2\"").with(participant()).with(csrf())).andReturn();
        assertThat(uploaded.getResponse().getRedirectedUrl()).isEqualTo("/deelnemer/co2/2025");
        String html = mvc.perform(get("/deelnemer/co2/2025").with(participant())
                .flashAttrs(uploaded.getFlashMap())).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Het bestand verbruik.csv is ingelezen en opgeslagen.");
    }

    @Test
    void theFootprintHasChartsTablesWarningsAndTheBenchmark() throws Exception {
        String html = page("/deelnemer/co2/2025/footprint");
        assertThat(html).contains("Uw CO2-footprint over 2025", "11,2", "Elektriciteit: 4,8 t",
                "Scope 2 (locatiegebaseerd): 6,6 t", "Scope 3: 0,0 t", "<svg", "role=\"img\"",
                "Voorlopig: er zitten schattingen in.", "Het thema Water is nog leeg",
                "U hoort bij de koplopers: het beste kwart van 7 vergelijkbare organisaties in andere gemeenten.", "13,0 ton");
    }

    @Test
    void theActionPlanOffersTheRecommendationsNotYetTaken() throws Exception {
        String html = page("/actieplan/p1");
        assertThat(html).contains("Groene stroom", "Gepland", "Offerte gevraagd", "Isoleren", "Zet in mijn DuOn-Agenda",
                "name=\"recommendationId\" value=\"R-2\"", "progress-a1-status");
        assertThat(html).doesNotContain("name=\"recommendationId\" value=\"R-1\"");
    }

    @Test
    void anActionWithoutOwnerIsRefusedNextToTheField() throws Exception {
        var result = mvc.perform(post("/actieplan/p1/acties").with(participant()).with(csrf())
                .param("recommendationId", "R-2").param("owner", " ").param("dueDate", "2026-09-01")
                .param("version", "\"4\"")).andReturn();
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("id=\"add-R-2-owner-error\"", "Vul dit veld in.", "value=\"2026-09-01\"");
    }

    @Test
    void myMeetingsShowsUpcomingAndPastWithTheAnswerInDutchTime() throws Exception {
        String html = page("/deelnemer/bijeenkomsten");
        assertThat(html).contains("Mijn bijeenkomsten", "Komende bijeenkomsten", "Kennisbijeenkomst energie",
                "dinsdag 10 maart 2099, 19:30 – 21:30", "Bakkerij De Korrel, Hoofdstraat 1", "Nog niet geantwoord",
                "/deelnemer/bijeenkomsten/m-next/antwoord", "value=\"ACCEPTED\"", "value=\"TENTATIVE\"",
                "value=\"DECLINED\"", "/deelnemer/bijeenkomsten/m-next.ics",
                "Geweest", "Startbijeenkomst", "dinsdag 14 januari 2020, 19:30 – 21:30", "Raadhuis, Leek", "Ik kom");
        // the past meeting takes no answers any more
        assertThat(html).doesNotContain("/deelnemer/bijeenkomsten/m-held/antwoord");
        assertThat(html.indexOf("Kennisbijeenkomst energie")).isLessThan(html.indexOf("Geweest"));
        assertThat(page("/deelnemer/bijeenkomsten?lang=en")).contains("My meetings", "Upcoming meetings",
                "Tuesday 10 March 2099, 19:30 – 21:30", "Not answered yet");
    }

    @Test
    void myMeetingsGivesThePersonalFeedAddressToCopyAndAWebcalLink() throws Exception {
        String html = page("/deelnemer/bijeenkomsten");
        assertThat(html).contains("Uw persoonlijke agenda-adres", "readonly",
                "value=\"http://gateway.test:8080/api/public/meetings/feeds/participants/p1.ics?token=dGVzdA.c2ln\"",
                "href=\"webcal://gateway.test:8080/api/public/meetings/feeds/participants/p1.ics?token=dGVzdA.c2ln\"",
                "Abonneren vanaf internet", "Via URL", "agenda-abonnement", "Nieuw agenda-adres maken");
    }

    @Test
    void anOrganisationWithoutInvitationsYetIsToldWhereItsMeetingsWillAppear() throws Exception {
        participantPlatform.reset();
        answer("/api/gemeenten/current", "{\"displayName\":\"Gemeente Test\"}");
        answer("/api/assessments/cases", "{\"content\":[{\"id\":\"p1\"}]}");
        answer("/api/assessments/cases/p1", CASE);
        // events-service knows the organisation as nobody until its first invitation: both reads are a 404.
        for (String path : List.of(FEED_ADDRESS, MY_MEETINGS)) {
            participantPlatform.expect(ExpectedCount.manyTimes(), requestTo(API + path))
                    .andRespond(withStatus(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                            .body("{\"status\":404,\"title\":\"Not Found\"}"));
        }
        assertThat(page("/deelnemer/bijeenkomsten")).contains("Er staat nu geen bijeenkomst voor u gepland",
                "Zodra u voor een bijeenkomst bent uitgenodigd");
    }

    @Test
    void anUpcomingMeetingThatTakesNoAnswersShowsNoButtons() throws Exception {
        participantPlatform.reset();
        answer("/api/gemeenten/current", "{\"displayName\":\"Gemeente Test\"}");
        answer("/api/assessments/cases", "{\"content\":[{\"id\":\"p1\"}]}");
        answer("/api/assessments/cases/p1", CASE);
        answer(FEED_ADDRESS, """
                {"url":"http://gateway.test:8080/api/public/meetings/feeds/participants/p1.ics?token=dGVzdA.c2ln",
                 "webcalUrl":"webcal://gateway.test:8080/api/public/meetings/feeds/participants/p1.ics?token=dGVzdA.c2ln"}""");
        // Still a proposal elsewhere, cancelled, or the invitation withdrawn since: events-service says it is closed.
        answer(MY_MEETINGS, myMeetings(UPCOMING_NO_REPLY.replace("\"answerable\":true", "\"answerable\":false")));
        String html = page("/deelnemer/bijeenkomsten");
        assertThat(html).contains("Kennisbijeenkomst energie", "Nog niet geantwoord",
                "/deelnemer/bijeenkomsten/m-next.ics");
        assertThat(html).doesNotContain("/deelnemer/bijeenkomsten/m-next/antwoord", "value=\"ACCEPTED\"");
    }

    @Test
    void answeringSendsTheAnswerForTheOwnOrganisationAndSaysThanks() throws Exception {
        participantPlatform.expect(ExpectedCount.once(), requestTo(API + UPCOMING_INVITATION))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().json("{\"response\":\"TENTATIVE\"}"))
                .andRespond(withSuccess(UPCOMING_NO_REPLY.replace("NO_REPLY", "TENTATIVE"),
                        MediaType.APPLICATION_JSON));
        var result = mvc.perform(post("/deelnemer/bijeenkomsten/m-next/antwoord").with(participant()).with(csrf())
                .param("response", "TENTATIVE")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/deelnemer/bijeenkomsten");
        assertThat(result.getFlashMap().get("answeredTitle")).isEqualTo("Kennisbijeenkomst energie");
    }

    @Test
    void anAnswerTheMeetingNoLongerTakesIsShownNextToItAndNothingIsSaid() throws Exception {
        participantPlatform.expect(ExpectedCount.once(), requestTo(API + UPCOMING_INVITATION))
                .andExpect(method(HttpMethod.POST))
                .andRespond(withStatus(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("{\"status\":409,\"title\":\"Conflict\",\"code\":\"rsvp-closed\"}"));
        var result = mvc.perform(post("/deelnemer/bijeenkomsten/m-next/antwoord").with(participant()).with(csrf())
                .param("response", "ACCEPTED")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("Uw antwoord kon niet worden opgeslagen", "Kennisbijeenkomst energie");
        assertThat(html.indexOf("Uw antwoord kon niet worden opgeslagen"))
                .isGreaterThan(html.indexOf("id=\"m-m-next\""));
        assertThat(result.getFlashMap().get("answered")).isNull();
    }

    @Test
    void anAnswerWithoutTheCsrfTokenIsRefused() throws Exception {
        var result = mvc.perform(post("/deelnemer/bijeenkomsten/m-next/antwoord").with(participant())
                .param("response", "ACCEPTED")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aMeetingDownloadsAsAnIcsFile() throws Exception {
        var result = mvc.perform(get("/deelnemer/bijeenkomsten/m-next.ics").with(participant())).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("bijeenkomst.ics");
        assertThat(result.getResponse().getContentAsString()).contains("BEGIN:VEVENT",
                "SUMMARY:Kennisbijeenkomst energie",
                "DTSTART:20990310T183000Z", "LOCATION:Bakkerij De Korrel\\, Hoofdstraat 1");
    }

    @Test
    void anotherRoleIsNotShownSomeOrganisationsMeetings() throws Exception {
        var result = mvc.perform(get("/deelnemer/bijeenkomsten").with(oidcLogin().idToken(token -> token
                .claim("roles", List.of("coordinator")).claim("tenant", "test")
                .claim("email", "co@test.example")))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(result.getResponse().getContentAsString()).doesNotContain("Kennisbijeenkomst energie");
    }
}
