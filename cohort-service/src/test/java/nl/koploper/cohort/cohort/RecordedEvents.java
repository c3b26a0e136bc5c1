package nl.koploper.cohort.cohort;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.cohort.AssignmentSubmitted;
import nl.koploper.contracts.cohort.AwardGranted;
import nl.koploper.contracts.cohort.CertificateIssued;
import nl.koploper.contracts.cohort.CohortCancelled;
import nl.koploper.contracts.cohort.CohortCompleted;
import nl.koploper.contracts.cohort.CohortCreated;
import nl.koploper.contracts.cohort.CohortMinimumReached;
import nl.koploper.contracts.cohort.CohortOpened;
import nl.koploper.contracts.cohort.CohortStarted;
import nl.koploper.contracts.cohort.ParticipantPromoted;
import nl.koploper.contracts.cohort.ParticipantRegistered;
import nl.koploper.contracts.cohort.ParticipantRemoved;
import nl.koploper.contracts.cohort.ParticipantWithdrew;
import nl.koploper.contracts.cohort.RegistrationRepeated;
import nl.koploper.platform.events.AggregateRoot;
import nl.koploper.platform.events.PendingEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an aggregate's pending events back into their contract records, the way a consumer would: from the stored JSON
 * and the type name, so a test also proves that each payload survives the wire.
 */
final class RecordedEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Class<?>> BY_TYPE = Stream.of(CohortCreated.class, CohortOpened.class,
                    ParticipantRegistered.class, ParticipantPromoted.class, ParticipantWithdrew.class,
                    ParticipantRemoved.class, CohortMinimumReached.class, CohortStarted.class, CohortCompleted.class,
                    CohortCancelled.class, AssignmentSubmitted.class, AwardGranted.class, CertificateIssued.class,
                    RegistrationRepeated.class)
            .collect(Collectors.toMap(type -> type.getAnnotation(EventType.class).value(), Function.identity()));

    private RecordedEvents() {
    }

    static List<Object> payloads(AggregateRoot aggregate) {
        return aggregate.pendingEvents().stream().map(RecordedEvents::payload).toList();
    }

    static <T> List<T> payloads(AggregateRoot aggregate, Class<T> type) {
        return payloads(aggregate).stream().filter(type::isInstance).map(type::cast).toList();
    }

    static List<Class<?>> types(AggregateRoot aggregate) {
        return payloads(aggregate).stream().<Class<?>>map(Object::getClass).toList();
    }

    static <T> T last(AggregateRoot aggregate, Class<T> type) {
        List<T> all = payloads(aggregate, type);
        if (all.isEmpty()) {
            throw new AssertionError("No " + type.getSimpleName() + " was recorded");
        }
        return all.get(all.size() - 1);
    }

    private static Object payload(PendingEvent event) {
        Class<?> type = BY_TYPE.get(event.type());
        if (type == null) {
            throw new AssertionError("Unexpected event type " + event.type());
        }
        return JSON.readValue(event.payload(), type);
    }
}
