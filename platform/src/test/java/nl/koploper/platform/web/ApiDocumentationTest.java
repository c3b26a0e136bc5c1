package nl.koploper.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiDocumentationTest {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Test
    void documentsThePlatformsAnswersOnAChangeWithIfMatch() {
        Operation change = new Operation()
                .addParametersItem(new PathParameter().name("cohortId"))
                .addParametersItem(new HeaderParameter().name("If-Match"))
                .requestBody(new RequestBody())
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("Changed"))
                        .addApiResponse("409", new ApiResponse().description("rule cohort-started")));
        OpenAPI document = document("/api/cohorts/{cohortId}", new PathItem().put(change));

        new ApiDocumentation().customise(document);

        assertThat(change.getResponses()).containsOnlyKeys("200", "400", "401", "403", "404", "409", "412", "413");
        assertThat(change.getResponses().get("409").getDescription()).isEqualTo("rule cohort-started");
        change.getResponses().forEach((code, response) -> {
            if (!code.equals("200")) {
                assertThat(response.getContent().get("application/problem+json").getSchema().get$ref())
                        .as(code).isEqualTo(PROBLEM_REF);
            }
        });
        assertThat(change.getSecurity()).as("the document-wide bearer requirement applies").isNull();
        assertThat(document.getComponents().getSchemas()).containsKey("Problem");
    }

    @Test
    void replacesSpringdocsGuessedErrorBodyAndKeepsAWrittenOne() {
        Schema<Object> written = new Schema<>().$ref("#/components/schemas/Special");
        Operation read = new Operation().responses(new ApiResponses()
                .addApiResponse("200", new ApiResponse().description("The cohort"))
                .addApiResponse("409", new ApiResponse().description("guessed").content(new Content()
                        .addMediaType("*/*", new MediaType().schema(new Schema<>().$ref("#/components/schemas/Cohort")))))
                .addApiResponse("422", new ApiResponse().description("written").content(new Content()
                        .addMediaType("application/problem+json", new MediaType().schema(written)))));
        OpenAPI document = document("/api/cohorts", new PathItem().get(read));

        new ApiDocumentation().customise(document);

        assertThat(read.getResponses()).containsOnlyKeys("200", "401", "403", "409", "422");
        assertThat(read.getResponses().get("409").getContent()).containsOnlyKeys("application/problem+json");
        assertThat(read.getResponses().get("422").getContent().get("application/problem+json").getSchema())
                .isSameAs(written);
    }

    @Test
    void marksPublicPathsAsNeedingNoToken() {
        Operation register = new Operation().requestBody(new RequestBody()).responses(new ApiResponses()
                .addApiResponse("202", new ApiResponse().description("Received")));
        OpenAPI document = document("/api/public/cohorts/{tenant}/{cohortId}/registrations",
                new PathItem().post(register));

        new ApiDocumentation().customise(document);

        assertThat(register.getSecurity()).isEqualTo(List.of());
        assertThat(register.getResponses()).containsOnlyKeys("202", "400", "404", "413");
        assertThat(register.getResponses().get("404").getDescription()).contains("link");
    }

    private static OpenAPI document(String path, PathItem item) {
        return new OpenAPI().paths(new Paths().addPathItem(path, item));
    }
}
