package nl.koploper.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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

/** The platform team's pages against a canned platform: deactivating a gemeente asks first and says what it means. */
@PortalRenderTest
class AdminPagesRenderTest {

    private static final String API = "http://gateway.test";
    private static final String LEEK = """
            {"slug":"leek","displayName":"Gemeente Leek","active":true,"contact":{"name":"Ria","email":"ria@leek.example"}}""";


    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer platform;

    @BeforeEach
    void cannedAnswers() {
        platform.reset();
        answer("/api/tenants?size=100", "{\"content\":[" + LEEK + ","
                + "{\"slug\":\"zuidhorn\",\"displayName\":\"Gemeente Zuidhorn\",\"active\":false,\"contact\":{\"name\":\"Jan\",\"email\":\"jan@zuidhorn.example\"}}]}");
        answer("/api/tenants/leek", LEEK);
        answer("/api/assessments/impact/platform", """
                {"totals":{"gemeenten":2,"participants":19,"baselineReviewed":4,"finalReviewed":0,"actionsDone":1,
                 "actionsPlanned":4}}""");
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
}
