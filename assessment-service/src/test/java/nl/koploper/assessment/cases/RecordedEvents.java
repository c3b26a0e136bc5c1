package nl.koploper.assessment.cases;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.assessment.AdvisorAssigned;
import nl.koploper.contracts.assessment.NulmetingVisitPlanned;
import nl.koploper.contracts.assessment.NulmetingVisitRescheduled;
import nl.koploper.contracts.assessment.NulmetingCompleted;
import nl.koploper.contracts.assessment.ProfilePublished;
import nl.koploper.platform.events.AggregateRoot;
import nl.koploper.platform.events.PendingEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an aggregate's pending events back into their contract records the way a consumer would: from the stored
 * JSON and the type name, so a test also proves that each payload survives the wire.
 */
final class RecordedEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Class<?>> BY_TYPE = Stream.of(AdvisorAssigned.class, NulmetingVisitPlanned.class,
                    NulmetingVisitRescheduled.class, ProfilePublished.class, NulmetingCompleted.class)
            .collect(Collectors.toMap(type -> type.getAnnotation(EventType.class).value(), Function.identity()));

    private RecordedEvents() {
    }

    static List<Object> payloads(AggregateRoot aggregate) {
        return aggregate.pendingEvents().stream().map(RecordedEvents::payload).toList();
    }

    static <T> List<T> payloads(AggregateRoot aggregate, Class<T> type) {
        return payloads(aggregate).stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Object payload(PendingEvent event) {
        Class<?> type = BY_TYPE.get(event.type());
        if (type == null) {
            throw new AssertionError("Unexpected event type " + event.type());
        }
        return JSON.readValue(event.payload(), type);
    }
}
