package nl.koploper.portal.coordinator;

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

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.koploper.portal.PortalRenderTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.ExpectedCount;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The coordinator's network activities (planning one for the whole network and guests, moving it), the impact report
 * of all the gemeente's groups, and assigning an advisor picked by name: rendered against a canned platform whose
 * JSON is shaped as the services send it. A call the platform did not expect fails the test, so a form refused here
 * proves the platform was not asked.
 */
@PortalRenderTest
class NetworkImpactAdvisorRenderTest {

    private static final String API = "http://gateway.test";

    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer platform;

    /** cohort-service's PageView of NetworkMemberView: one member, one that left. */
    private static final String NETWORK = """
            {"content":[
             {"id":"n1","organisationName":"Bakkerij De Korenschoof","kvkNumber":"12345678","contactName":"Anne",
              "contactEmail":"anne@example.nl","contactPhone":null,"cohortId":"c0","cohortName":"Koplopergroep 2026",
              "cohortYear":2026,"status":"ACTIVE","joinedAt":"2026-12-01T10:00:00Z","leftAt":null,"leaveReason":null},
             {"id":"n2","organisationName":"Drukkerij Letterwerk","kvkNumber":"87654321","contactName":"Dirk",
              "contactEmail":"dirk@example.nl","contactPhone":null,"cohortId":"c0","cohortName":"Koplopergroep 2026",
              "cohortYear":2026,"status":"LEFT","joinedAt":"2026-12-01T10:00:00Z","leftAt":"2027-02-03T10:00:00Z",
              "leaveReason":"Bedrijf verhuisd"}],"page":0,"size":100,"totalElements":2,"totalPages":1}""";

    /** events-service's MeetingView of a network activity: no group, still to come. */
    private static final String ACTIVITY = """
            {"id":"m7","cohortId":null,"type":"NETWORK_ACTIVITY","title":"Netwerkontbijt","description":null,
             "start":"2099-04-08T08:00:00+02:00","end":"2099-04-08T09:30:00+02:00","zone":"Europe/Amsterdam",
             "location":{"address":"Het Raadhuis","onlineUrl":null},"capacity":null,"placesLeft":null,
             "status":"SCHEDULED","uid":"m7@koploper","sequence":0,"cancellationReason":null,
             "invitations":[{"id":"i1","kind":"NETWORK_MEMBER","participantId":"n1","name":"Anne",
               "email":"anne@example.nl","locale":"nl","active":true,"response":"ACCEPTED","waiting":false,
               "attendance":null}],
             "waitingList":[],"locationToBeDecided":false,"programme":[],"award":null,"version":3}""";

    /** A network activity that was called off, with its reason. */
    private static final String CANCELLED = """
            {"id":"m8","cohortId":null,"type":"NETWORK_ACTIVITY","title":"Zomerborrel","start":"2026-07-02T17:00:00+02:00",
             "end":"2026-07-02T19:00:00+02:00","location":{"address":"Strandpaviljoen"},"status":"CANCELLED",
             "cancellationReason":"Te weinig aanmeldingen","invitations":[],"locationToBeDecided":false,"version":2}""";

    /** assessment-service's ImpactReport over every group (cohortId null), organisations of two groups. */
    private static final String IMPACT_ALL = """
            {"gemeente":"test","gemeenteName":"Gemeente Test","cohortId":null,"participants":3,
             "nulmetingenCompleted":3,"eindmetingenCompleted":1,"actionsPlanned":7,"actionsDone":4,
             "co2":{"participantsWithBoth":1,"baselineKg":12000.0,"finalKg":9000.45,"changeKg":-2999.55,"changePercent":-25.0},
             "largestThemes":[{"theme":"ELECTRICITY","baselineKg":4830,"finalKg":3000.5,"changeKg":-1829.5,"changePercent":-37.9}],
             "attendance":{"meetings":2,"invited":3,"attended":2,"overallRate":66.7,"perParticipant":[
              {"caseId":"k1","organisationName":"Garage Het Stuur","cohortId":"c1","invited":1,"attended":1,"rate":100.0},
              {"caseId":"k9","organisationName":"Hotel De Brug","cohortId":"c0","invited":2,"attended":1,"rate":50.0}]}}""";

    private static final String COHORTS = """
            {"content":[{"id":"c0","name":"Koplopergroep 2026","year":2026,"status":"COMPLETED","placed":9,"maximum":12,"waitlisted":0},
                        {"id":"c1","name":"Koplopergroep Test","year":2027,"status":"STARTED","placed":2,"maximum":8,"waitlisted":0}]}""";

    /** assessment-service's PageView of CaseSummary over every group: one advisor on two cases, one case without. */
    private static final String ALL_CASES = """
            {"content":[
             {"id":"k1","cohortId":"c1","participantId":"p1","organisationName":"Garage Het Stuur","status":"PROFILE_PUBLISHED",
              "advisorId":"kc-7f3a","advisorName":"Sanne de Vries","visitStart":null,"version":3},
             {"id":"k9","cohortId":"c0","participantId":"p9","organisationName":"Hotel De Brug","status":"CLOSED",
              "advisorId":"kc-7f3a","advisorName":"Sanne de Vries","visitStart":null,"version":8},
             {"id":"k2","cohortId":"c1","participantId":"p2","organisationName":"Bakkerij Korenschoof","status":"TO_PLAN",
              "advisorId":null,"advisorName":null,"visitStart":null,"version":1}],
             "page":0,"size":100,"totalElements":3,"totalPages":1}""";

    /** assessment-service's advisor register of the gemeente. */
    private static final String REGISTER = """
            [{"id":"kc-7f3a","name":"Sanne de Vries","email":"sanne@adviesbureau.nl","organisation":"Adviesbureau De Vries",
              "registeredAt":"2026-11-01T10:00:00Z","version":0}]""";

    @BeforeEach
    void cannedAnswers() {
        platform.reset();
        answer("/api/gemeenten/current", "{\"displayName\":\"Gemeente Test\"}");
        answer("/api/cohorts/network?includeFormer=true&size=100", NETWORK);
        answer("/api/meetings?size=100", """
                {"content":[
                 {"id":"m1","cohortId":"c1","type":"KNOWLEDGE_SESSION","title":"Kennissessie","status":"SCHEDULED",
                  "start":"2027-03-01T19:30:00+01:00","end":"2027-03-01T21:30:00+01:00","invitations":[]},
                 %s, %s],"page":0,"size":100,"totalElements":3,"totalPages":1}""".formatted(CANCELLED, ACTIVITY));
        answer("/api/meetings/m7", ACTIVITY);
        answer("/api/assessments/impact", IMPACT_ALL);
        answer("/api/cohorts?size=100", COHORTS);
        answer("/api/assessments/cases?size=100&page=0", ALL_CASES);
        answer("/api/assessments/advisors", REGISTER);
        answer("/api/assessments/cases/k1", """
                {"id":"k1","cohortId":"c1","participantId":"p1","organisation":{"name":"Garage Het Stuur"},
                 "status":"PROFILE_PUBLISHED","advisor":{"id":"kc-7f3a","name":"Sanne de Vries",
                 "email":"sanne@adviesbureau.nl","locale":"nl"},"version":3}""");
        answer("/api/assessments/cases/k2", """
                {"id":"k2","cohortId":"c1","participantId":"p2","organisation":{"name":"Bakkerij Korenschoof"},
                 "status":"TO_PLAN","advisor":null,"version":1}""");
    }

    private void answer(String path, String json) {
        platform.expect(ExpectedCount.manyTimes(), requestTo(API + path)).andExpect(method(HttpMethod.GET))
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

    // --- network activities

    @Test
    void theNetworkPageOffersPlanningAndMovingItsActivities() throws Exception {
        String html = page("/coordinator/netwerk");
        assertThat(html).contains("Activiteit plannen", "/coordinator/netwerk/activiteit", "Netwerkontbijt",
                "Het Raadhuis", "1 uitgenodigd, 1 komen, 0 komen niet", "Netwerkontbijt: verzetten of annuleren",
                "/coordinator/bijeenkomsten/m7/verzetten", "Zomerborrel", "Reden: Te weinig aanmeldingen",
                "Impact van alle Koplopergroepen", "href=\"/coordinator/impact\"");
        assertThat(html).as("a cancelled activity cannot be moved").doesNotContain("/coordinator/bijeenkomsten/m8/");
        assertThat(html).as("a group's meeting is not the network's").doesNotContain("Kennissessie");
    }

    @Test
    void theNetworkActivityFormInvitesTheWholeNetworkAndAsksForGuests() throws Exception {
        String html = page("/coordinator/netwerk/activiteit");
        assertThat(html).contains("Netwerkactiviteit plannen", "← Koplopernetwerk",
                "Alle leden van het netwerk (1)", "Gasten (optioneel)", "naam, komma, e-mailadres",
                "action=\"/coordinator/netwerk/activiteit\"", "name=\"_inviteNetwork\"");
        assertThat(html).containsPattern("id=\"inviteNetwork\" name=\"inviteNetwork\" value=\"true\"\\s+checked");
        assertThat(html).containsPattern("name=\"requestKey\" value=\"[0-9a-f-]{36}\"");
        assertThat(html).as("the kind is fixed, no group's participants to tick")
                .doesNotContain("Soort bijeenkomst", "Kennisbijeenkomst", "name=\"invitees\"");
    }

    @Test
    void aNetworkActivityIsPlannedForTheNetworkAndItsGuestsWithTheFormsKey() throws Exception {
        String key = "0b7e2c1a-8d44-4a55-b0e1-6f3c2a9d7e10";
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/meetings")).andExpect(method(HttpMethod.POST))
                .andExpect(header("Idempotency-Key", key))
                .andExpect(content().json("""
                        {"cohortId":null,"type":"NETWORK_ACTIVITY","title":"Netwerkontbijt","description":null,
                         "start":"2027-04-08T08:00","end":"2027-04-08T09:30",
                         "location":{"address":"Het Raadhuis"},"capacity":40,
                         "invitees":{"inviteNetwork":true,"guests":[
                           {"name":"Vries, Jan de","email":"jan@ondernemersvereniging.nl","locale":"nl"},
                           {"name":"Wethouder Bos","email":"bos@gemeente.example","locale":"nl"}]},
                         "propose":false}""", true))
                .andRespond(withSuccess(ACTIVITY, MediaType.APPLICATION_JSON));
        var result = mvc.perform(post("/coordinator/netwerk/activiteit").with(coordinator()).with(csrf())
                .param("requestKey", key).param("title", " Netwerkontbijt ").param("date", "2027-04-08")
                .param("startTime", "08:00").param("endTime", "09:30").param("address", "Het Raadhuis")
                .param("capacity", "40").param("inviteNetwork", "true").param("_inviteNetwork", "on")
                .param("guests", "Vries, Jan de, jan@ondernemersvereniging.nl\n\n  Wethouder Bos, bos@gemeente.example "))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/coordinator/netwerk");
        assertThat(result.getFlashMap().get("planned")).isEqualTo("Netwerkontbijt");
    }

    @Test
    void aWrongGuestLineIsSaidAtTheGuestsWithEverythingTypedKept() throws Exception {
        String html = mvc.perform(post("/coordinator/netwerk/activiteit").with(coordinator()).with(csrf())
                .param("title", "Netwerkontbijt").param("date", "2027-04-08").param("startTime", "08:00")
                .param("endTime", "09:30").param("_inviteNetwork", "on")
                .param("guests", "Jan de Vries, jan@ondernemersvereniging.nl\nPiet zonder adres"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Regel 2 is geen naam met e-mailadres: &quot;Piet zonder adres&quot;.",
                "id=\"guests-error\"", "Vul een adres of een online link in.", "id=\"address-error\"",
                "value=\"Netwerkontbijt\"", "Jan de Vries, jan@ondernemersvereniging.nl\nPiet zonder adres</textarea>");
        assertThat(html).as("the network stays unticked as sent")
                .doesNotContainPattern("id=\"inviteNetwork\" name=\"inviteNetwork\" value=\"true\"\\s+checked");
    }

    @Test
    void anActivityForNobodyIsRefusedBeforeThePlatformSeesIt() throws Exception {
        String html = mvc.perform(post("/coordinator/netwerk/activiteit").with(coordinator()).with(csrf())
                .param("title", "Netwerkontbijt").param("date", "2027-04-08").param("startTime", "08:00")
                .param("endTime", "09:30").param("address", "Het Raadhuis").param("_inviteNetwork", "on"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Nodig het netwerk uit of vul minstens één gast in.", "value=\"Het Raadhuis\"");
    }

    @Test
    void aGuestThePlatformRefusesIsSaidAtTheGuests() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/meetings")).andExpect(method(HttpMethod.POST))
                .andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
                        {"status":400,"title":"Bad Request","detail":"The meeting is not valid",
                         "errors":[{"field":"invitees.guests[0].locale","code":"unsupported",
                                    "message":"The locale is nl or en; got 'fr'"}]}"""));
        String html = mvc.perform(post("/coordinator/netwerk/activiteit").with(coordinator()).with(csrf())
                .param("title", "Netwerkontbijt").param("date", "2027-04-08").param("startTime", "08:00")
                .param("endTime", "09:30").param("address", "Het Raadhuis").param("inviteNetwork", "true")
                .param("guests", "Jan de Vries, jan@example.nl")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"guests-error\"", "Jan de Vries, jan@example.nl</textarea>");
    }

    @Test
    void aMovedNetworkActivityLeadsBackToTheNetwork() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/meetings/m7/reschedule"))
                .andExpect(header("If-Match", "\"3\""))
                .andRespond(withSuccess(ACTIVITY, MediaType.APPLICATION_JSON));
        assertThat(page("/coordinator/bijeenkomsten/m7/verzetten")).contains("Netwerkontbijt verzetten of annuleren",
                "← Koplopernetwerk", "href=\"/coordinator/netwerk\"", "value=\"08:00\"");
        var result = mvc.perform(post("/coordinator/bijeenkomsten/m7/verzetten").with(coordinator()).with(csrf())
                .param("version", "\"3\"").param("date", "2099-04-15").param("startTime", "08:00")
                .param("endTime", "09:30").param("address", "Het Raadhuis")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/coordinator/netwerk");
        assertThat(result.getFlashMap().get("rescheduled")).isEqualTo("Netwerkontbijt");
    }

    // --- the impact of all groups

    @Test
    void theGemeentesImpactCoversEveryGroup() throws Exception {
        String html = page("/coordinator/impact");
        assertThat(html).contains("Impact van alle Koplopergroepen", "3 deelnemers", "3 van 3 nulmetingen afgerond",
                "4 van de 7 geplande acties zijn afgerond; 3 lopen nog.", "Totaal, nulmeting: 12,0 t",
                "Elektriciteit, eindmeting: 3,0 t", "−37,9 %", "2 bijeenkomsten: 2 van de 3 uitnodigingen aanwezig",
                "<td>Koplopergroep 2026</td>", "<td>Koplopergroep Test</td>", "Hotel De Brug",
                "href=\"/coordinator/impact.pdf\"", "href=\"/coordinator/impact.csv\"",
                "href=\"/coordinator/groepen/c1/impact\"", "Impact van Koplopergroep Test");
        assertThat(html).as("no group's tabs").doesNotContain("/coordinator/groepen/c1/voortgang");
        assertThat(page("/coordinator/impact?lang=en")).contains("Impact of all Koplopergroepen",
                "Electricity, baseline: 4,8 t");
    }

    @Test
    void beforeAnyGroupStartedTheGemeentesImpactSaysThereAreNoFiguresYet() throws Exception {
        platform.reset();
        answer("/api/gemeenten/current", "{\"displayName\":\"Gemeente Test\"}");
        answer("/api/cohorts?size=100", COHORTS);
        answer("/api/assessments/impact", """
                {"gemeente":"test","gemeenteName":"Gemeente Test","cohortId":null,"participants":0,
                 "nulmetingenCompleted":0,"eindmetingenCompleted":0,"actionsPlanned":0,"actionsDone":0,
                 "co2":{"participantsWithBoth":0,"baselineKg":null,"finalKg":null,"changeKg":null,"changePercent":null},
                 "largestThemes":[],"attendance":{"meetings":0,"invited":0,"attended":0,"overallRate":null,"perParticipant":[]}}""");
        assertThat(page("/coordinator/impact")).contains("Er zijn nog geen cijfers.").doesNotContain("impact.csv");
    }

    @Test
    void theGemeentesImpactCsvNamesEachOrganisationsGroup() throws Exception {
        var response = mvc.perform(get("/coordinator/impact.csv").with(coordinator())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).contains("attachment",
                "impactrapportage-alle-groepen.csv");
        String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFImpactrapportage;Alle Koplopergroepen;Gemeente Test\r\n")
                .contains("Deelnemers;3\r\n", "Totaal;12000;9000,5;-2999,6;-25\r\n",
                        "Koplopergroep;Organisatie;Uitgenodigd;Aanwezig;Aanwezigheid (%)\r\n",
                        "Koplopergroep Test;Garage Het Stuur;1;1;100\r\n",
                        "Koplopergroep 2026;Hotel De Brug;2;1;50\r\n");
    }

    @Test
    void theGemeentesImpactPdfIsTheServicesOwn() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/assessments/impact.pdf"))
                .andRespond(withSuccess("%PDF-1.7 all".getBytes(), MediaType.APPLICATION_PDF)
                        .header("Content-Disposition", "inline; filename=\"impactrapportage.pdf\""));
        var response = mvc.perform(get("/coordinator/impact.pdf").with(coordinator())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getContentAsString()).isEqualTo("%PDF-1.7 all");
    }

    @Test
    void theStartPageLinksTheGemeentesImpact() throws Exception {
        platform.reset();
        answer("/api/gemeenten/current", "{\"displayName\":\"Gemeente Test\"}");
        answer("/api/cohorts?size=100", """
                {"content":[{"id":"c0","name":"Koplopergroep 2026","year":2026,"status":"COMPLETED","placed":9,"maximum":12,"waitlisted":0}]}""");
        answer("/api/notifications/deliveries?size=1&status=FAILED", "{\"content\":[],\"totalElements\":0}");
        answer("/api/cohorts/c0/participants?size=100", "{\"content\":[]}");
        answer("/api/meetings?cohortId=c0&size=100", "{\"content\":[]}");
        assertThat(page("/coordinator")).contains("href=\"/coordinator/impact\"", "Impact van alle Koplopergroepen");
    }

    @Test
    void aParticipantOrAdvisorGetsNoAccessToTheseCoordinatorPages() throws Exception {
        for (String role : List.of("participant", "advisor")) {
            var someone = oidcLogin().idToken(token -> token.claim("roles", List.of(role)).claim("tenant", "test")
                    .claim("email", "anne@example.nl"));
            for (String path : List.of("/coordinator/impact", "/coordinator/impact.csv", "/coordinator/netwerk/activiteit",
                    "/coordinator/groepen/c1/adviseur/k2", "/coordinator/adviseurs")) {
                var result = mvc.perform(get(path).with(someone)).andReturn();
                assertThat(result.getResponse().getStatus()).as(role + " " + path).isEqualTo(403);
                assertThat(result.getResponse().getContentAsString()).as(path).contains("Geen toegang")
                        .doesNotContain("Gemeente Test;", "Sanne de Vries");
            }
        }
    }

    // --- an advisor picked by name

    @Test
    void theAdvisorFormOffersTheGemeentesAdvisorsByName() throws Exception {
        String html = page("/coordinator/groepen/c1/adviseur/k2");
        assertThat(html).contains("Adviseur voor Bakkerij Korenschoof", "De adviseurs van de gemeente",
                "Sanne de Vries (sanne@adviesbureau.nl, Adviesbureau De Vries)", "value=\"kc-7f3a\"",
                "Een nieuwe adviseur", "Naam van de adviseur", "E-mailadres van de adviseur",
                "Organisatie van de adviseur");
        assertThat(html.split("Sanne de Vries", -1)).as("once, though on two cases").hasSize(2);
        assertThat(html).doesNotContainPattern("checked=\"checked\"[^>]*>\\s*<label[^>]*>Sanne");
    }

    @Test
    void theCurrentAdvisorIsTheOnePicked() throws Exception {
        assertThat(page("/coordinator/groepen/c1/adviseur/k1"))
                .containsPattern("value=\"kc-7f3a\"\\s+checked=\"checked\"");
    }

    @Test
    void anAdvisorAssignedBeforeTheRegisterIsFoundInItByTheirAddress() throws Exception {
        answer("/api/assessments/cases/k3", """
                {"id":"k3","cohortId":"c1","participantId":"p3","organisation":{"name":"Drukkerij Letterwerk"},
                 "status":"TO_PLAN","advisor":{"id":"user-0b1c","name":"Sanne de Vries",
                 "email":"Sanne@Adviesbureau.nl","locale":"nl"},"version":4}""");
        assertThat(page("/coordinator/groepen/c1/adviseur/k3"))
                .containsPattern("value=\"kc-7f3a\"\s+checked=\"checked\"")
                .doesNotContainPattern("value=\"other\"\s+checked=\"checked\"");
    }

    @Test
    void aPickedAdvisorIsAssignedWithTheirOwnIdAndAddress() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/assessments/cases/k2/advisor"))
                .andExpect(method(HttpMethod.PUT)).andExpect(header("If-Match", "\"1\""))
                .andExpect(content().json("""
                        {"advisorId":"kc-7f3a","locale":"nl"}""", true))
                .andRespond(withSuccess("""
                        {"id":"k2","cohortId":"c1","organisation":{"name":"Bakkerij Korenschoof"},"version":2}""",
                        MediaType.APPLICATION_JSON));
        var result = mvc.perform(post("/coordinator/groepen/c1/adviseur/k2").with(coordinator()).with(csrf())
                .param("version", "\"1\"").param("choice", "kc-7f3a").param("advisorName", "")
                .param("advisorEmail", "").param("locale", "nl")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/coordinator/groepen/c1/voortgang");
        assertThat(result.getFlashMap().get("advisorAssigned")).isEqualTo(List.of("Sanne de Vries",
                "Bakkerij Korenschoof"));
    }

    @Test
    void anotherAdvisorIsTypedAsBeforeAndABadAddressIsSaidAtItsField() throws Exception {
        String html = mvc.perform(post("/coordinator/groepen/c1/adviseur/k2").with(coordinator()).with(csrf())
                .param("version", "\"1\"").param("choice", "other").param("advisorName", "Piet Jansen")
                .param("advisorEmail", "piet@").param("advisorOrganisation", "").param("locale", "nl"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"advisorEmail-error\"", "id=\"advisorOrganisation-error\"",
                "value=\"Piet Jansen\"", "value=\"piet@\"");
        assertThat(html).containsPattern("value=\"other\"\\s+checked=\"checked\"");
        assertThat(html).doesNotContain("id=\"choice-error\"");
    }

    @Test
    void aNewAdvisorIsAddedToTheRegisterAndThenAssigned() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/assessments/advisors"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().json("""
                        {"name":"Piet Jansen","email":"piet@jansen.nl","organisation":"Jansen Advies"}""", true))
                .andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body("""
                        {"id":"adv-9","name":"Piet Jansen","email":"piet@jansen.nl","organisation":"Jansen Advies",
                         "version":0}"""));
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/assessments/cases/k2/advisor"))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(content().json("""
                        {"advisorId":"adv-9","locale":"en"}""", true))
                .andRespond(withSuccess("""
                        {"id":"k2","cohortId":"c1","organisation":{"name":"Bakkerij Korenschoof"},"version":2}""",
                        MediaType.APPLICATION_JSON));
        var result = mvc.perform(post("/coordinator/groepen/c1/adviseur/k2").with(coordinator()).with(csrf())
                .param("version", "\"1\"").param("choice", "other").param("advisorName", " Piet Jansen ")
                .param("advisorEmail", "piet@jansen.nl").param("advisorOrganisation", "Jansen Advies ")
                .param("locale", "en")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/coordinator/groepen/c1/voortgang");
        assertThat(result.getFlashMap().get("advisorAssigned")).isEqualTo(List.of("Piet Jansen",
                "Bakkerij Korenschoof"));
    }

    @Test
    void aNewAdvisorWhoseAddressIsInTheRegisterAlreadyIsSaidAtTheAddressAndNotAssigned() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/assessments/advisors"))
                .andExpect(method(HttpMethod.POST))
                .andRespond(withStatus(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("{\"status\":409,\"title\":\"Conflict\",\"rule\":\"advisor-email-taken\"}"));
        platform.expect(ExpectedCount.never(), requestTo(API + "/api/assessments/cases/k2/advisor"))
                .andExpect(method(HttpMethod.PUT));
        String html = mvc.perform(post("/coordinator/groepen/c1/adviseur/k2").with(coordinator()).with(csrf())
                .param("version", "\"1\"").param("choice", "other").param("advisorName", "Sanne")
                .param("advisorEmail", "Sanne@adviesbureau.nl").param("advisorOrganisation", "De Vries")
                .param("locale", "nl")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"advisorEmail-error\"",
                "Dit adres staat al bij een adviseur van de gemeente: kies die adviseur in de lijst.",
                "value=\"Sanne@adviesbureau.nl\"");
    }

    @Test
    void aBadNewAdvisorIsNotSentToTheRegister() throws Exception {
        platform.expect(ExpectedCount.never(), requestTo(API + "/api/assessments/advisors"))
                .andExpect(method(HttpMethod.POST));
        String html = mvc.perform(post("/coordinator/groepen/c1/adviseur/k2").with(coordinator()).with(csrf())
                .param("version", "\"1\"").param("choice", "other").param("advisorName", "Piet Jansen")
                .param("advisorEmail", "piet@jansen.nl").param("advisorOrganisation", " ").param("locale", "nl"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"advisorOrganisation-error\"").doesNotContain("id=\"advisorEmail-error\"");
    }

    @Test
    void nothingPickedOrTypedIsSaidAtTheChoice() throws Exception {
        String html = mvc.perform(post("/coordinator/groepen/c1/adviseur/k2").with(coordinator()).with(csrf())
                .param("version", "\"1\"").param("advisorName", "").param("advisorEmail", "").param("locale", "nl"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains(
                "Kies een adviseur, of kies een nieuwe adviseur en vul naam, e-mailadres en organisatie in.",
                "id=\"choice-error\"");
    }

    @Test
    void anAdvisorNoLongerListedIsNotAssigned() throws Exception {
        String html = mvc.perform(post("/coordinator/groepen/c1/adviseur/k2").with(coordinator()).with(csrf())
                .param("version", "\"1\"").param("choice", "kc-elders").param("locale", "nl"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Deze adviseur staat niet meer in de lijst. Kies opnieuw.");
    }

    // --- the advisor register

    @Test
    void theRegisterListsTheGemeentesAdvisorsWithAFormToAddOne() throws Exception {
        String html = page("/coordinator/adviseurs");
        assertThat(html).contains("Adviseurs van de gemeente", "Sanne de Vries", "sanne@adviesbureau.nl",
                "Adviesbureau De Vries", "Verwijder Sanne de Vries", "Adviseur toevoegen", "name=\"organisation\"");
    }

    @Test
    void anAdvisorIsAddedToTheRegister() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/assessments/advisors"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().json("""
                        {"name":"Piet Jansen","email":"piet@jansen.nl","organisation":"Jansen Advies"}""", true))
                .andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                        .body("{\"id\":\"adv-9\",\"name\":\"Piet Jansen\"}"));
        var result = mvc.perform(post("/coordinator/adviseurs").with(coordinator()).with(csrf())
                .param("name", " Piet Jansen").param("email", "piet@jansen.nl ")
                .param("organisation", "Jansen Advies")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/coordinator/adviseurs");
        assertThat(result.getFlashMap().get("added")).isEqualTo("Piet Jansen");
    }

    @Test
    void whatTheRegisterRefusesIsSaidAtItsField() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/assessments/advisors"))
                .andExpect(method(HttpMethod.POST))
                .andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
                        {"status":400,"title":"Bad Request","errors":[
                          {"field":"organisation","code":"required","message":"Give the organisation"}]}"""));
        String html = mvc.perform(post("/coordinator/adviseurs").with(coordinator()).with(csrf())
                .param("name", "Piet Jansen").param("email", "piet@jansen.nl").param("organisation", ""))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"organisation-error\"", "value=\"Piet Jansen\"", "value=\"piet@jansen.nl\"");
    }

    @Test
    void anAddressAlreadyInTheRegisterIsSaidAtTheAddress() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/assessments/advisors"))
                .andExpect(method(HttpMethod.POST))
                .andRespond(withStatus(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("{\"status\":409,\"title\":\"Conflict\",\"rule\":\"advisor-email-taken\"}"));
        String html = mvc.perform(post("/coordinator/adviseurs").with(coordinator()).with(csrf())
                .param("name", "Sanne").param("email", "sanne@adviesbureau.nl").param("organisation", "X"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"email-error\"", "Dit e-mailadres staat al bij een adviseur in de lijst.");
    }

    @Test
    void anAdvisorStillAssignedIsNotRemoved() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/assessments/advisors/kc-7f3a"))
                .andExpect(method(HttpMethod.DELETE))
                .andRespond(withStatus(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("{\"status\":409,\"title\":\"Conflict\",\"rule\":\"advisor-assigned\"}"));
        String html = mvc.perform(post("/coordinator/adviseurs/kc-7f3a/verwijderen").with(coordinator()).with(csrf())
                .param("name", "Sanne de Vries")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Sanne de Vries is nog adviseur van een of meer organisaties.");
    }

    @Test
    void anAdvisorNoLongerAssignedIsRemoved() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/assessments/advisors/kc-7f3a"))
                .andExpect(method(HttpMethod.DELETE))
                .andRespond(withStatus(HttpStatus.NO_CONTENT));
        var result = mvc.perform(post("/coordinator/adviseurs/kc-7f3a/verwijderen").with(coordinator()).with(csrf())
                .param("name", "Sanne de Vries")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/coordinator/adviseurs");
        assertThat(result.getFlashMap().get("removed")).isEqualTo("Sanne de Vries");
    }
}
