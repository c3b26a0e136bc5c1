package nl.koploper.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.contracts.Topics;
import nl.koploper.platform.security.Roles;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.test.TestGemeenten;
import nl.koploper.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class DeadLetterIT extends AbstractEventsIT {

    static final String SAMPLE_HAPPENED = "nl.koploper.eventstest.sample-happened.v1";
    static final TenantId TENANT = TenantId.of("het-hogeland");
    static final String REPLAY_PROBE = "nl.koploper.eventstest.replay-probe.v1";

    @Autowired
    SampleHandlers.SampleHappenedHandler handler;
    @Autowired
    SampleHandlers.ReplayProbeHandler probes;
    @Autowired
    MockMvc http;
    @Autowired
    TestGemeenten gemeenten;
    @Value("${koploper.api-prefix}")
    String apiPrefix;

    @Test
    void poisonMessagesGoToTheDeadLetterTopicWithTheReasonAndThePartitionGoesOn() {
        String key = newId();
        sendRaw(key, "{this is not json", envelope(newId(), SAMPLE_HAPPENED, key, TENANT.value()));
        sendRaw(key, "{\"sampleId\":\"" + key + "\",\"label\":\"no-tenant\"}", envelope(newId(), SAMPLE_HAPPENED, key, null));
        sendRaw(key, "{\"sampleId\":\"" + key + "\",\"label\":\"bad-tenant\"}",
                envelope(newId(), SAMPLE_HAPPENED, key, "../admin"));
        String next = "after-poison-" + key;
        sendRaw(key, "{\"sampleId\":\"" + key + "\",\"label\":\"" + next + "\"}",
                envelope(newId(), SAMPLE_HAPPENED, key, TENANT.value()));

        await().atMost(PATIENCE).until(() -> !handler.withLabel(next).isEmpty());
        try (TopicReader deadLetters = read(EventsTestApplication.DEAD_LETTERS)) {
            await().atMost(PATIENCE).pollInSameThread().until(() -> deadLetters.withKey(key).size() == 3);
            List<ConsumerRecord<String, String>> records = deadLetters.withKey(key);
            assertThat(records).extracting(ConsumerRecord::value).containsExactly("{this is not json",
                    "{\"sampleId\":\"" + key + "\",\"label\":\"no-tenant\"}",
                    "{\"sampleId\":\"" + key + "\",\"label\":\"bad-tenant\"}");
            assertThat(header(records.get(0), KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("not a valid");
            assertThat(header(records.get(1), KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("no koploper_tenant header");
            assertThat(header(records.get(2), KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("is not a gemeente slug");
            assertThat(records).allSatisfy(record ->
                    assertThat(header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(EventsTestApplication.TOPIC));
        }
        // none of the poison reached the handler; the message behind it did
        assertThat(handler.seen).filteredOn(seen -> key.equals(seen.event().subject()))
                .extracting(seen -> seen.event().payload().label()).containsExactly(next);
    }

    /** The platform-admin's replay: this service's dead letters go back to their topic once, with their tenant. */
    @Test
    void aDeadLetterReplayedAfterTheFixReachesTheConsumerOnceWithItsTenant() throws Exception {
        String label = "flaky-" + newId();
        String key = newId();
        // On the same dead-letter topic, a dead letter of another service's consumer group: theirs to replay.
        Map<String, String> othersHeaders = envelope(newId(), REPLAY_PROBE, key, TENANT.value());
        othersHeaders.put(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP, "another-service");
        othersHeaders.put(KafkaHeaders.DLT_ORIGINAL_TOPIC, EventsTestApplication.REPLAY_TOPIC);
        sendRaw(EventsTestApplication.REPLAY_DEAD_LETTERS, key, probe("others-" + label), othersHeaders);
        probes.broken.add(label);
        sendRaw(EventsTestApplication.REPLAY_TOPIC, key, probe(label), envelope(newId(), REPLAY_PROBE, key, TENANT.value()));
        try (TopicReader deadLetters = read(EventsTestApplication.REPLAY_DEAD_LETTERS)) {
            await().atMost(PATIENCE).pollInSameThread().until(() -> deadLetters.withKey(key).size() == 2);
            ConsumerRecord<String, String> ours = deadLetters.withKey(key).get(1);
            assertThat(header(ours, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("cannot handle");
            assertThat(header(ours, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP)).isEqualTo("eventstest");
        }
        assertThat(probes.withLabel(label)).isEmpty();

        probes.broken.remove(label);
        http.perform(replay(EventsTestApplication.REPLAY_DEAD_LETTERS).header(AUTHORIZATION, admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadLetterTopic").value(EventsTestApplication.REPLAY_DEAD_LETTERS))
                .andExpect(jsonPath("$.replayed").value(1))
                .andExpect(jsonPath("$.skipped").value(1))
                .andExpect(jsonPath("$.complete").value(true));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(probes.withLabel(label)).singleElement()
                .satisfies(seen -> assertThat(seen.tenantInContext()).isEqualTo(TENANT)));
        try (TopicReader topic = read(EventsTestApplication.REPLAY_TOPIC)) {
            await().atMost(PATIENCE).pollInSameThread().until(() -> topic.withKey(key).size() == 2);
            ConsumerRecord<String, String> replayed = topic.withKey(key).get(1);
            assertThat(replayed.value()).isEqualTo(probe(label));
            assertThat(header(replayed, EventHeaders.TENANT)).isEqualTo(TENANT.value());
            assertThat(header(replayed, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isNull();
        }

        // A second call finds nothing new: the first one committed what it read.
        http.perform(replay(EventsTestApplication.REPLAY_DEAD_LETTERS).header(AUTHORIZATION, admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.replayed").value(0))
                .andExpect(jsonPath("$.skipped").value(0));
        assertThat(probes.withLabel(label)).hasSize(1);
        assertThat(probes.withLabel("others-" + label)).isEmpty();
    }

    @Test
    void onlyAPlatformAdminReplaysOrListsDeadLetters() throws Exception {
        String gemeente = gemeenten.newGemeente("dead-letters");
        for (String role : List.of(Roles.COORDINATOR, Roles.ADVISOR, Roles.PARTICIPANT, Roles.JURY)) {
            http.perform(replay(EventsTestApplication.REPLAY_DEAD_LETTERS)
                            .header(AUTHORIZATION, TestTokens.bearer(gemeente, role)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
            http.perform(get(apiPrefix + "/admin/dead-letters").header(AUTHORIZATION, TestTokens.bearer(gemeente, role)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        }
        http.perform(replay(EventsTestApplication.REPLAY_DEAD_LETTERS))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aTopicThatIsNotOneOfItsDeadLetterTopicsIsNotFound() throws Exception {
        for (String topic : List.of(EventsTestApplication.REPLAY_TOPIC, "nowhere.events.v1.dlt")) {
            http.perform(replay(topic).header(AUTHORIZATION, admin()))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(containsString(topic)));
        }
    }

    @Test
    void listsItsDeadLetterTopicsWithTheGroupsWhoseDeadLettersItReplays() throws Exception {
        http.perform(get(apiPrefix + "/admin/dead-letters").header(AUTHORIZATION, admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].deadLetterTopic", containsInAnyOrder(EventsTestApplication.DEAD_LETTERS,
                        EventsTestApplication.REPLAY_DEAD_LETTERS, Topics.TENANT_EVENTS + Topics.DEAD_LETTER_SUFFIX)))
                .andExpect(jsonPath("$[?(@.topic == '" + EventsTestApplication.REPLAY_TOPIC + "')].consumerGroups[*]",
                        contains("eventstest")));
    }

    private MockHttpServletRequestBuilder replay(String deadLetterTopic) {
        return post(apiPrefix + "/admin/dead-letters/" + deadLetterTopic + "/replay");
    }

    private static String admin() {
        return "Bearer " + TestTokens.platformAdmin();
    }

    private static String probe(String label) {
        return "{\"label\":\"" + label + "\"}";
    }
}
