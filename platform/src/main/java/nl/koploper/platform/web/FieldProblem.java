package nl.koploper.platform.web;

import java.util.Objects;

/**
 * One thing wrong with one input field, addressed by a JSON-style path ({@code contact.email},
 * {@code waste[2].kg}); handed out unchanged as an entry of a 400 problem's {@code errors}.
 *
 * @param field   where the problem is, as a path into the request or file
 * @param code    a stable, machine-readable kind ({@code negative}, {@code missing-factor}, ...)
 * @param message what to fix, in plain words
 */
public record FieldProblem(String field, String code, String message) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** A problem of the general kind {@code invalid}. */
    public FieldProblem(String field, String message) {
        this(field, "invalid", message);
    }
}
