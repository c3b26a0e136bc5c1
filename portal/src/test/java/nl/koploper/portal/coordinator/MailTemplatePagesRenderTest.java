package nl.koploper.portal.coordinator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withNoContent;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The coordinator's mail text pages against a canned notification-service (answers shaped as its
 * {@code TemplateController} records): the list, the standard text and placeholders, the preview kept inside a
 * sandboxed frame, refused texts as Dutch messages with the typed text kept, and the way back to the standard text.
 */
@PortalRenderTest
class MailTemplatePagesRenderTest {

    private static final String API = "http://gateway.test";
    private static final String TEMPLATES = "/api/notifications/templates";
    private static final String CONFIRMATION = TEMPLATES + "/registration-confirmation/nl";


    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer platform;

    /** {@code List<TemplateSummary>}: type, essential, overriddenLanguages. */
    private static final String LIST = """
            [{"type":"meeting-invitation","essential":true,"overriddenLanguages":[]},
             {"type":"meeting-reminder","essential":false,"overriddenLanguages":["en"]},
             {"type":"registration-confirmation","essential":true,"overriddenLanguages":["nl"]}]""";
    /** {@code TemplateView} of a gemeente that wrote its own Dutch confirmation. */
    private static final String OWN_CONFIRMATION = """
            {"type":"registration-confirmation","language":"nl","overridden":true,
             "subject":"Welkom bij {{cohort.name}}",
             "html":"<p>Beste {{recipient.name}}, {{organisation.name}} doet mee aan {{cohort.name}}.</p>",
             "text":"Beste {{recipient.name}}, {{organisation.name}} doet mee aan {{cohort.name}}.",
             "standard":{"subject":"Aanmelding ontvangen: {{cohort.name}}",
                         "html":"<p>Bedankt voor de aanmelding van <b>{{organisation.name}}</b> voor {{cohort.name}}.</p>",
                         "text":"Bedankt voor de aanmelding van {{organisation.name}} voor {{cohort.name}}."},
             "requiredPlaceholders":["cohort.name","organisation.name"],
             "allowedPlaceholders":["cohort.name","organisation.name","recipient.name","registration.waitlistPosition",
                                    "tenant.logoUrl","tenant.name","tenant.replyTo","tenant.senderName"]}""";
    /** {@code RenderedMessage}: the service escaped the values; the markup is the template's own. */
    private static final String RENDERED = """
            {"subject":"Welkom bij Koplopergroep Westerkwartier 2027",
             "html":"<p class=\\"groet\\">Beste Jan de Vries, Bakkerij De Vries doet mee &amp; meer.</p>",
             "text":"Beste Jan de Vries, Bakkerij De Vries doet mee aan Koplopergroep Westerkwartier 2027."}""";
    /** The problem+json of notification-service's validator for an empty subject, a script and a bad placeholder. */
    private static final String REFUSED = """
            {"type":"about:blank","title":"Bad Request","status":400,"detail":"The template override is invalid",
             "errors":[{"field":"subject","code":"empty","message":"must not be empty"},
                       {"field":"html","code":"script","message":"must not contain scripts (<script> or javascript: links)"},
                       {"field":"html","code":"missing-placeholder","message":"missing required placeholder {{organisation.name}}"},
                       {"field":"text","code":"unknown-placeholder",
                        "message":"line 2: unknown placeholder {{organisatie}}; this message type knows [cohort.name]"},
                       {"field":"text","code":"syntax","message":"line 3: section {{#cohort.name}} is never closed"}]}""";

    @BeforeEach
    void cannedAnswers() {
        platform.reset();
        answer(HttpMethod.GET, "/api/gemeenten/current", "{\"displayName\":\"Gemeente Test\"}");
        answer(HttpMethod.GET, TEMPLATES, LIST);
        answer(HttpMethod.GET, CONFIRMATION, OWN_CONFIRMATION);
    }

    /** An answer the page may or may not ask for (so that {@code verify()} checks only what a test expects once). */
    private void answer(HttpMethod verb, String path, String json) {
        platform.expect(ExpectedCount.between(0, 100), requestTo(API + path)).andExpect(method(verb))
                .andRespond(withSuccess(json, MediaType.APPLICATION_JSON));
    }

    private void problem(HttpMethod verb, String path, HttpStatus status, String json) {
        platform.expect(ExpectedCount.between(0, 100), requestTo(API + path)).andExpect(method(verb))
                .andRespond(withStatus(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(json));
    }

    private static RequestPostProcessor coordinator() {
        return oidcLogin().idToken(token -> token.claim("roles", List.of("coordinator")).claim("tenant", "test")
                .claim("email", "coordinator@test.example"));
    }

    private MockHttpServletResponse open(String path) throws Exception {
        return mvc.perform(get(path).with(coordinator())).andReturn().getResponse();
    }

    @Test
    void theListSaysWhenEachMailGoesAndWhichHaveTheGemeentesOwnText() throws Exception {
        MockHttpServletResponse response = open("/coordinator/e-mailteksten");
        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(html).contains("E-mailteksten", "Uitnodiging bijeenkomst", "Uitnodiging voor een bijeenkomst",
                "Bevestiging aanmelding", "Bevestiging van de aanmelding",
                "Ontvangers kunnen zich voor deze e-mail afmelden.",
                "/coordinator/e-mailteksten/registration-confirmation/nl",
                "/coordinator/e-mailteksten/meeting-reminder/en",
                "Bevestiging aanmelding, Nederlands: bekijken en aanpassen");
        assertThat(html.split("eigen tekst van uw gemeente", -1)).as("one Dutch and one English own text").hasSize(3);
        assertThat(html.split("Ontvangers kunnen zich", -1)).as("only the reminder can be unsubscribed from").hasSize(2);
        assertThat(response.getHeader("Content-Security-Policy")).doesNotContain("unsafe-inline");

        assertThat(open("/coordinator/e-mailteksten?lang=en").getContentAsString())
                .contains("Mail texts", "Registration confirmation", "own text", "standard text");
    }

    @Test
    void theStartPageAndTheDeliveryLogLinkToTheMailTexts() throws Exception {
        answer(HttpMethod.GET, "/api/cohorts?size=100", "{\"content\":[]}");
        answer(HttpMethod.GET, "/api/notifications/deliveries?size=100", "{\"content\":[],\"totalElements\":0}");
        // The start page's "Wat aandacht vraagt" counts the failed mails.
        answer(HttpMethod.GET, "/api/notifications/deliveries?size=1&status=FAILED", "{\"content\":[],\"totalElements\":0}");
        assertThat(open("/coordinator").getContentAsString()).contains("href=\"/coordinator/e-mailteksten\"");
        assertThat(open("/coordinator/e-mails").getContentAsString()).contains("href=\"/coordinator/e-mailteksten\"");
    }

    @Test
    void theEditPageShowsTheOwnTextTheStandardTextThePlaceholdersAndASandboxedPreview() throws Exception {
        answer(HttpMethod.POST, CONFIRMATION + "/preview", RENDERED);
        MockHttpServletResponse response = open("/coordinator/e-mailteksten/registration-confirmation/nl");
        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(html).contains("Bevestiging aanmelding (Nederlands)", "Uw gemeente gebruikt hier een eigen tekst.",
                "value=\"Welkom bij {{cohort.name}}\"",
                "&lt;p&gt;Beste {{recipient.name}}, {{organisation.name}} doet mee aan {{cohort.name}}.&lt;/p&gt;",
                "Aanmelding ontvangen: {{cohort.name}}",
                "&lt;b&gt;{{organisation.name}}&lt;/b&gt;",
                "<code>{{organisation.name}}</code>", "De naam van de organisatie van de ontvanger",
                "<code>{{registration.waitlistPosition}}</code>", "De plaats op de wachtlijst",
                "Welkom bij Koplopergroep Westerkwartier 2027",
                "Terug naar de standaardtekst", "/coordinator/e-mailteksten/registration-confirmation/nl/standaardtekst",
                "Naar de tekst in het Engels");
        // The mail's HTML is only in the sandboxed frame's srcdoc, escaped as an attribute; never as the page's markup.
        assertThat(html).containsPattern("<iframe[^>]*sandbox=\"\"[^>]*srcdoc=\"&lt;p class=&quot;groet&quot;&gt;"
                + "Beste Jan de Vries, Bakkerij De Vries doet mee &amp;amp; meer.&lt;/p&gt;\"");
        assertThat(html).doesNotContain("<p class=\"groet\">");
        assertThat(html.indexOf("<code>{{cohort.name}}</code>")).as("required placeholders first")
                .isLessThan(html.indexOf("<code>{{tenant.name}}</code>"));
        String portalPolicy = open("/coordinator/e-mailteksten").getHeader("Content-Security-Policy");
        assertThat(response.getHeader("Content-Security-Policy")).as("the portal's policy, with the mail's inline styles")
                .isEqualTo(portalPolicy + "; style-src 'self' 'unsafe-inline'");
    }

    @Test
    void aPreviewOfTypedTextSendsItUnsavedAndKeepsItInTheForm() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(API + CONFIRMATION + "/preview"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().json("""
                        {"subject":"Hallo {{cohort.name}}","html":"<p>{{organisation.name}}\\n{{cohort.name}}</p>",
                         "text":"{{organisation.name}} {{cohort.name}}"}""", true))
                .andRespond(withSuccess(RENDERED, MediaType.APPLICATION_JSON));
        String html = mvc.perform(post("/coordinator/e-mailteksten/registration-confirmation/nl/voorbeeld")
                        .with(coordinator()).with(csrf())
                        .param("subject", " Hallo {{cohort.name}} ")
                        .param("html", "<p>{{organisation.name}}\r\n{{cohort.name}}</p>")
                        .param("text", "{{organisation.name}} {{cohort.name}}"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\" Hallo {{cohort.name}} \"", "Deze tekst is nog niet opgeslagen.",
                "srcdoc=\"&lt;p class=&quot;groet&quot;&gt;");
        platform.verify();
    }

    @Test
    void aRefusedTextIsExplainedInDutchAtItsFieldsAndNothingTypedIsLost() throws Exception {
        problem(HttpMethod.PUT, CONFIRMATION, HttpStatus.BAD_REQUEST, REFUSED);
        problem(HttpMethod.POST, CONFIRMATION + "/preview", HttpStatus.BAD_REQUEST, REFUSED);
        var result = mvc.perform(post("/coordinator/e-mailteksten/registration-confirmation/nl")
                .with(coordinator()).with(csrf())
                .param("subject", "")
                .param("html", "<script>alert(1)</script>{{cohort.name}}")
                .param("text", "Hallo\n{{organisatie}}\n{{#cohort.name}}")).andReturn();
        String html = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(html).contains("Niet alles is goed ingevuld.", "id=\"subject-error\"", "Vul dit veld in.",
                "Scripts horen niet in een e-mail",
                "{{organisation.name}} moet in deze tekst staan",
                "Regel 2: {{organisatie}} bestaat niet in deze e-mail.",
                "Regel 3: Het blok {{#cohort.name}} wordt nergens gesloten: zet {{/cohort.name}} waar het blok moet eindigen.",
                "href=\"#html\"", "aria-invalid=\"true\"",
                "&lt;script&gt;alert(1)&lt;/script&gt;{{cohort.name}}", "Hallo\n{{organisatie}}\n{{#cohort.name}}",
                "Er is nog geen voorbeeld");
        assertThat(html).doesNotContain("<script>alert(1)</script>", "must not", "unknown placeholder");

        String preview = mvc.perform(post("/coordinator/e-mailteksten/registration-confirmation/nl/voorbeeld")
                .with(coordinator()).with(csrf()).param("subject", "").param("html", "<p>{{cohort.name}}</p>")
                .param("text", "Hallo\n{{organisatie}}")).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("Regel 2: {{organisatie}} bestaat niet in deze e-mail.",
                "&lt;p&gt;{{cohort.name}}&lt;/p&gt;", "Er is nog geen voorbeeld").doesNotContain("<iframe");
    }

    @Test
    void savingGoesBackToThePageWithTheMessage() throws Exception {
        answer(HttpMethod.PUT, CONFIRMATION, OWN_CONFIRMATION);
        var result = mvc.perform(post("/coordinator/e-mailteksten/registration-confirmation/nl")
                .with(coordinator()).with(csrf())
                .param("subject", "Welkom bij {{cohort.name}}").param("html", "<p>{{organisation.name}} {{cohort.name}}</p>")
                .param("text", "{{organisation.name}} {{cohort.name}}")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl())
                .isEqualTo("/coordinator/e-mailteksten/registration-confirmation/nl");
        assertThat((java.util.Map<String, Object>) result.getFlashMap()).containsEntry("saved", true);
    }

    @Test
    void backToTheStandardTextAsksFirstThenRemovesTheOwnText() throws Exception {
        platform.expect(ExpectedCount.once(), requestTo(API + CONFIRMATION)).andExpect(method(HttpMethod.DELETE))
                .andRespond(withNoContent());
        assertThat(open("/coordinator/e-mailteksten/registration-confirmation/nl/standaardtekst").getContentAsString())
                .contains("Terug naar de standaardtekst?",
                        "De eigen tekst van uw gemeente voor de e-mail Bevestiging aanmelding (Nederlands) wordt verwijderd.",
                        "Ja, terug naar de standaardtekst", "Nee, mijn eigen tekst houden");
        var result = mvc.perform(post("/coordinator/e-mailteksten/registration-confirmation/nl/standaardtekst")
                .with(coordinator()).with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl())
                .isEqualTo("/coordinator/e-mailteksten/registration-confirmation/nl");
        assertThat((java.util.Map<String, Object>) result.getFlashMap()).containsEntry("reset", true);
        platform.verify();
    }

    @Test
    void withoutTheCsrfTokenNothingIsSavedOrRemoved() throws Exception {
        assertThat(mvc.perform(post("/coordinator/e-mailteksten/registration-confirmation/nl/standaardtekst")
                .with(coordinator())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/coordinator/e-mailteksten/registration-confirmation/nl").with(coordinator())
                .param("subject", "x")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anUnknownMailOrLanguageIsNotFoundAndARefusalOfThePlatformIsNoAccess() throws Exception {
        problem(HttpMethod.GET, TEMPLATES + "/spam/nl", HttpStatus.BAD_REQUEST, """
                {"status":400,"title":"Bad Request","errors":[{"field":"type","code":"invalid","message":"unknown message type 'spam'"}]}""");
        problem(HttpMethod.GET, TEMPLATES + "/certificate/nl", HttpStatus.FORBIDDEN,
                "{\"status\":403,\"title\":\"Forbidden\"}");
        MockHttpServletResponse unknown = open("/coordinator/e-mailteksten/spam/nl");
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("Niet gevonden");
        assertThat(open("/coordinator/e-mailteksten/registration-confirmation/fr").getStatus()).isEqualTo(404);

        MockHttpServletResponse forbidden = open("/coordinator/e-mailteksten/certificate/nl");
        assertThat(forbidden.getStatus()).isEqualTo(403);
        assertThat(forbidden.getContentAsString()).contains("Geen toegang");
    }
}
