package nl.koploper.portal.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A problem+json answer of the platform (RFC 9457): the status, its title and detail, and the fields it names. The
 * pages turn it into Dutch or English text for a person ({@link ProblemMessages}); the service's own English text is
 * kept only as the last resort.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;
    private final String rule;

    public ApiProblem(int status, String title, String detail, List<FieldError> errors) {
        this(status, title, detail, errors, null);
    }

    /** With {@code rule}: the stable name of the domain rule a 409 broke (e.g. {@code assignment-deadline-passed}). */
    public ApiProblem(int status, String title, String detail, List<FieldError> errors, String rule) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.rule = rule;
    }

    /** One invalid field: its path in the request body ({@code organisation.kvkNumber}), a code and the service's text. */
    public record FieldError(String field, String code, String message) {
    }

    @SuppressWarnings("unchecked")
    static ApiProblem of(int status, Map<String, Object> body) {
        if (body == null) {
            return new ApiProblem(status, null, null, List.of());
        }
        List<FieldError> errors = Optional.ofNullable(body.get("errors")).filter(List.class::isInstance)
                .map(list -> ((List<Object>) list).stream()
                        .filter(Map.class::isInstance)
                        .map(entry -> (Map<String, Object>) entry)
                        .map(entry -> new FieldError(text(entry.get("field")), text(entry.get("code")),
                                text(entry.get("message"))))
                        .toList())
                .orElse(List.of());
        return new ApiProblem(status, text(body.get("title")), text(body.get("detail")), errors,
                text(body.get("rule")));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The rule a 409 named, or null: the services' rule names never change, so a page may say each in its words. */
    public String rule() {
        return rule;
    }

    public boolean isNotFound() {
        return status == 404;
    }
}
