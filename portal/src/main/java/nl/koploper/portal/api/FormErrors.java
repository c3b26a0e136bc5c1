package nl.koploper.portal.api;

import java.util.Map;

/**
 * What went wrong with a submitted form, ready for the page: a sentence for the whole form, and a message per field
 * keyed by the API's field path (e.g. {@code organisation.kvkNumber}), which the form's inputs are named after.
 */
public record FormErrors(String general, Map<String, String> fields) {

    public FormErrors {
        fields = Map.copyOf(fields);
    }

    public static FormErrors none() {
        return new FormErrors(null, Map.of());
    }

    /** The same errors with the API's field paths replaced by the form's input names ({@code names}: path to input). */
    public FormErrors renamed(Map<String, String> names) {
        Map<String, String> renamed = new java.util.LinkedHashMap<>();
        fields.forEach((path, message) -> renamed.putIfAbsent(names.getOrDefault(path, path), message));
        return new FormErrors(general, renamed);
    }

    /** These errors and one more for {@code field}. */
    public FormErrors with(String field, String message) {
        Map<String, String> more = new java.util.LinkedHashMap<>(fields);
        more.putIfAbsent(field, message);
        return new FormErrors(general, more);
    }

    public boolean any() {
        return general != null || !fields.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String of(String field) {
        return fields.get(field);
    }
}
