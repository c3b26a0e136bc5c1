package nl.koploper.events.meeting;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.meeting.MeetingAttendanceRecorded;
import nl.koploper.contracts.meeting.MeetingCancelled;
import nl.koploper.contracts.meeting.MeetingInvitationAdded;
import nl.koploper.contracts.meeting.MeetingInvitationCancelled;
import nl.koploper.contracts.meeting.MeetingPlaceGranted;
import nl.koploper.contracts.meeting.MeetingReminderDue;
import nl.koploper.contracts.meeting.MeetingRescheduled;
import nl.koploper.contracts.meeting.MeetingRsvpRecorded;
import nl.koploper.contracts.meeting.MeetingScheduled;
import nl.koploper.platform.events.AggregateRoot;
import nl.koploper.platform.events.PendingEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an aggregate's pending events back into their contract records, the way a consumer would: from the stored JSON
 * and the type name, so a test also proves that each payload survives the wire.
 */
final class RecordedEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Class<?>> BY_TYPE = Stream.of(MeetingScheduled.class, MeetingRescheduled.class,
                    MeetingCancelled.class, MeetingInvitationAdded.class, MeetingInvitationCancelled.class,
                    MeetingRsvpRecorded.class, MeetingPlaceGranted.class, MeetingAttendanceRecorded.class,
                    MeetingReminderDue.class)
            .collect(Collectors.toMap(type -> type.getAnnotation(EventType.class).value(), Function.identity()));

    private RecordedEvents() {
    }

    /** How many events are pending now: pass it to {@link #since} to see only what a later change recorded. */
    static int mark(AggregateRoot aggregate) {
        return aggregate.pendingEvents().size();
    }

    static List<Object> since(AggregateRoot aggregate, int mark) {
        List<PendingEvent> events = aggregate.pendingEvents();
        return events.subList(mark, events.size()).stream().map(RecordedEvents::payload).toList();
    }

    static List<Object> payloads(AggregateRoot aggregate) {
        return since(aggregate, 0);
    }

    static <T> List<T> payloads(AggregateRoot aggregate, Class<T> type) {
        return payloads(aggregate).stream().filter(type::isInstance).map(type::cast).toList();
    }

    static <T> T only(List<Object> payloads, Class<T> type) {
        if (payloads.size() != 1 || !type.isInstance(payloads.get(0))) {
            throw new AssertionError("Expected exactly one " + type.getSimpleName() + " but got " + payloads);
        }
        return type.cast(payloads.get(0));
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
