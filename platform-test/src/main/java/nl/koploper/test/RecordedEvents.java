package nl.koploper.test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.golden.GoldenSamples;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an aggregate's pending events back into their contract records the way a consumer would: from the stored
 * JSON and the type name, so a unit test of an aggregate also proves that each payload survives the wire, and that
 * its JSON has the shape of the event's golden sample ({@link GoldenSamples#assertSameShape}): the platform's event
 * mapping writes what the contracts agree on. Every {@link EventType} record in {@code nl.koploper.contracts} is
 * known.
 *
 * <p>The aggregate is taken as an {@code Object} and its {@code pendingEvents()} (and each event's {@code type()} and
 * {@code payload()}) are called by name: the platform's own tests use this module, so this module cannot depend on
 * the platform's {@code AggregateRoot} (see also {@link TestGemeenten}).
 */
public final class RecordedEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RecordedEvents() {
    }

    /** How many events are pending now: pass it to {@link #since} to see only what a later change recorded. */
    public static int mark(Object aggregate) {
        return pendingEvents(aggregate).size();
    }

    /** The payloads recorded after {@code mark}, oldest first. */
    public static List<Object> since(Object aggregate, int mark) {
        List<?> events = pendingEvents(aggregate);
        return events.subList(mark, events.size()).stream().map(RecordedEvents::payload).toList();
    }

    /** Every pending payload, oldest first. */
    public static List<Object> payloads(Object aggregate) {
        return since(aggregate, 0);
    }

    public static <T> List<T> payloads(Object aggregate, Class<T> type) {
        return payloads(aggregate).stream().filter(type::isInstance).map(type::cast).toList();
    }

    public static List<Class<?>> types(Object aggregate) {
        return payloads(aggregate).stream().<Class<?>>map(Object::getClass).toList();
    }

    /** The one payload in {@code payloads}, which must be a {@code type}. */
    public static <T> T only(List<Object> payloads, Class<T> type) {
        if (payloads.size() != 1 || !type.isInstance(payloads.get(0))) {
            throw new AssertionError("Expected exactly one " + type.getSimpleName() + " but got " + payloads);
        }
        return type.cast(payloads.get(0));
    }

    /** The latest pending {@code type}; fails when there is none. */
    public static <T> T last(Object aggregate, Class<T> type) {
        List<T> all = payloads(aggregate, type);
        if (all.isEmpty()) {
            throw new AssertionError("No " + type.getSimpleName() + " was recorded");
        }
        return all.get(all.size() - 1);
    }

    /** The contract record of an event type name, e.g. {@code nl.koploper.cohort.cohort-created.v1}. */
    public static Class<?> contractOf(String eventType) {
        Class<?> type = GoldenSamples.recordOf(eventType);
        if (type == null) {
            throw new AssertionError("Unexpected event type " + eventType);
        }
        return type;
    }

    private static Object payload(Object pendingEvent) {
        Class<?> type = contractOf((String) call(pendingEvent, "type"));
        String json = (String) call(pendingEvent, "payload");
        GoldenSamples.assertSameShape(type, json);
        return JSON.readValue(json, type);
    }

    private static List<?> pendingEvents(Object aggregate) {
        return (List<?>) call(aggregate, "pendingEvents");
    }

    private static Object call(Object target, String accessor) {
        try {
            Method method = target.getClass().getMethod(accessor);
            return method.invoke(target);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(target.getClass().getName() + " has no " + accessor
                    + "(): pass an AggregateRoot", e);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
