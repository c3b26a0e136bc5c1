package nl.koploper.notification.template;

/**
 * One thing wrong with a template override, by its field ({@code subject}, {@code html} or {@code text}); the API
 * turns a list of these into the field errors of a 400.
 */
public record TemplateProblem(String field, String message) {
}
