package nl.koploper.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What every operation of a service's OpenAPI document says without its controller repeating it: the problem+json
 * answers the platform itself gives (400 bad input, 401 no valid token, 403 role or gemeente, 404 not in this
 * gemeente, 412 an outdated If-Match, 413 a body over the limit), and that {@code /api/public/**} needs no token.
 * A controller states its summary, its success code where the signature does not show it, and the problems that are
 * its own (a 409 and its rule) with a description only: every error answer gets the problem+json body here.
 */
public final class ApiDocumentation implements OpenApiCustomizer {

    /** The schema every error answer has (RFC 9457), with the fields the platform adds. */
    public static final String PROBLEM_SCHEMA = "Problem";
    public static final String PUBLIC_PREFIX = "/api/public/";

    private static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> describe(path, method, operation)));
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        boolean open = path.startsWith(PUBLIC_PREFIX);
        if (open) {
            operation.setSecurity(List.of()); // overrides the document-wide bearer requirement
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput) {
            problem(responses, "400", "Bad input: a field or parameter is missing, malformed, unknown or out of "
                    + "range; the problem names it (errors[]) and nothing was changed");
        }
        if (!open) {
            problem(responses, "401", "No token, or a token that is expired, forged or of another issuer");
            problem(responses, "403", "The token's role may not do this, or its gemeente is not registered");
        }
        if (path.contains("{")) {
            problem(responses, "404", open
                    ? "Nothing is known under this link (or it is no longer valid)"
                    : "Not found in the token's gemeente (another gemeente's id is not found either)");
        }
        if (hasHeader(operation, "If-Match")) {
            problem(responses, "412", "If-Match names an older version: someone changed it first; reload and "
                    + "decide again. Nothing was changed");
        }
        if (operation.getRequestBody() != null && method != PathItem.HttpMethod.GET) {
            problem(responses, "413", "The body is larger than the service accepts");
        }
        // The controller's own error answers (a 409 naming its rule) have the same body: written once, here.
        responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                problem(responses, code, response.getDescription());
            }
        });
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName()));
    }

    /**
     * Adds the answer unless the controller documented this code itself; gives a documented one the problem body
     * where it has none, only springdoc's guess ({@code *}{@code /*}, the handler's return type) or no schema.
     */
    private static void problem(ApiResponses responses, String code, String description) {
        ApiResponse existing = responses.get(code);
        if (existing == null) {
            responses.addApiResponse(code, new ApiResponse().description(description).content(problemContent()));
            return;
        }
        Content content = existing.getContent();
        MediaType problem = content == null ? null : content.get(PROBLEM_JSON);
        if (problem == null) {
            existing.setContent(problemContent());
        } else if (problem.getSchema() == null || (problem.getSchema().get$ref() == null
                && problem.getSchema().getProperties() == null)) {
            problem.setSchema(problemSchemaRef());
        }
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(problemSchemaRef()));
    }

    private static Schema<Object> problemSchemaRef() {
        return new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA);
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<Object> error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field or parameter, as sent"))
                .addProperty("code", new StringSchema().description("What kind of error, for programs (not always)"))
                .addProperty("message", new StringSchema().description("What is wrong with it"));
        return new ObjectSchema()
                .description("An error answer (RFC 9457). title and detail are Dutch, English on "
                        + "Accept-Language: en; type is stable and meant for programs.")
                .properties(Map.of(
                        "type", new StringSchema().format("uri").description("about:blank, or a "
                                + "https://koploper.nl/problems/... type a client can act on"),
                        "title", new StringSchema().example("Ongeldige aanvraag"),
                        "status", new IntegerSchema().example(400),
                        "detail", new StringSchema(),
                        "instance", new StringSchema().format("uri-reference"),
                        "errors", new Schema<>().type("array").items(error)
                                .description("Bad input: one entry per field that is wrong")));
    }
}
