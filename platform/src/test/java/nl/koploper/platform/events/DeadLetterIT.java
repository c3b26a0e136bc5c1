package nl.koploper.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.support.KafkaHeaders;

class DeadLetterIT extends AbstractEventsIT {

    static final String SAMPLE_HAPPENED = "nl.koploper.eventstest.sample-happened.v1";
    static final TenantId TENANT = TenantId.of("het-hogeland");

    @Autowired
    MongoTemplate mongoTemplate;
    @Autowired
    SampleHandlers.SampleHappenedHandler handler;
    @Autowired
    DeadLetterReplayer replayer;

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

    @Test
    void aDeadLetterReplayedAfterTheFixReachesTheConsumer() {
        String label = "flaky-" + newId();
        handler.broken.add(label);
        Sample sample = new Sample(newId());
        sample.happen(label);
        TenantContext.runAs(TENANT, () -> mongoTemplate.save(sample));

        ConsumerRecord<String, String> deadLetter;
        try (TopicReader deadLetters = read(EventsTestApplication.DEAD_LETTERS)) {
            await().atMost(PATIENCE).pollInSameThread().until(() -> deadLetters.withKey(sample.id()).size() == 1);
            deadLetter = deadLetters.withKey(sample.id()).get(0);
        }
        assertThat(header(deadLetter, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("cannot handle");
        assertThat(handler.withLabel(label)).isEmpty();

        handler.broken.remove(label);
        replayer.replay(deadLetter.topic(), deadLetter.partition(), deadLetter.offset());

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(handler.withLabel(label)).singleElement()
                .satisfies(seen -> assertThat(seen.tenantInContext()).isEqualTo(TENANT)));
    }
}
