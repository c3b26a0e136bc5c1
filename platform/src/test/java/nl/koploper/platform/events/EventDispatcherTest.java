package nl.koploper.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class EventDispatcherTest {

    final List<ReceivedEvent<SampleHappened>> handled = new ArrayList<>();
    final List<TenantId> tenantsDuringHandling = new ArrayList<>();
    final EventDispatcher dispatcher = new EventDispatcher(List.of(new EventHandler<SampleHappened>() {
        @Override
        public void handle(ReceivedEvent<SampleHappened> event) {
            handled.add(event);
            tenantsDuringHandling.add(TenantContext.require());
        }

        @Override
        public Class<SampleHappened> payloadType() {
            return SampleHappened.class;
        }
    }));

    @Test
    void handlerGetsTheEnvelopeAndPayloadInsideTheMessagesTenantWhichIsLeftAfterwards() {
        dispatcher.onRecord(record("{\"sampleId\":\"s-1\",\"label\":\"x\",\"unknownField\":42}",
                headers("nl.koploper.eventstest.sample-happened.v1", "westerkwartier")));

        assertThat(handled).singleElement().satisfies(event -> {
            assertThat(event.id()).isEqualTo("e-1");
            assertThat(event.tenant()).isEqualTo(TenantId.of("westerkwartier"));
            assertThat(event.subject()).isEqualTo("s-1");
            assertThat(event.time()).hasToString("2025-03-01T09:15:30Z");
            assertThat(event.payload()).isEqualTo(new SampleHappened("s-1", "x"));
        });
        assertThat(tenantsDuringHandling).containsExactly(TenantId.of("westerkwartier"));
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void unknownTypesAreSkipped() {
        dispatcher.onRecord(record("{}", headers("nl.koploper.other.something.v7", "westerkwartier")));

        assertThat(handled).isEmpty();
    }

    @Test
    void aMessageWithoutAValidTenantIsRejectedBeforeAnyHandlerRuns() {
        assertThatThrownBy(() -> dispatcher.onRecord(record("{\"sampleId\":\"s-1\",\"label\":\"x\"}",
                headers("nl.koploper.eventstest.sample-happened.v1", null))))
                .isInstanceOf(RejectedEventException.class).hasMessageContaining("no koploper_tenant header");
        assertThatThrownBy(() -> dispatcher.onRecord(record("{\"sampleId\":\"s-1\",\"label\":\"x\"}",
                headers("nl.koploper.eventstest.sample-happened.v1", "Not A Slug"))))
                .isInstanceOf(RejectedEventException.class).hasMessageContaining("not a gemeente slug");
        assertThat(handled).isEmpty();
    }

    @Test
    void anUnreadablePayloadIsRejected() {
        assertThatThrownBy(() -> dispatcher.onRecord(record("{not json",
                headers("nl.koploper.eventstest.sample-happened.v1", "westerkwartier"))))
                .isInstanceOf(RejectedEventException.class).hasMessageContaining("not a valid");
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void subscribesToThePayloadsTopic() {
        assertThat(dispatcher.topics()).containsExactly(EventsTestApplication.TOPIC);
    }

    private static Map<String, String> headers(String type, String tenant) {
        Map<String, String> headers = new java.util.HashMap<>(Map.of(EventHeaders.ID, "e-1", EventHeaders.TYPE, type,
                EventHeaders.SUBJECT, "s-1", EventHeaders.TIME, "2025-03-01T10:15:30+01:00"));
        if (tenant != null) {
            headers.put(EventHeaders.TENANT, tenant);
        }
        return headers;
    }

    private static ConsumerRecord<String, String> record(String value, Map<String, String> headers) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(EventsTestApplication.TOPIC, 0, 0L, "s-1", value);
        headers.forEach((name, headerValue) -> record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}
