package nl.koploper.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AggregateRootTest {

    @Test
    void recordedEventsArePendingInOrderWithTypeTopicTimeAndJsonPayload() {
        Sample sample = new Sample("s-1");
        sample.happen("first");
        sample.happen("second");

        assertThat(sample.pendingEvents()).hasSize(2);
        PendingEvent first = sample.pendingEvents().get(0);
        assertThat(first.type()).isEqualTo("nl.koploper.eventstest.sample-happened.v1");
        assertThat(first.topic()).isEqualTo(EventsTestApplication.TOPIC);
        assertThat(first.time()).isBeforeOrEqualTo(Instant.now());
        assertThat(first.payload()).isEqualTo("{\"sampleId\":\"s-1\",\"label\":\"first\"}");
        assertThat(sample.pendingEvents().get(1).payload()).contains("second");
        assertThat(first.eventId()).isNotEqualTo(sample.pendingEvents().get(1).eventId());
    }

    @Test
    void onlyContractPayloadsCanBeRecorded() {
        AggregateRoot aggregate = new AggregateRoot("x") {
            void misbehave() {
                record("just a string");
            }
        };
        assertThatThrownBy(() -> aggregate.getClass().getDeclaredMethod("misbehave").invoke(aggregate))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage("java.lang.String is not an event payload: annotate the contract record with @EventType");
    }

    @Test
    void aConsumedEventCountsOnceOnAnAggregate() {
        Sample sample = new Sample("s-1");
        ReceivedEvent<CountRequested> event = new ReceivedEvent<>("e-1", "t", "/koploper/x", null, null, "s-1",
                new CountRequested("s-1", "aggregate"));

        sample.count(event);
        sample.count(event);

        assertThat(sample.count()).isEqualTo(1);
        assertThat(sample.hasApplied("e-1")).isTrue();
    }
}
