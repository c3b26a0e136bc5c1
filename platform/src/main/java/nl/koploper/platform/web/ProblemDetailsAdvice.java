package nl.koploper.platform.web;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.koploper.platform.gemeente.GemeenteNotActiveException;
import nl.koploper.platform.gemeente.GemeenteProblems;
import nl.koploper.platform.tenancy.InvalidTenantException;
import nl.koploper.platform.tenancy.MissingTenantException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into RFC 9457 problem+json: Spring MVC's own (unreadable JSON, wrong media type, unknown
 * path) through the base class, the platform's exceptions here. A client's mistake is a 4xx that says what to
 * fix; only our own faults are 500s, and those never carry a stack trace.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final ProblemTexts texts;

    ProblemDetailsAdvice(ProblemTexts texts) {
        this.texts = texts;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(error -> errors.add(FieldErrors.entry(error.getField(),
                error.getCode(), error.getDefaultMessage(), texts)));
        ex.getBindingResult().getGlobalErrors().forEach(error -> errors.add(FieldErrors.entry("", error.getCode(),
                error.getDefaultMessage(), texts)));
        return handleExceptionInternal(ex, invalid(invalidFields(), errors), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        return handleExceptionInternal(ex, invalid(invalidValues(), FieldErrors.of(ex, texts)), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (causedBy(ex, BodySizeLimitFilter.BodyTooLargeException.class)) {
            ProblemDetail tooLarge = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    ex.getMostSpecificCause().getMessage());
            return handleExceptionInternal(ex, tooLarge, headers, HttpStatus.CONTENT_TOO_LARGE, request);
        }
        Map<String, String> field = FieldErrors.ofUnreadable(ex, texts);
        if (field != null) {
            return handleExceptionInternal(ex, invalid(invalidValues(), List.of(field)), headers,
                    HttpStatus.BAD_REQUEST, request);
        }
        // The parser's message can quote internals (class names); say what to fix instead.
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST,
                texts.text("title.unreadable-body", "Unreadable request body"),
                texts.text("unreadable-body", "The request body is missing or is not valid JSON of the expected shape"));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException ex) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (int i = 0; i < ex.problems().size(); i++) {
            FieldProblem p = ex.problems().get(i);
            ProblemText text = ex.text(i);
            errors.add(Map.of("field", p.field(), "code", p.code(),
                    "message", text == null ? p.message() : texts.text(text)));
        }
        return invalid(invalidValues(), errors);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        String detail = texts.text(List.of("not-found." + ex.what(), "not-found"), ex.getMessage(), ex.id(),
                ex.what());
        return problem(HttpStatus.NOT_FOUND, texts.text("title.not-found", "Not found"), detail);
    }

    @ExceptionHandler(GemeenteNotActiveException.class)
    ProblemDetail gemeenteNotActive(GemeenteNotActiveException ex) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN,
                texts.text("title.gemeente-deactivated", GemeenteProblems.DEACTIVATED_TITLE),
                texts.text("gemeente-deactivated", ex.getMessage(), ex.tenant()));
        problem.setType(GemeenteProblems.DEACTIVATED);
        problem.setProperty("tenant", ex.tenant());
        return problem;
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolated(RuleViolationException ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, texts.text("title.rule-violated", "Rule violated"),
                ex.text() == null ? ex.getMessage() : texts.text(ex.text()));
        problem.setProperty("rule", ex.rule());
        return problem;
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException ex) {
        return problem(HttpStatus.CONFLICT, texts.text("title.already-exists", "Already exists"),
                texts.text("already-exists", "This conflicts with something that already exists"));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException ex) {
        return problem(HttpStatus.CONFLICT, texts.text("title.concurrent-change", "Concurrent change"),
                texts.text("concurrent-change", "Someone changed this at the same time; reload and try again"));
    }

    @ExceptionHandler(PreconditionFailedException.class)
    ProblemDetail preconditionFailed(PreconditionFailedException ex) {
        return problem(HttpStatus.PRECONDITION_FAILED, texts.text("title.precondition-failed", "Precondition failed"),
                ex.getMessage());
    }

    @ExceptionHandler(MissingTenantException.class)
    ProblemDetail missingTenant(MissingTenantException ex) {
        return problem(HttpStatus.BAD_REQUEST, texts.text("title.no-gemeente", "No gemeente named"), ex.getMessage());
    }

    @ExceptionHandler(InvalidTenantException.class)
    ProblemDetail invalidTenant(InvalidTenantException ex) {
        return problem(HttpStatus.BAD_REQUEST, texts.text("title.invalid-gemeente", "Invalid gemeente"),
                ex.getMessage());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolated(ConstraintViolationException ex) {
        return invalid(invalidValues(), ex.getConstraintViolations().stream()
                .map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
                .toList());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
        return invalid(texts.text("type-mismatch", "'" + ex.getValue() + "' is not a valid value for '" + ex.getName()
                        + "'", String.valueOf(ex.getValue()), ex.getName()),
                List.of(Map.of("field", ex.getName(), "message", texts.text("invalid-value", "invalid value"))));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException ex) {
        return problem(HttpStatus.FORBIDDEN, texts.text("title.forbidden", "Forbidden"),
                texts.text("forbidden", "Your role does not allow this"));
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException ex) {
        return problem(HttpStatus.UNAUTHORIZED, texts.text("title.unauthorized", "Unauthorized"),
                texts.text("unauthorized", "A valid access token is needed"));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex) {
        log.error("Unhandled error", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, texts.text("title.internal-error", "Internal error"),
                texts.text("internal-error", "Something went wrong on our side; it has been logged"));
    }

    private String invalidFields() {
        return texts.text("invalid-fields", "The request has invalid fields");
    }

    private String invalidValues() {
        return texts.text("invalid-values", "The request has invalid values");
    }

    private ProblemDetail invalid(String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, texts.text("title.invalid-request", "Invalid request"),
                detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
