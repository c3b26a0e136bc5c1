package nl.koploper.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The {@code errors} entries of a 400 ({@code field}, {@code code}, {@code message}) for what Spring finds before a
 * controller runs: a body that does not bind (a string where a number belongs, an unknown field or enum value) and
 * Bean Validation of bodies and parameters. Field paths have the same form as {@link FieldProblem}'s:
 * {@code electricity.boughtKwh.yearTotal}, {@code waste[2].kind}.
 */
final class FieldErrors {

    private FieldErrors() {
    }

    static List<Map<String, String>> of(HandlerMethodValidationException ex, ProblemTexts texts) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors body) {
                // A validated body: its nested paths, not just the parameter's name.
                body.getFieldErrors().forEach(error -> errors.add(entry(error.getField(), error.getCode(),
                        error.getDefaultMessage(), texts)));
                body.getGlobalErrors().forEach(error -> errors.add(entry("", error.getCode(),
                        error.getDefaultMessage(), texts)));
            } else {
                String name = result.getMethodParameter().getParameterName();
                result.getResolvableErrors().forEach(error -> errors.add(entry(name == null ? "" : name,
                        error.getCodes() == null || error.getCodes().length == 0 ? null
                                : error.getCodes()[error.getCodes().length - 1], error.getDefaultMessage(),
                        texts)));
            }
        }
        return errors;
    }

    /** A Bean Validation constraint's name as one of the platform's codes. */
    static Map<String, String> entry(String field, String constraint, String message, ProblemTexts texts) {
        String code = switch (constraint == null ? "" : constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Min", "Max", "Size", "Digits", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero" ->
                    "out-of-range";
            default -> "invalid";
        };
        return Map.of("field", field, "code", code, "message", message == null ? texts.text("field.invalid", "is invalid") : message);
    }

    /** The one field a body failed to bind on, or null when the body is not JSON of a usable shape at all. */
    static Map<String, String> ofUnreadable(HttpMessageNotReadableException ex, ProblemTexts texts) {
        JacksonException jackson = find(ex, JacksonException.class);
        if (jackson == null || jackson instanceof StreamReadException || jackson.getPath().isEmpty()) {
            return null;
        }
        String field = path(jackson.getPath());
        if (jackson instanceof UnrecognizedPropertyException) {
            return Map.of("field", field, "code", "unknown-field", "message",
                    texts.text("field.unknown", "not a field of this request; check the spelling"));
        }
        if (jackson instanceof InvalidFormatException invalid) {
            return Map.of("field", field, "code", "invalid-value", "message",
                    texts.text("field.invalid-value", "'" + invalid.getValue() + "' is not a valid value here",
                            String.valueOf(invalid.getValue())));
        }
        if (jackson instanceof MismatchedInputException) {
            return Map.of("field", field, "code", "wrong-type",
                    "message", texts.text("field.wrong-type",
                            "has the wrong JSON type (a number, text, list or object is expected here)"));
        }
        return Map.of("field", field, "code", "invalid-value", "message", texts.text("field.unreadable", "cannot be read"));
    }

    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
