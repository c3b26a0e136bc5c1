package nl.koploper.contracts.golden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.koploper.contracts.EventType;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One agreed JSON sample per event type, {@code nl/koploper/contracts/golden/<event type>.json}, as a publisher writes
 * it and a consumer reads it: every field present (null where the record allows it), in the record's order. The
 * contracts module's own test proves each sample is exactly what its record reads and writes; the services get this
 * class and the samples from the contracts test-jar, so a producer test can check that what it publishes
 * {@link #assertSameShape has the sample's shape} and a consumer test can feed a sample, {@link #json(Class, Map)
 * adapted} to its gemeente and ids, through its handler.
 */
public final class GoldenSamples {

    static final String FOLDER = "nl/koploper/contracts/golden/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GoldenSamples() {
    }

    /** Every event record ({@link EventType}) of the contracts module, ordered by type name. */
    public static List<Class<?>> eventRecords() {
        return Registry.ALL;
    }

    /** The record of an event type name, e.g. {@code nl.koploper.cohort.cohort-created.v1}; null when unknown. */
    public static Class<?> recordOf(String eventType) {
        return Registry.BY_TYPE.get(eventType);
    }

    public static String typeOf(Class<?> eventRecord) {
        EventType type = eventRecord.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventRecord.getName() + " is not an event record");
        }
        return type.value();
    }

    /** The sample of {@code eventRecord} as its JSON text. */
    public static String json(Class<?> eventRecord) {
        String resource = FOLDER + typeOf(eventRecord) + ".json";
        try (InputStream in = GoldenSamples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("No golden sample " + resource + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The sample with some fields changed, e.g. {@code Map.of("tenantId", gemeente, "contact.email", address)}: a
     * dotted name reaches into a nested object. Only fields the sample has can be changed, so a test cannot invent one.
     */
    public static String json(Class<?> eventRecord, Map<String, ?> changes) {
        Sample<?> sample = sample(eventRecord);
        changes.forEach(sample::with);
        return sample.json();
    }

    /** The sample read into its record (with the module's plain mapping, as the platform's event JSON writes it). */
    public static <T> T read(Class<T> eventRecord) {
        return JSON.readValue(json(eventRecord), eventRecord);
    }

    /** The sample with some fields changed ({@link #json(Class, Map) as there}), read into its record. */
    public static <T> T read(Class<T> eventRecord, Map<String, ?> changes) {
        return JSON.readValue(json(eventRecord, changes), eventRecord);
    }

    /**
     * The sample of {@code eventRecord}, to change field by field: unlike a {@code Map.of}, a change may set a null
     * and there may be any number of them.
     */
    public static <T> Sample<T> sample(Class<T> eventRecord) {
        return new Sample<>(eventRecord, (ObjectNode) JSON.readTree(json(eventRecord)));
    }

    /** A golden sample being changed for one test: {@code sample(X.class).with("tenantId", gemeente).read()}. */
    public static final class Sample<T> {

        private final Class<T> eventRecord;
        private final ObjectNode fields;

        private Sample(Class<T> eventRecord, ObjectNode fields) {
            this.eventRecord = eventRecord;
            this.fields = fields;
        }

        /** Sets a field the sample has; a dotted name reaches into a nested object ({@code contact.email}). */
        public Sample<T> with(String path, Object value) {
            String[] names = path.split("\\.");
            ObjectNode parent = fields;
            for (int i = 0; i < names.length - 1; i++) {
                if (!(parent.get(names[i]) instanceof ObjectNode child)) {
                    throw new IllegalArgumentException("The sample of " + typeOf(eventRecord) + " has no object " + path);
                }
                parent = child;
            }
            String name = names[names.length - 1];
            if (!parent.has(name)) {
                throw new IllegalArgumentException("The sample of " + typeOf(eventRecord) + " has no field " + path);
            }
            parent.set(name, JSON.valueToTree(value));
            return this;
        }

        /** The event's type name and topic, for the message's headers. */
        public EventType type() {
            return eventRecord.getAnnotation(EventType.class);
        }

        public String json() {
            return JSON.writeValueAsString(fields);
        }

        public T read() {
            return JSON.treeToValue(fields, eventRecord);
        }
    }

    /** As {@link #assertSameShape(Class, String)}, for a message whose type header names the event type. */
    public static void assertSameShape(String eventType, String json) {
        Class<?> eventRecord = recordOf(eventType);
        if (eventRecord == null) {
            throw new AssertionError("No event record of type " + eventType + " in the contracts");
        }
        assertSameShape(eventRecord, json);
    }

    /**
     * Fails unless {@code json} (what a service published for {@code eventRecord}) has the golden sample's shape: the
     * same field names at every level, and where both have a value, the same kind of value (text, number, true/false,
     * object, list). The values themselves may differ, and a null stands for any value. The keys of a map-valued
     * field are data, not fields, so they are not compared.
     */
    public static void assertSameShape(Class<?> eventRecord, String json) {
        List<String> differences = new ArrayList<>();
        compare(JSON.readTree(json(eventRecord)), JSON.readTree(json), eventRecord, "$", differences);
        if (!differences.isEmpty()) {
            throw new AssertionError("The " + typeOf(eventRecord) + " published differs from its golden sample: "
                    + String.join("; ", differences) + "\npublished: " + json);
        }
    }

    private static void compare(JsonNode sample, JsonNode actual, Type type, String path, List<String> differences) {
        if (sample == null || sample.isNull() || actual == null || actual.isNull()) {
            return;
        }
        Class<?> raw = raw(type);
        if (Map.class.isAssignableFrom(raw) && sample.isObject() && actual.isObject()) {
            JsonNode anyValue = sample.values().iterator().hasNext() ? sample.values().iterator().next() : null;
            actual.properties().forEach(entry -> compare(anyValue, entry.getValue(), argument(type, 1),
                    path + "." + entry.getKey(), differences));
        } else if (sample.isObject() && actual.isObject()) {
            Set<String> expected = new TreeSet<>(sample.propertyNames());
            Set<String> got = new TreeSet<>(actual.propertyNames());
            if (!expected.equals(got)) {
                Set<String> missing = new TreeSet<>(expected);
                missing.removeAll(got);
                Set<String> extra = new TreeSet<>(got);
                extra.removeAll(expected);
                differences.add(path + " lacks " + missing + " and has " + extra);
            }
            for (String name : expected) {
                if (got.contains(name)) {
                    compare(sample.get(name), actual.get(name), componentType(raw, name), path + "." + name,
                            differences);
                }
            }
        } else if (sample.isArray() && actual.isArray()) {
            if (!sample.isEmpty()) {
                Iterator<JsonNode> elements = actual.values().iterator();
                for (int i = 0; elements.hasNext(); i++) {
                    compare(sample.get(0), elements.next(), argument(type, 0), path + "[" + i + "]", differences);
                }
            }
        } else if (kind(sample) != kind(actual)) {
            differences.add(path + " is " + kind(actual) + ", the sample's " + kind(sample));
        }
    }

    private static Type componentType(Class<?> record, String name) {
        if (record.isRecord()) {
            for (RecordComponent component : record.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return component.getGenericType();
                }
            }
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length > index
                ? parameterized.getActualTypeArguments()[index] : Object.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
    }

    private static String kind(JsonNode node) {
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isString()) {
            return "text";
        }
        if (node.isBoolean()) {
            return "true/false";
        }
        return node.isObject() ? "an object" : node.isArray() ? "a list" : node.getNodeType().toString();
    }

    /** Found once per test JVM, by the annotation, so a new event record needs no list to be kept. */
    private static final class Registry {

        static final List<Class<?>> ALL = scan();
        static final Map<String, Class<?>> BY_TYPE = ALL.stream()
                .collect(Collectors.toUnmodifiableMap(GoldenSamples::typeOf, Function.identity()));

        private static List<Class<?>> scan() {
            ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AnnotationTypeFilter(EventType.class));
            return scanner.findCandidateComponents(EventType.class.getPackageName()).stream()
                    .map(BeanDefinition::getBeanClassName)
                    .<Class<?>>map(name -> ClassUtils.resolveClassName(name, GoldenSamples.class.getClassLoader()))
                    .sorted(Comparator.comparing(GoldenSamples::typeOf))
                    .toList();
        }
    }
}
