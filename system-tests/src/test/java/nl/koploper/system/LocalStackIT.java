package nl.koploper.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The README's run command works: {@code ./koploper up} starts the whole platform, its tokens are accepted and every
 * service answers through the gateway. ({@link LocalStack} checks that {@code ./koploper down} leaves nothing behind
 * when the run ends.)
 */
@ExtendWith(LocalStack.Extension.class)
class LocalStackIT {

    private static final String TENANT = "westerkwartier";

    private final LocalStack stack = LocalStack.get();

    @Nested
    class Tokens {

        @Test
        void coordinatorTokenCarriesTenantRoleAudienceAndEmail() {
            String claims = claimsOf(stack.token(TENANT, "coordinator"));

            assertThat(JsonPath.<String>read(claims, "$.tenant")).isEqualTo(TENANT);
            assertThat(JsonPath.<List<String>>read(claims, "$.roles")).containsExactly("coordinator");
            assertThat(JsonPath.<Object>read(claims, "$.aud").toString()).contains("koploper");
            assertThat(JsonPath.<String>read(claims, "$.iss")).isEqualTo("http://localhost:" + StackPorts.oidc() + "/koploper");
            assertThat(JsonPath.<String>read(claims, "$.email")).isEqualTo("coordinator@westerkwartier.example");
        }

        @Test
        void platformAdminTokenHasNoTenant() {
            String claims = claimsOf(stack.platformAdminToken());

            assertThat(JsonPath.<List<String>>read(claims, "$.roles")).containsExactly("platform-admin");
            assertThat(JsonPath.<String>read(claims, "$.email")).isEqualTo("team@koploper.example");
            assertThat(JsonPath.<Map<String, Object>>read(claims, "$")).doesNotContainKey("tenant");
        }

        @Test
        void tenantIsRequiredForTenantRoles() {
            KoploperCommand.Result result = stack.koploper(Duration.ofSeconds(30), "token", "--role", "jury");

            assertThat(result.exitCode()).isNotZero();
            assertThat(result.output()).contains("--tenant");
        }
    }

    @Nested
    class ThroughTheGateway {

        @Test
        void refusesRequestsWithoutToken() {
            HttpResponse<String> response = stack.get("/api/cohorts/whoami", null);

            assertThat(response.statusCode()).isEqualTo(401);
        }

        @ParameterizedTest(name = "/api/{0}/whoami is answered by {1}")
        @CsvSource({
            "cohorts, cohort",
            "assessments, assessment",
            "footprints, footprint",
            "meetings, events",
            "notifications, notification"
        })
        void everyServiceAnswersWithTheCallersTenant(String prefix, String service) {
            HttpResponse<String> response = stack.get("/api/" + prefix + "/whoami", stack.token(TENANT, "coordinator"));

            assertThat(response.statusCode()).as("GET /api/%s/whoami: %s", prefix, response.body()).isEqualTo(200);
            assertThat(JsonPath.<String>read(response.body(), "$.service")).isEqualTo(service);
            assertThat(JsonPath.<String>read(response.body(), "$.tenant")).isEqualTo(TENANT);
            assertThat(JsonPath.<List<String>>read(response.body(), "$.roles")).contains("coordinator");
        }
    }

    private static String claimsOf(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
