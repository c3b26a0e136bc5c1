package nl.koploper.portal.publicpages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public registration form against a canned platform: after registering, everyone reads the same page, which
 * says nothing of a place, a waiting list or an earlier registration of the organisation; refused fields stand
 * next to their inputs.
 */
@PortalRenderTest
class PublicRegistrationPagesRenderTest {

    private static final String API = "http://gateway.test";
    private static final String REGISTRATIONS = API + "/api/public/cohorts/leek/c-1/registrations";
    private static final String OPEN = """
            {"gemeente":{"slug":"leek","name":"Gemeente Leek","logoUrl":null,"brandColour":null},
             "cohorts":[{"id":"c-1","name":"Koplopers Leek 2027","year":2027,"maxParticipants":15,"placesLeft":0,
                         "waitingList":true,"registrationDeadline":"2027-03-01T23:59:00+01:00"}]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer platform;

    @BeforeEach
    void theGemeentesOpenCohort() {
        platform.reset();
        platform.expect(ExpectedCount.manyTimes(), requestTo(API + "/api/public/cohorts/leek"))
                .andRespond(withSuccess(OPEN, MediaType.APPLICATION_JSON));
    }

    private static MockHttpServletRequestBuilder filledIn(String kvkNumber) {
        return post("/gemeenten/leek/aanmelden/c-1").with(csrf())
                .param("organisationName", "Bakkerij De Vries").param("kvkNumber", kvkNumber)
                .param("type", "COMPANY").param("sbiCode", "1071").param("sizeFte", "4")
                .param("street", "Dorpsstraat").param("houseNumber", "1").param("postalCode", "9351 AB")
                .param("city", "Leek").param("contactName", "Jan de Vries").param("email", "jan@bakkerij.example")
                .param("phone", "0594-501234").param("locale", "nl").param("consent", "true");
    }

    @Test
    void everyRegistrationLeadsToTheSamePageThatTellsNothingOfWhereTheOrganisationStands() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(REGISTRATIONS)).andExpect(method(HttpMethod.POST))
                .andExpect(jsonPath("$.organisation.kvkNumber").value("12345678"))
                .andRespond(withStatus(HttpStatus.ACCEPTED).contentType(MediaType.APPLICATION_JSON)
                        .body("{\"status\":\"RECEIVED\"}"));

        var registered = mvc.perform(filledIn("12345678")).andReturn();
        assertThat(registered.getResponse().getRedirectedUrl()).isEqualTo("/gemeenten/leek/aanmelden/c-1/ontvangen");

        String page = mvc.perform(get("/gemeenten/leek/aanmelden/c-1/ontvangen")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Bedankt voor uw aanmelding", "We hebben uw aanmelding ontvangen.",
                "Daarin staat of uw organisatie een plaats in de Koplopergroep heeft of op de wachtlijst staat.",
                "Was uw organisatie al aangemeld? Dan verandert er niets en komt er geen tweede aanmelding.",
                "de contactpersoon die wij al van uw organisatie kennen", "Gemeente Leek");
        assertThat(page).doesNotContain("heeft een plaats in de Koplopergroep.", "op plaats", "al aangemeld voor");
        // A link that once carried the outcome shows the same page: nothing in it depends on the request.
        String withOldParameters = mvc.perform(get("/gemeenten/leek/aanmelden/c-1/ontvangen")
                .param("status", "WAITLISTED").param("positie", "3")).andReturn().getResponse().getContentAsString();
        assertThat(withOldParameters).isEqualTo(page);
        platform.verify();
    }

    @Test
    void theEnglishPageSaysTheSame() throws Exception {
        String page = mvc.perform(get("/gemeenten/leek/aanmelden/c-1/ontvangen").param("lang", "en")).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Thank you for registering", "We have received your registration.",
                "Was your organisation registered already? Then nothing changes");
    }

    @Test
    void aRefusedFieldStandsNextToItsInputWithWhatWasTypedKept() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(REGISTRATIONS)).andExpect(method(HttpMethod.POST))
                .andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("""
                                {"status":400,"title":"Bad Request","detail":"The registration has invalid values",
                                 "errors":[{"field":"organisation.kvkNumber","code":"not-a-kvk-number",
                                            "message":"must be 8 digits"}]}"""));

        String html = mvc.perform(filledIn("1234")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"kvkNumber-error\"",
                "Vul de 8 cijfers van het KvK-nummer in, bijvoorbeeld 12345678.", "value=\"1234\"",
                "value=\"Bakkerij De Vries\"");
        assertThat(html).doesNotContain("Bedankt voor uw aanmelding");
        platform.verify();
    }
}
