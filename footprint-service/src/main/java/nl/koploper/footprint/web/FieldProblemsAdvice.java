package nl.koploper.footprint.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every 400 of this service names the field and a code, like the calculation's own checks do: a body that does not
 * bind (a string where a number belongs, an unknown field, an unknown fuel), and Bean Validation of bodies and path
 * or query parameters (whose nested paths, {@code waste[0].kg.yearTotal}, the platform's handler reports only as
 * the parameter's name). Runs before the platform's handler, for this service's controllers only.
 */
@RestControllerAdvice(basePackages = "nl.koploper.footprint")
@Order(Ordered.HIGHEST_PRECEDENCE)
class FieldProblemsAdvice {

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidArguments(HandlerMethodValidationException ex) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors body) {
                body.getFieldErrors().forEach(error -> errors.add(entry(error.getField(), error.getCode(),
                        error.getDefaultMessage())));
                body.getGlobalErrors().forEach(error -> errors.add(entry("", error.getCode(),
                        error.getDefaultMessage())));
            } else {
                String name = result.getMethodParameter().getParameterName();
                result.getResolvableErrors().forEach(error -> errors.add(entry(name == null ? "" : name,
                        error.getCodes() == null || error.getCodes().length == 0 ? null
                                : error.getCodes()[error.getCodes().length - 1], error.getDefaultMessage())));
            }
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "The request has invalid values", errors);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException ex) {
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(error -> errors.add(entry(error.getField(), error.getCode(),
                error.getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors().forEach(error -> errors.add(entry("", error.getCode(),
                error.getDefaultMessage())));
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "The request has invalid fields", errors);
    }

    /** A Bean Validation constraint's name as one of the codes the calculation's own checks use. */
    static Map<String, String> entry(String field, String constraint, String message) {
        String code = switch (constraint == null ? "" : constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Min", "Max", "Size", "Digits", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero" ->
                    "out-of-range";
            default -> "invalid";
        };
        return Map.of("field", field, "code", code, "message", message == null ? "is invalid" : message);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if ("BodyTooLargeException".equals(cause.getClass().getSimpleName())) {
                // The platform's body size limit, counted while reading a chunked body.
                return problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large", cause.getMessage(), List.of());
            }
        }
        JacksonException jackson = find(ex, JacksonException.class);
        if (jackson == null || jackson instanceof StreamReadException || jackson.getPath().isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "Unreadable request body",
                    "The request body is missing or is not valid JSON of the expected shape", List.of());
        }
        String field = path(jackson.getPath());
        String code;
        String message;
        if (jackson instanceof UnrecognizedPropertyException) {
            code = "unknown-field";
            message = "not a field of this request; check the spelling";
        } else if (jackson instanceof InvalidFormatException invalid) {
            code = "invalid-value";
            message = "'" + invalid.getValue() + "' is not a valid value here";
        } else if (jackson instanceof MismatchedInputException) {
            code = "wrong-type";
            message = "has the wrong JSON type (a number, text, list or object is expected here)";
        } else {
            code = "invalid-value";
            message = "cannot be read";
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "The request has invalid values",
                List.of(Map.of("field", field, "code", code, "message", message)));
    }

    /** {@code electricity.boughtKwh.yearTotal}, {@code waste[2].kind}: the paths the validation uses too. */
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

    private static ProblemDetail problem(HttpStatus status, String title, String detail,
                                         List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
