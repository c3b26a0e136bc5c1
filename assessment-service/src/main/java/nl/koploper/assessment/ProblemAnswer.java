package nl.koploper.assessment;

import nl.koploper.platform.web.ApiDocumentation;
import org.springframework.http.MediaType;

/**
 * How a controller documents an error answer of its own (a 409 naming its rule, a 404 of its own): as the
 * platform's problem+json, {@code content = @Content(mediaType = ProblemAnswer.JSON, schema = @Schema(ref =
 * ProblemAnswer.SCHEMA))}. Without the schema springdoc would leave the body undescribed.
 */
public final class ProblemAnswer {

    public static final String JSON = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    public static final String SCHEMA = ApiDocumentation.PROBLEM_SCHEMA;

    private ProblemAnswer() {
    }
}
