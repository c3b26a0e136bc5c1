package nl.koploper.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The README's run command works: {@code ./koploper up} starts the whole platform, its tokens are accepted, every
 * service answers through the gateway, and {@code ./koploper down} leaves nothing behind.
 */
class LocalStackIT {

    private static final String TENANT = "westerkwartier";
    private static final Duration UP_TIMEOUT = Duration.ofMinutes(8);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** True once we may have started processes: only then do we stop them, and only then check the ports. */
    private static boolean startedByUs;
    private static String coordinatorToken;

    @BeforeAll
    static void startStack() {
        for (String module : List.of("gateway", "cohort-service", "assessment-service", "footprint-service",
                "events-service", "notification-service")) {
            Path jar = KoploperCommand.REPO_ROOT.resolve(module + "/target/" + module + "-0.1.0-SNAPSHOT.jar");
            assertThat(jar).as("service jar (build with ./mvnw -B package -DskipTests first)").exists();
        }
        List<Integer> taken = StackPorts.open();
        if (!taken.isEmpty()) {
            fail("ports " + taken + " are already in use (a stack from ./koploper up?); stop it first: ./koploper down");
        }
        startedByUs = true;
        // Generous: two cores shared with a build; up itself gives up after KOPLOPER_TIMEOUT.
        KoploperCommand.Result up = KoploperCommand.run(UP_TIMEOUT, Map.of("KOPLOPER_TIMEOUT", "420"), "up");
        assertThat(up.exitCode()).as("./koploper up exit code; its output ends with:\n%s", up.tail()).isZero();
        coordinatorToken = token("--tenant", TENANT, "--role", "coordinator");
    }

    @AfterAll
    static void stopStack() {
        if (!startedByUs) {
            return;
        }
        KoploperCommand.Result down = KoploperCommand.run(Duration.ofMinutes(3), "down");
        assertThat(down.exitCode()).as("./koploper down: %s", down.output()).isZero();
        await("every port of the stack closed").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(StackPorts.open()).isEmpty());
        assertThat(KoploperCommand.STATE_DIR.resolve("run")).isDirectoryNotContaining("glob:**.pid");
    }

    @Nested
    class Tokens {

        @Test
        void coordinatorTokenCarriesTenantRoleAudienceAndEmail() {
            String claims = claimsOf(coordinatorToken);

            assertThat(JsonPath.<String>read(claims, "$.tenant")).isEqualTo(TENANT);
            assertThat(JsonPath.<List<String>>read(claims, "$.roles")).containsExactly("coordinator");
            assertThat(JsonPath.<Object>read(claims, "$.aud").toString()).contains("koploper");
            assertThat(JsonPath.<String>read(claims, "$.iss")).isEqualTo("http://localhost:" + StackPorts.oidc() + "/koploper");
            assertThat(JsonPath.<String>read(claims, "$.email")).isEqualTo("coordinator@westerkwartier.example");
        }

        @Test
        void platformAdminTokenHasNoTenant() {
            String claims = claimsOf(token("--role", "platform-admin", "--email", "team@koploper.example"));

            assertThat(JsonPath.<List<String>>read(claims, "$.roles")).containsExactly("platform-admin");
            assertThat(JsonPath.<String>read(claims, "$.email")).isEqualTo("team@koploper.example");
            assertThat(JsonPath.<Map<String, Object>>read(claims, "$")).doesNotContainKey("tenant");
        }

        @Test
        void tenantIsRequiredForTenantRoles() {
            KoploperCommand.Result result = KoploperCommand.run(Duration.ofSeconds(30), "token", "--role", "jury");

            assertThat(result.exitCode()).isNotZero();
            assertThat(result.output()).contains("--tenant");
        }
    }

    @Nested
    class ThroughTheGateway {

        @Test
        void refusesRequestsWithoutToken() throws Exception {
            HttpResponse<String> response = get("/api/cohorts/whoami", null);

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
        void everyServiceAnswersWithTheCallersTenant(String prefix, String service) throws Exception {
            HttpResponse<String> response = get("/api/" + prefix + "/whoami", coordinatorToken);

            assertThat(response.statusCode()).as("GET /api/%s/whoami: %s", prefix, response.body()).isEqualTo(200);
            assertThat(JsonPath.<String>read(response.body(), "$.service")).isEqualTo(service);
            assertThat(JsonPath.<String>read(response.body(), "$.tenant")).isEqualTo(TENANT);
            assertThat(JsonPath.<List<String>>read(response.body(), "$.roles")).contains("coordinator");
        }
    }

    private static String token(String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "token";
        System.arraycopy(options, 0, args, 1, options.length);
        KoploperCommand.Result result = KoploperCommand.run(Duration.ofSeconds(30), args);
        assertThat(result.exitCode()).as("./koploper token: %s", result.output()).isZero();
        String token = result.output().strip();
        assertThat(token).as("only the token is printed").matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        return token;
    }

    private static String claimsOf(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + StackPorts.gateway() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static {
        // Fail early and clearly when the script is missing rather than in a process error.
        if (!Files.isExecutable(KoploperCommand.REPO_ROOT.resolve("koploper"))) {
            throw new IllegalStateException("no executable ./koploper at " + KoploperCommand.REPO_ROOT);
        }
    }
}
