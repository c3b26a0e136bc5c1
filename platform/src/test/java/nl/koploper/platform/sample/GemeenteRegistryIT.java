package nl.koploper.platform.sample;

import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;
import nl.koploper.contracts.golden.GoldenSamples;
import nl.koploper.contracts.tenant.GemeenteChanged;
import nl.koploper.contracts.tenant.GemeenteDeactivated;
import nl.koploper.contracts.tenant.GemeenteProfile;
import nl.koploper.contracts.tenant.GemeenteReactivated;
import nl.koploper.contracts.tenant.GemeenteRegistered;
import nl.koploper.platform.events.EventJson;
import nl.koploper.platform.gemeente.GemeenteRegistry;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestGemeenten;
import nl.koploper.test.TestTokens;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The gemeente check end to end: tenant events published on the embedded broker, as cohort-service publishes them,
 * reach this service's copy of the registry through its own consumer group, and decide which tokens it accepts.
 */
@KoploperIntegrationTest
class GemeenteRegistryIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String NOTE = "{\"title\":\"Zonnepanelen\",\"priority\":2}";

    @Autowired
    MockMvc http;
    @Autowired
    GemeenteRegistry registry;
    @Autowired
    TestGemeenten gemeenten;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void tenantEventsOnKafkaDecideWhichTokensTheServiceAccepts() throws Exception {
        String gemeente = TestTokens.newGemeente("kafka");
        String coordinator = bearer(gemeente, "coordinator");
        notRegistered(http.perform(get("/api/notes").header("Authorization", coordinator)), 403);

        publish(tenantEvent(GemeenteRegistered.class, profile(gemeente, true, 1, "Gemeente Kafka")));
        await().atMost(PATIENCE).untilAsserted(() ->
                http.perform(get("/api/notes").header("Authorization", coordinator)).andExpect(status().isOk()));
        createNote(coordinator).andExpect(status().isCreated());

        publish(tenantEvent(GemeenteDeactivated.class, profile(gemeente, false, 2, "Gemeente Kafka")));
        await().atMost(PATIENCE).untilAsserted(() -> deactivated(createNote(coordinator)));
        // its data stays readable to its coordinators and to a platform-admin naming it; nobody writes
        http.perform(get("/api/notes").header("Authorization", coordinator))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
        deactivated(http.perform(get("/api/notes").header("Authorization", bearer(gemeente, "advisor"))));
        String admin = "Bearer " + TestTokens.platformAdmin();
        http.perform(get("/api/notes").param("tenant", gemeente).header("Authorization", admin))
                .andExpect(status().isOk());
        deactivated(http.perform(post("/api/notes").param("tenant", gemeente).header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON).content(NOTE)));

        // An older revision arriving late (redelivered, or from another partition) changes nothing. The newer one
        // sent after it on the same key (so the same partition) shows it has been consumed by then.
        publish(tenantEvent(GemeenteChanged.class, profile(gemeente, true, 1, "Gemeente Kafka")));
        publish(tenantEvent(GemeenteChanged.class, profile(gemeente, false, 3, "Gemeente Kafka aan Zee")));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(registry.profile(gemeente))
                .hasValueSatisfying(stored -> assertThat(stored.revision()).isEqualTo(3)));
        assertThat(registry.profile(gemeente).orElseThrow())
                .isEqualTo(profile(gemeente, false, 3, "Gemeente Kafka aan Zee"));
        deactivated(createNote(coordinator));

        publish(tenantEvent(GemeenteReactivated.class, profile(gemeente, true, 4, "Gemeente Kafka aan Zee")));
        await().atMost(PATIENCE).untilAsserted(() -> http.perform(post("/api/notes").header("Authorization", coordinator)
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Warmtepomp\",\"priority\":1}"))
                .andExpect(status().isCreated()));

        // the registry is this service's own consumer group, next to its event handlers' group
        try (Admin admin2 = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            await().atMost(PATIENCE).untilAsserted(() -> {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin2.listConsumerGroupOffsets("sample-gemeenten")
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                assertThat(offsets.keySet()).extracting(TopicPartition::topic).contains(Topics.TENANT_EVENTS);
            });
        }
    }

    @Test
    void theRefusalIsInEnglishWhenAsked() throws Exception {
        http.perform(get("/api/notes").header("Authorization", bearer(TestTokens.newGemeente("elsewhere"),
                        "coordinator")).header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://koploper.nl/problems/gemeente-not-registered"))
                .andExpect(jsonPath("$.title").value("Gemeente not registered"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("is not registered")));
    }

    @Test
    void aPlatformAdminNamingAnUnknownGemeenteGetsNotFound() throws Exception {
        notRegistered(http.perform(get("/api/notes").param("tenant", TestTokens.newGemeente("nowhere"))
                .header("Authorization", "Bearer " + TestTokens.platformAdmin())), 404);
        // acting across gemeenten, naming none, is not affected
        http.perform(get("/api/sample/whoami").header("Authorization", "Bearer " + TestTokens.platformAdmin()))
                .andExpect(status().isOk());
    }

    @Test
    void aPublicLinkOfAnUnknownOrDeactivatedGemeenteIsRefused() throws Exception {
        String gemeente = gemeenten.newGemeente("public");
        http.perform(get("/api/public/gemeenten/" + gemeente + "/ping"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.answer").value("pong from " + gemeente));

        gemeenten.deactivate(gemeente);
        http.perform(get("/api/public/gemeenten/" + gemeente + "/ping"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://koploper.nl/problems/gemeente-deactivated"));

        for (String unknown : new String[] {TestTokens.newGemeente("unknown"), "Not-A-Slug"}) {
            http.perform(get("/api/public/gemeenten/" + unknown + "/ping"))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void registeringThroughTheTestSupportUsesTheSameRevisionRules() {
        String gemeente = gemeenten.newGemeente("revisions");
        assertThat(registry.isActive(gemeente)).isTrue();
        assertThat(gemeenten.deactivate(gemeente).revision()).isEqualTo(2);
        assertThat(registry.isRegistered(gemeente)).isTrue();
        assertThat(registry.isActive(gemeente)).isFalse();
        // the same revision again, or an older one, is ignored
        assertThat(registry.apply(TestGemeenten.profile(gemeente, true, 2))).isFalse();
        assertThat(registry.apply(TestGemeenten.profile(gemeente, true, 1))).isFalse();
        assertThat(registry.isActive(gemeente)).isFalse();
        assertThat(gemeenten.reactivate(gemeente).revision()).isEqualTo(3);
        assertThat(registry.isActive(gemeente)).isTrue();
    }

    private ResultActions createNote(String authorization) throws Exception {
        return http.perform(post("/api/notes").header("Authorization", authorization)
                .contentType(MediaType.APPLICATION_JSON).content(NOTE));
    }

    private static void notRegistered(ResultActions result, int status) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://koploper.nl/problems/gemeente-not-registered"))
                .andExpect(jsonPath("$.title").value("Gemeente niet geregistreerd"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("niet geregistreerd")));
    }

    private static void deactivated(ResultActions result) throws Exception {
        result.andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://koploper.nl/problems/gemeente-deactivated"))
                .andExpect(jsonPath("$.title").value("Gemeente gedeactiveerd"));
    }

    private static GemeenteProfile profile(String gemeente, boolean active, long revision, String name) {
        return new GemeenteProfile(gemeente, name, "Ria Bakker", "ria@" + gemeente + ".example", "Koplopers " + name,
                "koploper@" + gemeente + ".example", "https://" + gemeente + ".example/logo.png", "nl", active, revision);
    }

    /** The golden sample of a tenant event, about {@code profile}. */
    private static Object tenantEvent(Class<?> event, GemeenteProfile profile) {
        return GoldenSamples.sample(event).with("gemeente", profile).read();
    }

    /** As cohort-service's outbox relay publishes it: keyed by the slug, CloudEvents headers, the tenant header. */
    private void publish(Object payload) throws Exception {
        GemeenteProfile profile = (GemeenteProfile) payload.getClass().getMethod("gemeente").invoke(payload);
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.TENANT_EVENTS, profile.tenantId(),
                EventJson.write(payload));
        Map.of(EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_1_0,
                        EventHeaders.ID, UUID.randomUUID().toString(),
                        EventHeaders.SOURCE, "/koploper/cohort",
                        EventHeaders.TYPE, payload.getClass().getAnnotation(EventType.class).value(),
                        EventHeaders.TIME, Instant.now().toString(),
                        EventHeaders.SUBJECT, profile.tenantId(),
                        EventHeaders.CONTENT_TYPE, EventHeaders.APPLICATION_JSON,
                        EventHeaders.TENANT, profile.tenantId())
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(), new StringSerializer())) {
            producer.send(record).get(10, TimeUnit.SECONDS);
        }
    }
}
