package nl.koploper.portal.coordinator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import nl.koploper.portal.PortalRenderTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.ExpectedCount;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The coordinator's closing page with a granted but secret Koploperprijs and the certificate's criteria per
 * organisation: the announce button, the criteria table with an override and its reason, and the forms' posts.
 */
@PortalRenderTest
class CertificateCriteriaAndAwardRenderTest {

    private static final String API = "http://gateway.test";

    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer platform;

    @BeforeEach
    void cannedAnswers() {
        platform.reset();
        answer("/api/gemeenten/current", "{\"displayName\":\"Gemeente Test\"}");
        answer("/api/cohorts/c1", """
                {"id":"c1","name":"Koplopergroep Test","year":2027,"minimum":2,"maximum":8,"status":"STARTED",
                 "placed":3,"waitlisted":0,"version":7}""");
        answer("/api/cohorts/c1/jury", "{\"jurors\":[\"j@example.nl\"],\"scoringClosedAt\":\"2027-06-01T10:00:00Z\"}");
        answer("/api/cohorts/c1/assignments", "[]");
        answer("/api/cohorts/c1/ranking", """
                {"entries":[{"rank":1,"participantId":"p1","organisationName":"Garage Het Stuur","averageTotal":18.00,"jurors":1}],
                 "scoringClosedAt":"2027-06-01T10:00:00Z",
                 "award":{"participantId":"p1","organisationName":"Garage Het Stuur","topOfRanking":true,
                          "motivation":null,"grantedAt":"2027-06-02T10:00:00Z","announcedAt":null}}""");
        answer("/api/cohorts/c1/certificates", "[]");
        answer("/api/cohorts/c1/certificates/criteria", """
                {"cohortId":"c1","status":"STARTED","minimumMeetingsAttended":2,"organisations":[
                 {"participantId":"p1","organisationName":"Garage Het Stuur","nulmetingCompleted":true,"profilePublished":true,
                  "actionPlanMade":true,"meetingsAttended":3,"meetsCriteria":true,"override":null,"certificateIssued":false},
                 {"participantId":"p2","organisationName":"Bakkerij Korenschoof","nulmetingCompleted":false,"profilePublished":false,
                  "actionPlanMade":false,"meetingsAttended":1,"meetsCriteria":false,"override":null,"certificateIssued":false},
                 {"participantId":"p3","organisationName":"Drukkerij Letterwerk","nulmetingCompleted":false,"profilePublished":true,
                  "actionPlanMade":true,"meetingsAttended":2,"meetsCriteria":false,
                  "override":{"reason":"Nulmeting vervallen door ziekte","overriddenBy":"sub","overriddenAt":"2027-06-03T10:00:00Z"},
                  "certificateIssued":false}]}""");
    }

    private void answer(String path, String json) {
        platform.expect(ExpectedCount.manyTimes(), requestTo(API + path)).andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess(json, MediaType.APPLICATION_JSON).header("ETag", "\"1\""));
    }

    private static RequestPostProcessor coordinator() {
        return oidcLogin().idToken(token -> token.claim("roles", List.of("coordinator")).claim("tenant", "test")
                .claim("email", "coordinator@test.example"));
    }

    @Test
    void aSecretAwardHasAnAnnounceButtonAndTheCriteriaShowPerOrganisationWithTheOverride() throws Exception {
        var result = mvc.perform(get("/coordinator/groepen/c1/afronding").with(coordinator())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("Nog geheim: alleen u en de jury zien de winnaar", "Koploperprijs bekendmaken",
                "/coordinator/groepen/c1/prijs/bekendmaken", "Voorwaarden voor het certificaat",
                "Minimaal aantal bijgewoonde bijeenkomsten", "value=\"2\"", "3 (minimaal 2)",
                "Voldoet: krijgt het certificaat bij afronden",
                "Toch uitgereikt, reden: Nulmeting vervallen door ziekte",
                "Reden om Bakkerij Korenschoof toch een certificaat te geven",
                "/coordinator/groepen/c1/certificaten/p2/toch-uitreiken");
        assertThat(html).as("an override form only for who misses the criteria and has none")
                .doesNotContain("/certificaten/p1/toch-uitreiken").doesNotContain("/certificaten/p3/toch-uitreiken");
        assertThat(html).doesNotContain("Koploperprijs toekennen");
    }

    @Test
    void announcingAndOverridingCallThePlatformAndAnOverrideWithoutReasonDoesNot() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/cohorts/c1/award/announce"))
                .andExpect(method(HttpMethod.POST))
                .andRespond(withSuccess("{\"participantId\":\"p1\",\"organisationName\":\"Garage Het Stuur\"}",
                        MediaType.APPLICATION_JSON));
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/cohorts/c1/certificates/p2/override"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().json("{\"reason\":\"Heeft de nulmeting elders gedaan\"}"))
                .andRespond(withSuccess("{\"participantId\":\"p2\",\"organisationName\":\"Bakkerij Korenschoof\"}",
                        MediaType.APPLICATION_JSON));
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/cohorts/c1/certificates/criteria"))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(content().json("{\"minimumMeetingsAttended\":3}"))
                .andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));

        var announced = mvc.perform(post("/coordinator/groepen/c1/prijs/bekendmaken").with(coordinator()).with(csrf()))
                .andReturn();
        assertThat(announced.getResponse().getRedirectedUrl()).isEqualTo("/coordinator/groepen/c1/afronding#award");
        assertThat(announced.getFlashMap().get("announced")).isEqualTo("Garage Het Stuur");

        var withoutReason = mvc.perform(post("/coordinator/groepen/c1/certificaten/p2/toch-uitreiken")
                .with(coordinator()).with(csrf()).param("reason", "  ")).andReturn();
        assertThat(withoutReason.getFlashMap().get("criteriaError"))
                .isEqualTo("Schrijf waarom deze organisatie toch een certificaat krijgt.");
        var overridden = mvc.perform(post("/coordinator/groepen/c1/certificaten/p2/toch-uitreiken")
                .with(coordinator()).with(csrf()).param("reason", " Heeft de nulmeting elders gedaan ")).andReturn();
        assertThat(overridden.getFlashMap().get("overridden")).isEqualTo("Bakkerij Korenschoof");

        var wrongMinimum = mvc.perform(post("/coordinator/groepen/c1/certificaten/voorwaarden")
                .with(coordinator()).with(csrf()).param("minimumMeetingsAttended", "veel")).andReturn();
        assertThat(wrongMinimum.getFlashMap().get("criteriaError")).isEqualTo("Vul een aantal van 0 tot en met 50 in.");
        var minimum = mvc.perform(post("/coordinator/groepen/c1/certificaten/voorwaarden")
                .with(coordinator()).with(csrf()).param("minimumMeetingsAttended", "3")).andReturn();
        assertThat(minimum.getFlashMap().get("criteriaSaved")).isEqualTo(3);
    }
}
