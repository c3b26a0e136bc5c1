package nl.koploper.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls through the gateway as a client of the platform does: JSON in and out, the expected status checked with the
 * answer in the failure message, and a 429 from the gateway's rate limit waited out (Retry-After) and sent again, as
 * a well-behaved client would; the year sends bursts a real gemeente spreads over months.
 */
final class Http {

    private static final Duration RATE_LIMIT_PATIENCE = Duration.ofMinutes(2);

    private final LocalStack stack;

    Http(LocalStack stack) {
        this.stack = stack;
    }

    /** The answer of a JSON request; {@code json} null sends no body. */
    Answer send(String method, String path, String token, String json, Map<String, String> headers) {
        Instant giveUp = Instant.now().plus(RATE_LIMIT_PATIENCE);
        while (true) {
            HttpResponse<String> response = stack.send(method, path, token, json, headers);
            if (response.statusCode() != 429 || Instant.now().isAfter(giveUp)) {
                return new Answer(method + " " + path, response);
            }
            long seconds = response.headers().firstValue("Retry-After").map(Http::seconds).orElse(1L);
            LocalStack.sleep(Duration.ofMillis(Math.max(250, Math.min(seconds, 5) * 1000)));
        }
    }

    Answer get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    Answer post(String path, String token, String json) {
        return send("POST", path, token, json, Map.of());
    }

    Answer put(String path, String token, String json) {
        return send("PUT", path, token, json, Map.of());
    }

    /**
     * The id of the advisor with {@code email} in the gemeente's advisor register (assessment-service), added by the
     * coordinator when not there yet: what assigning an advisor to a case takes.
     */
    String registeredAdvisor(String coordinatorToken, String name, String email, String organisation) {
        Answer added = post("/api/assessments/advisors", coordinatorToken, """
                {"name":"%s","email":"%s","organisation":"%s"}""".formatted(name, email, organisation));
        if (added.status() == 201) {
            return added.string("$.id");
        }
        added.expectProblem(409);
        List<String> ids = get("/api/assessments/advisors", coordinatorToken).expect(200)
                .strings("$[?(@.email == '" + email + "')].id");
        assertThat(ids).as("the register's entry of %s", email).hasSize(1);
        return ids.get(0);
    }

    /** The body of {@code PUT /api/assessments/cases/{caseId}/advisor} assigning a register entry. */
    static String assignAdvisorJson(String registerId) {
        return """
                {"advisorId":"%s","locale":"nl"}""".formatted(registerId);
    }

    /** A POST carrying {@code If-Match} with the version the caller last saw. */
    Answer postIfMatch(String path, String token, String json, String etag) {
        Map<String, String> headers = new HashMap<>();
        headers.put("If-Match", etag);
        return send("POST", path, token, json, headers);
    }

    /** A binary download (a PDF), 429 waited out like the JSON calls. */
    byte[] download(String path, String token) {
        Instant giveUp = Instant.now().plus(RATE_LIMIT_PATIENCE);
        while (true) {
            HttpResponse<byte[]> response = stack.download(path, token);
            if (response.statusCode() == 429 && Instant.now().isBefore(giveUp)) {
                LocalStack.sleep(Duration.ofSeconds(1));
                continue;
            }
            assertThat(response.statusCode()).as("GET %s: %s", path, new String(response.body())).isEqualTo(200);
            return response.body();
        }
    }

    int downloadStatus(String path, String token) {
        return stack.download(path, token).statusCode();
    }

    private static long seconds(String retryAfter) {
        try {
            return Long.parseLong(retryAfter.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** One answer, with the request named in every assertion message. */
    record Answer(String request, HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        Answer expect(int status) {
            assertThat(response.statusCode()).as("%s answered %s", request, response.body()).isEqualTo(status);
            return this;
        }

        /** Any success: for steps whose exact 2xx the service's README leaves open. */
        Answer expect2xx() {
            assertThat(response.statusCode()).as("%s answered %s", request, response.body()).isBetween(200, 204);
            return this;
        }

        /** A refusal: the status and a problem+json body. */
        Answer expectProblem(int status) {
            expect(status);
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as("%s content type", request).contains("application/problem+json");
            return this;
        }

        <T> T read(String jsonPath) {
            return JsonPath.read(response.body(), jsonPath);
        }

        String string(String jsonPath) {
            Object value = JsonPath.read(response.body(), jsonPath);
            return value == null ? null : value.toString();
        }

        List<String> strings(String jsonPath) {
            List<Object> values = JsonPath.read(response.body(), jsonPath);
            return values.stream().map(String::valueOf).toList();
        }

        String etag() {
            return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(request + ": no ETag"));
        }
    }
}
