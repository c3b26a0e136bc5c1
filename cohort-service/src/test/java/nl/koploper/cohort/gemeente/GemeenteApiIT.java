package nl.koploper.cohort.gemeente;

import static nl.koploper.cohort.CohortApi.cohortJson;
import static nl.koploper.cohort.CohortApi.problem;
import static nl.koploper.cohort.CohortApi.registrationJson;
import static nl.koploper.test.PublishedEvents.header;
import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import nl.koploper.cohort.CohortApi;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.contracts.Topics;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import nl.koploper.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The gemeente registry API: only platform-admins manage it, every change publishes the whole profile once with a
 * rising revision, and those events (consumed by this service like by every other) decide which tokens are accepted.
 */
@KoploperIntegrationTest
class GemeenteApiIT extends ServiceIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String EVENT_TYPE_PREFIX = "nl.koploper.tenant.";

    static String admin() {
        return "Bearer " + TestTokens.platformAdmin();
    }

    static String gemeenteJson(String slug, String displayName) {
        return """
                {"slug":"%s","displayName":"%s","contact":{"name":"Ria Bakker","email":"ria.bakker@%s.nl"},
                 "senderName":"Koplopers %s","replyTo":"koplopers@%s.nl",
                 "logoUrl":"https://www.%s.nl/logo.png","defaultLocale":"nl"}"""
                .formatted(slug, displayName, slug, displayName, slug, slug);
    }

    ResultActions send(MockHttpServletRequestBuilder request, String authorization, String json) throws Exception {
        return http.perform(request.header("Authorization", authorization)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    String registerByApi(String slug) throws Exception {
        send(post("/api/gemeenten"), admin(), gemeenteJson(slug, "Gemeente " + slug)).andExpect(status().isCreated());
        return slug;
    }

    @Test
    void aRegisteredGemeentesCoordinatorsAreAcceptedOnceItsEventArrives() throws Exception {
        String slug = TestTokens.newGemeente("westerkwartier");
        String coordinator = bearer(slug, "coordinator");
        problem(http.perform(get("/api/gemeenten/current").header("Authorization", coordinator)), 403)
                .andExpect(jsonPath("$.type").value("https://koploper.nl/problems/gemeente-not-registered"));

        send(post("/api/gemeenten"), admin(), gemeenteJson(slug, "Gemeente Westerkwartier"))
                .andExpect(status().isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Location", "/api/gemeenten/" + slug))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().exists("ETag"))
                .andExpect(jsonPath("$.slug").value(slug))
                .andExpect(jsonPath("$.displayName").value("Gemeente Westerkwartier"))
                .andExpect(jsonPath("$.contact.email").value("ria.bakker@" + slug + ".nl"))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.revision").value(1));

        // through the outbox, tenant.events.v1 and this service's own copy of the registry
        await().atMost(PATIENCE).untilAsserted(() ->
                http.perform(get("/api/gemeenten/current").header("Authorization", coordinator))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.slug").value(slug))
                        .andExpect(jsonPath("$.senderName").value("Koplopers Gemeente Westerkwartier")));
        send(post("/api/cohorts"), coordinator, cohortJson("Koplopers 2099", 8, 15)).andExpect(status().isCreated());
        http.perform(get("/api/gemeenten/" + slug).header("Authorization", admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.revision").value(1));
    }

    @Test
    void everyChangePublishesTheWholeProfileOnceWithARisingRevision() throws Exception {
        String slug = registerByApi(TestTokens.newGemeente("changes"));
        String etag = http.perform(get("/api/gemeenten/" + slug).header("Authorization", admin()))
                .andReturn().getResponse().getHeader("ETag");

        String changed = gemeenteJson(slug, "Gemeente Nieuw").replace("\"nl\"}", "\"en\"}");
        problem(send(put("/api/gemeenten/" + slug).header("If-Match", "\"99\""), admin(), changed), 412);
        String newEtag = send(put("/api/gemeenten/" + slug).header("If-Match", etag), admin(), changed)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Gemeente Nieuw"))
                .andExpect(jsonPath("$.defaultLocale").value("en"))
                .andExpect(jsonPath("$.revision").value(2))
                .andReturn().getResponse().getHeader("ETag");
        assertThat(newEtag).isNotEqualTo(etag);
        http.perform(post("/api/gemeenten/" + slug + "/deactivate").header("Authorization", admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.revision").value(3));
        problem(http.perform(post("/api/gemeenten/" + slug + "/deactivate").header("Authorization", admin())), 409)
                .andExpect(jsonPath("$.rule").value("gemeente-already-deactivated"));
        http.perform(post("/api/gemeenten/" + slug + "/reactivate").header("Authorization", admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.revision").value(4));
        problem(http.perform(post("/api/gemeenten/" + slug + "/reactivate").header("Authorization", admin())), 409)
                .andExpect(jsonPath("$.rule").value("gemeente-already-active"));
        problem(send(post("/api/gemeenten"), admin(), gemeenteJson(slug, "Nog een keer")), 409)
                .andExpect(jsonPath("$.rule").value("gemeente-already-registered"));

        List<ConsumerRecord<String, String>> events = published(Topics.TENANT_EVENTS, slug).atLeast(4);
        assertThat(events).extracting(record -> header(record, EventHeaders.TYPE).replace(EVENT_TYPE_PREFIX, ""))
                .containsExactly("gemeente-registered.v1", "gemeente-changed.v1", "gemeente-deactivated.v1",
                        "gemeente-reactivated.v1");
        assertThat(events).extracting(record -> header(record, EventHeaders.ID)).doesNotHaveDuplicates();
        assertThat(events).extracting(record -> header(record, EventHeaders.TENANT)).containsOnly(slug);
        assertThat(events).extracting(record -> ((Number) JsonPath.read(record.value(), "$.gemeente.revision")).longValue())
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(events).extracting(record -> (Boolean) JsonPath.read(record.value(), "$.gemeente.active"))
                .containsExactly(true, true, false, true);
        String changedEvent = events.get(1).value();
        assertThat((String) JsonPath.read(changedEvent, "$.gemeente.tenantId")).isEqualTo(slug);
        assertThat((String) JsonPath.read(changedEvent, "$.gemeente.displayName")).isEqualTo("Gemeente Nieuw");
        assertThat((String) JsonPath.read(changedEvent, "$.gemeente.contactName")).isEqualTo("Ria Bakker");
        assertThat((String) JsonPath.read(changedEvent, "$.gemeente.replyTo")).isEqualTo("koplopers@" + slug + ".nl");
        assertThat((String) JsonPath.read(changedEvent, "$.gemeente.logoUrl"))
                .isEqualTo("https://www." + slug + ".nl/logo.png");
        assertThat((String) JsonPath.read(changedEvent, "$.gemeente.defaultLocale")).isEqualTo("en");
    }

    @Test
    void onlyAPlatformAdminManagesGemeenten() throws Exception {
        String own = gemeenten.newGemeente("own");
        String attempted = TestTokens.newGemeente("attempt");
        for (String role : new String[] {"coordinator", "advisor", "participant", "jury"}) {
            String token = bearer(own, role);
            problem(send(post("/api/gemeenten"), token, gemeenteJson(attempted, "Gemeente X")), 403);
            problem(http.perform(get("/api/gemeenten").header("Authorization", token)), 403);
            problem(http.perform(get("/api/gemeenten/" + own).header("Authorization", token)), 403);
            problem(send(put("/api/gemeenten/" + own), token, gemeenteJson(own, "Overgenomen")), 403);
            problem(http.perform(post("/api/gemeenten/" + own + "/deactivate").header("Authorization", token)), 403);
            problem(http.perform(post("/api/gemeenten/" + own + "/reactivate").header("Authorization", token)), 403);
        }
        for (String role : new String[] {"advisor", "participant", "jury"}) {
            problem(http.perform(get("/api/gemeenten/current").header("Authorization", bearer(own, role))), 403);
        }
        problem(http.perform(get("/api/gemeenten/" + attempted).header("Authorization", admin())), 404);
    }

    @Test
    void aCoordinatorSeesOnlyItsOwnGemeente() throws Exception {
        String a = registerByApi(TestTokens.newGemeente("a"));
        String b = registerByApi(TestTokens.newGemeente("b"));
        await().atMost(PATIENCE).untilAsserted(() -> {
            http.perform(get("/api/gemeenten/current").header("Authorization", bearer(a, "coordinator")))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.slug").value(a));
            http.perform(get("/api/gemeenten/current").header("Authorization", bearer(b, "coordinator")))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.slug").value(b))
                    .andExpect(jsonPath("$.contact.email").value("ria.bakker@" + b + ".nl"));
        });
        problem(http.perform(get("/api/gemeenten/current").param("tenant", a)
                .header("Authorization", bearer(b, "coordinator"))), 403);
        problem(http.perform(get("/api/gemeenten/" + a).header("Authorization", bearer(b, "coordinator"))), 403);
        // a platform-admin names the gemeente
        http.perform(get("/api/gemeenten/current").param("tenant", a).header("Authorization", admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.slug").value(a));
        http.perform(get("/api/gemeenten").param("size", "100").header("Authorization", admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(Matchers.greaterThanOrEqualTo(2)));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        String slug = TestTokens.newGemeente("bad");
        String bad = """
                {"slug":"%s","displayName":" ","contact":{"name":"","email":"ria-at-gemeente.nl"},
                 "senderName":"%s","replyTo":"nobody","logoUrl":"http://www.gemeente.nl/logo.png",
                 "defaultLocale":"de","brandColour":"red;}body{display:none"}""".formatted(slug, "x".repeat(121));
        problem(send(post("/api/gemeenten"), admin(), bad), 400)
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("displayName", "contact.name",
                        "contact.email", "senderName", "replyTo", "logoUrl", "defaultLocale", "brandColour")));
        for (String badSlug : new String[] {"A-Capital", "x", "-leading", "trailing-", "a".repeat(41), "with space",
                "current"}) {
            problem(send(post("/api/gemeenten"), admin(), gemeenteJson(slug, "Gemeente").replaceFirst(
                    "\"slug\":\"" + slug + "\"", "\"slug\":\"" + badSlug + "\"")), 400)
                    .andExpect(jsonPath("$.errors[0].field").value("slug"));
        }
        problem(send(post("/api/gemeenten"), admin(), gemeenteJson(slug, "Gemeente").replace(
                "\"slug\":\"" + slug + "\",", "")), 400).andExpect(jsonPath("$.errors[0].field").value("slug"));
        problem(send(post("/api/gemeenten"), admin(), gemeenteJson(slug, "Gemeente").replace(
                ",\"contact\":{\"name\":\"Ria Bakker\",\"email\":\"ria.bakker@" + slug + ".nl\"}", "")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("contact"));
        problem(send(post("/api/gemeenten"), admin(), "{\"slug\":"), 400);
        problem(http.perform(get("/api/gemeenten/" + slug).header("Authorization", admin())), 404);

        // a change is checked the same way, and the slug cannot change
        String existing = registerByApi(TestTokens.newGemeente("keep"));
        problem(send(put("/api/gemeenten/" + existing), admin(), bad.replace(slug, existing)), 400)
                .andExpect(jsonPath("$.errors.length()").value(8));
        problem(send(put("/api/gemeenten/" + existing), admin(), gemeenteJson("another-slug", "Gemeente")), 400)
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("slug")));
        problem(send(put("/api/gemeenten/no-such-gemeente"), admin(), gemeenteJson("no-such-gemeente", "G")), 404);
        http.perform(get("/api/gemeenten/" + existing).header("Authorization", admin()))
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.displayName").value("Gemeente " + existing));
    }

    @Test
    void theHouseColourIsSetAtRegistrationChangedLaterAndShownOnThePublicPage() throws Exception {
        String slug = TestTokens.newGemeente("colour");
        send(post("/api/gemeenten"), admin(), withColour(gemeenteJson(slug, "Gemeente Kleur"), "\"#1a5f8e\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.brandColour").value("#1A5F8E"));
        // the public page (and so the portal's frame for the gemeente's people) carries it once the gemeente is active
        await().atMost(PATIENCE).untilAsserted(() -> http.perform(get("/api/public/cohorts/" + slug))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.gemeente.brandColour").value("#1A5F8E")));

        for (String bad : new String[] {"\"1A5F8E\"", "\"#1A5F8\"", "\"#1A5F8E0\"", "\"#GGGGGG\"", "\"\"",
                "\"red\"", "\"#1A5F8E;color:red\"", "\"#1A5F8E\\n\""}) {
            problem(send(put("/api/gemeenten/" + slug), admin(), withColour(gemeenteJson(slug, "Gemeente Kleur"), bad)),
                    400)
                    .andExpect(jsonPath("$.errors.length()").value(1))
                    .andExpect(jsonPath("$.errors[0].field").value("brandColour"))
                    .andExpect(jsonPath("$.errors[0].code").value("invalid-colour"));
        }
        http.perform(get("/api/gemeenten/" + slug).header("Authorization", admin()))
                .andExpect(jsonPath("$.revision").value(1)).andExpect(jsonPath("$.brandColour").value("#1A5F8E"));

        send(put("/api/gemeenten/" + slug), admin(), withColour(gemeenteJson(slug, "Gemeente Kleur"), "\"#FFE600\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.brandColour").value("#FFE600")).andExpect(jsonPath("$.revision").value(2));
        http.perform(get("/api/public/cohorts/" + slug))
                .andExpect(status().isOk()).andExpect(jsonPath("$.gemeente.brandColour").value("#FFE600"));
        // left out, it is gone: a PUT says the whole gemeente
        send(put("/api/gemeenten/" + slug), admin(), gemeenteJson(slug, "Gemeente Kleur"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.brandColour").value(Matchers.nullValue()));
        http.perform(get("/api/public/cohorts/" + slug))
                .andExpect(status().isOk()).andExpect(jsonPath("$.gemeente.brandColour").value(Matchers.nullValue()));
    }

    private static String withColour(String gemeenteJson, String colourJson) {
        return gemeenteJson.replace("\"defaultLocale\":\"nl\"}",
                "\"defaultLocale\":\"nl\",\"brandColour\":" + colourJson + "}");
    }

    @Test
    void aDeactivatedGemeentesCoordinatorReadsItsCohortsButChangesNothing() throws Exception {
        String slug = registerByApi(TestTokens.newGemeente("dormant"));
        String coordinator = bearer(slug, "coordinator");
        CohortApi api = new CohortApi(http);
        await().atMost(PATIENCE).untilAsserted(() -> http.perform(get("/api/gemeenten/current")
                .header("Authorization", coordinator)).andExpect(status().isOk()));
        String cohortId = api.openCohort(slug, 1, 2);

        http.perform(post("/api/gemeenten/" + slug + "/deactivate").header("Authorization", admin()))
                .andExpect(status().isOk());
        // awaited with a write that changes nothing while the gemeente is still active (400), 403 once deactivated
        await().atMost(PATIENCE).untilAsserted(() -> deactivated(send(post("/api/cohorts"), coordinator, "{}")));
        deactivated(send(post("/api/cohorts"), coordinator, cohortJson("Koplopers 2100", 8, 15)));
        http.perform(get("/api/cohorts").header("Authorization", coordinator))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1));
        http.perform(get("/api/cohorts/" + cohortId).header("Authorization", coordinator)).andExpect(status().isOk());
        http.perform(get("/api/gemeenten/current").header("Authorization", coordinator))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        deactivated(http.perform(post("/api/cohorts/" + cohortId + "/start").header("Authorization", coordinator)));
        deactivated(http.perform(get("/api/cohorts/" + cohortId + "/participants")
                .header("Authorization", CohortApi.participantBearer(slug, "x@example.nl"))));
        // nor through its public self-registration link
        deactivated(http.perform(post("/api/public/cohorts/" + slug + "/" + cohortId + "/registrations")
                .contentType(MediaType.APPLICATION_JSON).content(registrationJson(1))));
        http.perform(get("/api/cohorts/" + cohortId + "/participants").header("Authorization", coordinator))
                .andExpect(jsonPath("$.totalElements").value(0));

        http.perform(post("/api/gemeenten/" + slug + "/reactivate").header("Authorization", admin()))
                .andExpect(status().isOk());
        await().atMost(PATIENCE).untilAsserted(() -> http.perform(post("/api/public/cohorts/" + slug + "/" + cohortId
                        + "/registrations").contentType(MediaType.APPLICATION_JSON).content(registrationJson(1)))
                .andExpect(status().isAccepted()));
    }

    private static void deactivated(ResultActions result) throws Exception {
        problem(result, 403)
                .andExpect(jsonPath("$.type").value("https://koploper.nl/problems/gemeente-deactivated"))
                .andExpect(jsonPath("$.title").value("Gemeente gedeactiveerd"));
    }
}
