package nl.koploper.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
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
import org.springframework.test.web.client.ExpectedCount;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The platform team's pages against a canned platform: deactivating a gemeente asks first and says what it means. */
@PortalRenderTest
class AdminPagesRenderTest {

    private static final String API = "http://gateway.test";
    private static final String LEEK = """
            {"slug":"leek","displayName":"Gemeente Leek","active":true,"contact":{"name":"Ria","email":"ria@leek.example"},
             "senderName":"Koplopers Leek","replyTo":"koplopers@leek.example","logoUrl":null,"defaultLocale":"nl",
             "brandColour":"#FFE600","revision":1}""";
    private static final String BAD_COLOUR = """
            {"status":400,"title":"Bad Request","detail":"The gemeente has invalid values",
             "errors":[{"field":"brandColour","code":"invalid-colour","message":"must be a colour as #RRGGBB, e.g. #1A5F8E"}]}""";


    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer platform;

    @BeforeEach
    void cannedAnswers() {
        platform.reset();
        answer("/api/gemeenten?size=100", "{\"content\":[" + LEEK + ","
                + "{\"slug\":\"zuidhorn\",\"displayName\":\"Gemeente Zuidhorn\",\"active\":false,\"contact\":{\"name\":\"Jan\",\"email\":\"jan@zuidhorn.example\"}}]}");
        answer("/api/gemeenten/leek", LEEK);
        answer("/api/assessments/impact/platform", """
                {"totals":{"gemeenten":2,"participants":19,"nulmetingenCompleted":4,"eindmetingenCompleted":0,
                 "actionsDone":1,"actionsPlanned":4}}""");
    }

    private void answer(String path, String json) {
        platform.expect(ExpectedCount.manyTimes(), requestTo(API + path))
                .andRespond(withSuccess(json, MediaType.APPLICATION_JSON).header("ETag", "\"1\""));
    }

    private static RequestPostProcessor platformTeam() {
        return oidcLogin().idToken(token -> token.claim("roles", List.of("platform-admin"))
                .claim("email", "team@koploper.example"));
    }

    private String page(String path) throws Exception {
        var result = mvc.perform(get(path).with(platformTeam())).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    @Test
    void theListLeadsToAConfirmationBeforeDeactivatingAndReactivatesAtOnce() throws Exception {
        String list = page("/beheer");
        assertThat(list).contains("href=\"/beheer/gemeenten/leek/deactiveren\"", "Gemeente Leek deactiveren",
                "action=\"/beheer/gemeenten/zuidhorn/reactivate\"", "Gemeente Zuidhorn weer activeren");
        assertThat(list).doesNotContain("action=\"/beheer/gemeenten/leek/deactivate\"");
    }

    @Test
    void theConfirmationSaysWhatDeactivatingMeans() throws Exception {
        String confirm = page("/beheer/gemeenten/leek/deactiveren");
        assertThat(confirm).contains("Gemeente Leek deactiveren?", "kunnen nog inloggen en alles lezen",
                "Nieuwe aanmeldingen", "er gaat niets verloren", "action=\"/beheer/gemeenten/leek/deactivate\"",
                "Ja, Gemeente Leek deactiveren", "Nee, terug naar de gemeenten");
    }

    @Test
    void theListShowsEachGemeentesColourAndLeadsToChangingIt() throws Exception {
        assertThat(page("/beheer")).contains("<th scope=\"col\">Huisstijlkleur</th>", "#FFE600",
                "href=\"/beheer/gemeenten/leek/huisstijl\"", "Kleur van Gemeente Leek wijzigen",
                "<label for=\"brandColour\">Huisstijlkleur (mag leeg)</label>", "bijvoorbeeld #1A5F8E");
    }

    @Test
    void theColourPageSaysWhatThePortalMakesOfTheColour() throws Exception {
        assertThat(page("/beheer/gemeenten/leek/huisstijl")).contains("Huisstijlkleur van Gemeente Leek",
                "Huisstijlkleur: #FFE600", "De kop krijgt donkere tekst (contrast 13,1:1).",
                "Links en knoppen houden de kleur van het Koploperproject", "(1,3:1, minstens 4,5:1 nodig)",
                "value=\"#FFE600\"", "action=\"/beheer/gemeenten/leek/huisstijl\"");
    }

    @Test
    void aChangedColourGoesBackWithEverythingElseAsReadAndTheVersionRead() throws Exception {
        platform.reset();
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/gemeenten/leek")).andExpect(method(HttpMethod.PUT))
                .andExpect(header("If-Match", "\"1\""))
                .andExpect(jsonPath("$.brandColour").value("#1a5f8e"))
                .andExpect(jsonPath("$.displayName").value("Gemeente Leek"))
                .andExpect(jsonPath("$.contact.email").value("ria@leek.example"))
                .andExpect(jsonPath("$.senderName").value("Koplopers Leek"))
                .andExpect(jsonPath("$.replyTo").value("koplopers@leek.example"))
                .andExpect(jsonPath("$.defaultLocale").value("nl"))
                .andRespond(withSuccess(LEEK.replace("#FFE600", "#1A5F8E"), MediaType.APPLICATION_JSON)
                        .header("ETag", "\"2\""));
        answer("/api/gemeenten/leek", LEEK);
        // typed without the #: the portal adds it
        var result = mvc.perform(post("/beheer/gemeenten/leek/huisstijl").with(platformTeam()).with(csrf())
                .param("brandColour", " 1a5f8e ")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/beheer");
        assertThat(result.getFlashMap().get("colourChanged")).isEqualTo("Gemeente Leek");
        platform.verify();
    }

    @Test
    void aBadColourIsRefusedWithTheMessageNextToTheFieldAndWhatWasTypedKept() throws Exception {
        platform.reset();
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/gemeenten/leek")).andExpect(method(HttpMethod.PUT))
                .andExpect(jsonPath("$.brandColour").value("blauw"))
                .andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(BAD_COLOUR));
        answer("/api/gemeenten/leek", LEEK);
        String html = mvc.perform(post("/beheer/gemeenten/leek/huisstijl").with(platformTeam()).with(csrf())
                .param("brandColour", "blauw")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"brandColour-error\"",
                "Vul een kleur in als # met zes tekens 0-9 of A-F, bijvoorbeeld #1A5F8E, of laat het veld leeg.",
                "value=\"blauw\"", "aria-invalid=\"true\"", "Huisstijlkleur: #FFE600");
    }

    @Test
    void aBadColourAtRegistrationIsRefusedNextToItsFieldWithEverythingTypedKept() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(API + "/api/gemeenten")).andExpect(method(HttpMethod.POST))
                .andExpect(jsonPath("$.brandColour").value("#12345"))
                .andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(BAD_COLOUR));
        String html = mvc.perform(post("/beheer/gemeenten").with(platformTeam()).with(csrf())
                .param("displayName", "Gemeente Kleur").param("slug", "kleur").param("contactName", "Ria")
                .param("contactEmail", "ria@kleur.example").param("senderName", "Koplopers Kleur")
                .param("replyTo", "koplopers@kleur.example").param("brandColour", "#12345"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"brandColour-error\"", "Vul een kleur in als # met zes tekens",
                "value=\"#12345\"", "value=\"Gemeente Kleur\"", "value=\"ria@kleur.example\"");
    }
}
