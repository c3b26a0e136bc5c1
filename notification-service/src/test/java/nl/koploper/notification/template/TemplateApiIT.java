package nl.koploper.notification.template;

import static nl.koploper.notification.NotificationApi.coordinator;
import static nl.koploper.notification.NotificationApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import nl.koploper.notification.AbstractIT;
import nl.koploper.notification.ReceivedMail;
import nl.koploper.notification.TestCohorts;
import nl.koploper.notification.TestSmtp;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A gemeente's template overrides: validated (400 with field paths, nothing stored), previewed, used for its next
 * mail, removable, and invisible to another gemeente.
 */
@KoploperIntegrationTest
class TemplateApiIT extends AbstractIT {

    private static final String PATH = "/api/notifications/templates/registration-confirmation/nl";
    private static final String GOOD = """
            {"subject":"Welkom bij {{cohort.name}}",
             "html":"<p>Beste {{recipient.name}}, {{organisation.name}} doet mee aan {{cohort.name}}.</p>",
             "text":"Beste {{recipient.name}}, {{organisation.name}} doet mee aan {{cohort.name}}."}""";

    String gemeenteA;
    String gemeenteB;

    @BeforeEach
    void setUp() {
        gemeenteA = gemeenten.newGemeente("tpla");
        gemeenteB = gemeenten.newGemeente("tplb");
    }

    @Test
    void anOverrideIsUsedForTheGemeentesNextMailOnly() throws Exception {
        http.perform(get(PATH).header("Authorization", coordinator(gemeenteA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overridden").value(false))
                .andExpect(jsonPath("$.type").value("registration-confirmation"));
        putJson(gemeenteA, GOOD).andExpect(status().isOk()).andExpect(jsonPath("$.overridden").value(true));
        http.perform(get(PATH).header("Authorization", coordinator(gemeenteA)))
                .andExpect(jsonPath("$.overridden").value(true))
                .andExpect(jsonPath("$.subject").value("Welkom bij {{cohort.name}}"));

        String contactA = "tpl@" + gemeenteA + ".example";
        String contactB = "tpl@" + gemeenteB + ".example";
        events.publish(gemeenteA, "cohort-1", TestCohorts.registered(gemeenteA, contactA, null));
        events.publish(gemeenteB, "cohort-1", TestCohorts.registered(gemeenteB, contactB, null));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(TestSmtp.received(contactA)).hasSize(1);
            assertThat(TestSmtp.received(contactB)).hasSize(1);
        });
        assertThat(ReceivedMail.to(contactA).get(0).subject()).isEqualTo("Welkom bij Koplopergroep Westerkwartier 2027");
        assertThat(ReceivedMail.to(contactB).get(0).subject()).isNotEqualTo("Welkom bij Koplopergroep Westerkwartier 2027");

        http.perform(delete(PATH).header("Authorization", coordinator(gemeenteA))).andExpect(status().isNoContent());
        http.perform(get(PATH).header("Authorization", coordinator(gemeenteA)))
                .andExpect(jsonPath("$.overridden").value(false));
        problem(http.perform(delete(PATH).header("Authorization", coordinator(gemeenteA))), 404);
    }

    @Test
    void aMailWrittenBeforeATemplateChangeGoesOutAsItWasWritten() throws Exception {
        String contact = "vooraf@" + gemeenteA + ".example";
        TestSmtp.stop(); // keeps the mail pending while the template changes
        try {
            events.publish(gemeenteA, "cohort-1", TestCohorts.registered(gemeenteA, contact, null));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(api.deliveriesTo(gemeenteA, contact)).hasSize(1));
            putJson(gemeenteA, GOOD).andExpect(status().isOk());
        } finally {
            TestSmtp.start();
        }
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(TestSmtp.received(contact)).hasSize(1));
        assertThat(ReceivedMail.to(contact).get(0).subject())
                .isNotEqualTo("Welkom bij Koplopergroep Westerkwartier 2027")
                .contains("Koplopergroep Westerkwartier 2027");
    }

    @Test
    void anotherGemeenteNeitherSeesNorRemovesTheOverride() throws Exception {
        putJson(gemeenteA, GOOD).andExpect(status().isOk());
        http.perform(get(PATH).header("Authorization", coordinator(gemeenteB)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overridden").value(false));
        problem(http.perform(delete(PATH).header("Authorization", coordinator(gemeenteB))), 404);
        http.perform(get(PATH).header("Authorization", coordinator(gemeenteA)))
                .andExpect(jsonPath("$.overridden").value(true));
    }

    @Test
    void anotherGemeentesOwnWordingChangesNothingOfTheFirst() throws Exception {
        putJson(gemeenteA, GOOD).andExpect(status().isOk());
        putJson(gemeenteB, GOOD.replace("Welkom bij", "Hallo")).andExpect(status().isOk());
        http.perform(get(PATH).header("Authorization", coordinator(gemeenteA)))
                .andExpect(jsonPath("$.subject").value("Welkom bij {{cohort.name}}"));
        http.perform(delete(PATH).header("Authorization", coordinator(gemeenteB))).andExpect(status().isNoContent());
        http.perform(get(PATH).header("Authorization", coordinator(gemeenteA)))
                .andExpect(jsonPath("$.overridden").value(true))
                .andExpect(jsonPath("$.subject").value("Welkom bij {{cohort.name}}"));
    }

    @Test
    void theListShowsEveryMailAndTheLanguagesOnlyThisGemeenteWordedItself() throws Exception {
        putJson(gemeenteA, GOOD).andExpect(status().isOk());
        http.perform(get("/api/notifications/templates").header("Authorization", coordinator(gemeenteA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(MessageType.values().length))
                .andExpect(jsonPath("$[0].type").value("meeting-invitation"))
                .andExpect(jsonPath("$[?(@.type == 'registration-confirmation')].overriddenLanguages[0]")
                        .value(org.hamcrest.Matchers.contains("nl")))
                .andExpect(jsonPath("$[?(@.type == 'meeting-reminder')].essential")
                        .value(org.hamcrest.Matchers.contains(false)))
                .andExpect(jsonPath("$[?(@.type == 'meeting-invitation')].overriddenLanguages[0]").isEmpty());
        http.perform(get("/api/notifications/templates").header("Authorization", coordinator(gemeenteB)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.type == 'registration-confirmation')].overriddenLanguages[0]").isEmpty());
        problem(http.perform(get("/api/notifications/templates")
                .header("Authorization", TestTokens.bearer(gemeenteA, "participant"))), 403);
    }

    @Test
    void aTemplateShowsTheStandardTextAndItsPlaceholdersBesideTheOwnWording() throws Exception {
        putJson(gemeenteA, GOOD).andExpect(status().isOk());
        http.perform(get(PATH).header("Authorization", coordinator(gemeenteA)))
                .andExpect(jsonPath("$.subject").value("Welkom bij {{cohort.name}}"))
                .andExpect(jsonPath("$.standard.subject").value("Aanmelding ontvangen: {{cohort.name}}"))
                .andExpect(jsonPath("$.standard.html").value(org.hamcrest.Matchers.containsString("{{organisation.name}}")))
                .andExpect(jsonPath("$.standard.text").value(org.hamcrest.Matchers.containsString("Beste {{recipient.name}}")))
                .andExpect(jsonPath("$.requiredPlaceholders").value(org.hamcrest.Matchers.contains("cohort.name",
                        "organisation.name")))
                .andExpect(jsonPath("$.allowedPlaceholders").value(org.hamcrest.Matchers.hasItems("cohort.name",
                        "organisation.name", "registration.waitlistPosition", "tenant.name", "recipient.name")))
                .andExpect(jsonPath("$.allowedPlaceholders").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasItem("meeting.rsvpUrl"))));
    }

    @Test
    void badInputIsRefusedWithTheFieldsAndNothingIsStored() throws Exception {
        problem(putJson(gemeenteA, """
                {"subject":"","html":"<script>alert(1)</script>{{cohort.name}}","text":"{{onbekend}}"}"""), 400)
                .andExpect(jsonPath("$.errors[?(@.field == 'subject')].code").value(org.hamcrest.Matchers.hasItem("empty")))
                .andExpect(jsonPath("$.errors[?(@.field == 'html')].code").value(org.hamcrest.Matchers.hasItem("script")))
                .andExpect(jsonPath("$.errors[?(@.field == 'html')].code")
                        .value(org.hamcrest.Matchers.hasItem("missing-placeholder")))
                .andExpect(jsonPath("$.errors[?(@.field == 'text')].code")
                        .value(org.hamcrest.Matchers.hasItem("unknown-placeholder")));
        problem(putJson(gemeenteA, "{\"subject\":"), 400);
        problem(putJson(gemeenteA, "{}"), 400);
        http.perform(get(PATH).header("Authorization", coordinator(gemeenteA)))
                .andExpect(jsonPath("$.overridden").value(false));

        problem(http.perform(put("/api/notifications/templates/spam/nl").header("Authorization", coordinator(gemeenteA))
                .contentType(MediaType.APPLICATION_JSON).content(GOOD)), 400)
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        problem(http.perform(get("/api/notifications/templates/registration-confirmation/fr")
                .header("Authorization", coordinator(gemeenteA))), 400)
                .andExpect(jsonPath("$.errors[0].field").value("language"));
    }

    @Test
    void previewRendersADraftWithSampleDataAndStoresNothing() throws Exception {
        http.perform(post(PATH + "/preview").header("Authorization", coordinator(gemeenteA))
                        .contentType(MediaType.APPLICATION_JSON).content(GOOD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("Welkom bij Koplopergroep Westerkwartier 2027"))
                .andExpect(jsonPath("$.text").value(org.hamcrest.Matchers.containsString("Bakkerij De Vries")));
        problem(http.perform(post(PATH + "/preview").header("Authorization", coordinator(gemeenteA))
                .contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\"x\",\"html\":\"x\",\"text\":\"x\"}")), 400);
        http.perform(get(PATH).header("Authorization", coordinator(gemeenteA)))
                .andExpect(jsonPath("$.overridden").value(false));
    }

    @Test
    void participantsCannotTouchTemplates() throws Exception {
        String participant = TestTokens.bearer(gemeenteA, "participant");
        problem(http.perform(get(PATH).header("Authorization", participant)), 403);
        problem(http.perform(put(PATH).header("Authorization", participant).contentType(MediaType.APPLICATION_JSON)
                .content(GOOD)), 403);
        problem(http.perform(delete(PATH).header("Authorization", participant)), 403);
        http.perform(get(PATH).header("Authorization", coordinator(gemeenteA)))
                .andExpect(jsonPath("$.overridden").value(false));
    }

    private ResultActions putJson(String gemeente, String json) throws Exception {
        return http.perform(put(PATH).header("Authorization", coordinator(gemeente))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
