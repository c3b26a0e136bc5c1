package nl.koploper.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The same event delivered twice (same ce_id, as after a consumer crash before its commit) is applied once. */
class IdempotentConsumerIT extends AbstractEventsIT {

    static final String COUNT_REQUESTED = "nl.koploper.eventstest.count-requested.v1";
    static final String SAMPLE_HAPPENED = "nl.koploper.eventstest.sample-happened.v1";
    static final TenantId TENANT = TenantId.of("midden-groningen");

    @Autowired
    MongoTemplate mongoTemplate;
    @Autowired
    SampleHandlers.SampleHappenedHandler happenedHandler;
    @Autowired
    SampleHandlers.CountRequestedHandler countHandler;

    @Test
    void aRedeliveredEventChangesTheAggregateOnce() {
        Sample sample = new Sample(newId());
        TenantContext.runAs(TENANT, () -> mongoTemplate.save(sample));
        String eventId = newId();

        deliverTwiceThenWaitForBoth(sample.id(), eventId, "aggregate");

        Sample stored = TenantContext.callAs(TENANT, () -> mongoTemplate.findById(sample.id(), Sample.class));
        assertThat(stored.count()).isEqualTo(1);
        assertThat(stored.hasApplied(eventId)).isTrue();
    }

    @Test
    void aRedeliveredEventHasItsExternalEffectOnce() {
        String sampleId = newId();
        String eventId = newId();

        deliverTwiceThenWaitForBoth(sampleId, eventId, "processed-events");

        assertThat(countHandler.externalEffects).containsOnlyOnce(sampleId + "/" + eventId);
        assertThat(countHandler.externalEffects.stream().filter(effect -> effect.startsWith(sampleId))).hasSize(1);
    }

    /** Same key, so same partition: once the marker behind them is handled, both deliveries were. */
    private void deliverTwiceThenWaitForBoth(String sampleId, String eventId, String variant) {
        String json = "{\"sampleId\":\"" + sampleId + "\",\"variant\":\"" + variant + "\",\"addedLater\":true}";
        sendRaw(sampleId, json, envelope(eventId, COUNT_REQUESTED, sampleId, TENANT.value()));
        sendRaw(sampleId, json, envelope(eventId, COUNT_REQUESTED, sampleId, TENANT.value()));
        String marker = "marker-" + eventId;
        sendRaw(sampleId, "{\"sampleId\":\"" + sampleId + "\",\"label\":\"" + marker + "\"}",
                envelope(newId(), SAMPLE_HAPPENED, sampleId, TENANT.value()));
        await().atMost(PATIENCE).until(() -> !happenedHandler.withLabel(marker).isEmpty());
    }
}
