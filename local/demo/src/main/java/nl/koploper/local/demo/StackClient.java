package nl.koploper.local.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a user of the local stack has: the gateway, tokens from the local issuer (the same client-credentials request
 * {@code ./koploper token} sends) and the mail server's inbox API. The addresses come from system properties the
 * {@code koploper} script sets from its port settings ({@code koploper.gateway}, {@code koploper.issuer},
 * {@code koploper.mail-api}), with the default ports as fallback.
 */
public final class StackClient {

    public static final ObjectMapper JSON = JsonMapper.builder().build();

    private static final int MAX_RATE_LIMIT_RETRIES = 30;

    private final HttpClient http;
    private final URI gateway;
    private final URI issuer;
    private final URI mailApi;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public StackClient(URI gateway, URI issuer, URI mailApi) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1)
                .build();
        this.gateway = gateway;
        this.issuer = issuer;
        this.mailApi = mailApi;
    }

    public static StackClient fromSystemProperties() {
        return new StackClient(
                URI.create(System.getProperty("koploper.gateway", "http://localhost:8080")),
                URI.create(System.getProperty("koploper.issuer", "http://localhost:8090/koploper")),
                URI.create(System.getProperty("koploper.mail-api", "http://127.0.0.1:8025")));
    }

    public URI gateway() {
        return gateway;
    }

    public URI mailApi() {
        return mailApi;
    }

    public HttpClient http() {
        return http;
    }

    /** A JSON answer: status, body (a missing node when empty or not JSON) and headers. */
    public record Answer(int status, JsonNode body, String text, HttpHeaders headers) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** Thrown when the platform answers what the demo did not expect; says what was sent and what came back. */
    public static final class UnexpectedAnswer extends RuntimeException {

        public UnexpectedAnswer(String message) {
            super(message);
        }
    }

    // ------------------------------------------------------------------ tokens

    /**
     * A token for a gemeente's user (tenant null: a platform-admin), cached for the run (they are valid an hour).
     * The issuer must be asked at {@code localhost}: it puts the address it was asked at into {@code iss}.
     */
    public String token(String tenant, String role, String email) {
        return tokens.computeIfAbsent(tenant + "|" + role + "|" + email, key -> requestToken(tenant, role, email));
    }

    private String requestToken(String tenant, String role, String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("scope", "koploper");
        form.put("role", role);
        form.put("email", email);
        if (tenant != null) {
            form.put("tenant", tenant);
        }
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("koploper-cli:local".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        Answer answer = exchange(request);
        String token = answer.body().path("access_token").asString("");
        if (!answer.ok() || token.isEmpty()) {
            throw new UnexpectedAnswer("the token issuer at " + issuer + " answered " + answer.status() + ": "
                    + answer.text() + " (is the stack up? ./koploper status)");
        }
        return token;
    }

    // ------------------------------------------------------------------ the gateway

    public Answer get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    public Answer post(String path, String token, Object body) {
        return send("POST", path, token, body, Map.of());
    }

    public Answer put(String path, String token, Object body) {
        return send("PUT", path, token, body, Map.of());
    }

    /**
     * A request through the gateway. A 429 from the gateway's per-gemeente rate limit is waited out (its
     * {@code Retry-After}) and sent again: the demo is one user doing a lot at once, not an attack. A GET answered
     * with 502-504 is sent again too (up to 30 times).
     *
     * @param body null for none, a String as JSON text, anything else serialised with Jackson
     */
    public Answer send(String method, String path, String token, Object body, Map<String, String> headers) {
        String json = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
        for (int attempt = 0; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json, application/problem+json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::header);
            Answer answer = exchange(request.build());
            boolean limited = answer.status() == 429;
            // A read the gateway gave up on (a cold or busy service) is safe to ask again; a write is not.
            boolean readTimedOut = method.equals("GET") && answer.status() >= 502 && answer.status() <= 504;
            if (!(limited || readTimedOut) || attempt >= MAX_RATE_LIMIT_RETRIES) {
                return answer;
            }
            sleep(Duration.ofSeconds(limited ? Math.max(1, parseLong(answer.header("Retry-After"), 1)) : 2));
        }
    }

    /** Like {@link #send} but fails unless the answer is a 2xx; {@code what} names the step in the message. */
    public JsonNode expectOk(String what, String method, String path, String token, Object body) {
        Answer answer = send(method, path, token, body, Map.of());
        if (!answer.ok()) {
            throw new UnexpectedAnswer(what + ": " + method + " " + path + " answered " + answer.status() + ": "
                    + abbreviate(answer.text()));
        }
        return answer.body();
    }

    // ------------------------------------------------------------------ the mail server

    /** The messages in an address's inbox (GreenMail's API: a JSON array, each with {@code subject}). */
    public JsonNode inbox(String address) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(mailApi + "/api/user/"
                        + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/"))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build();
        Answer answer = exchange(request);
        return answer.ok() ? answer.body() : JSON.createArrayNode();
    }

    // ------------------------------------------------------------------ plumbing

    private Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String text = response.body() == null ? "" : response.body();
            JsonNode body;
            try {
                body = text.isBlank() ? JSON.missingNode() : JSON.readTree(text);
            } catch (RuntimeException notJson) {
                body = JSON.missingNode();
            }
            return new Answer(response.statusCode(), body, text, response.headers());
        } catch (IOException e) {
            throw new UnexpectedAnswer(request.method() + " " + request.uri() + " failed: " + e
                    + " (is the stack up? ./koploper status)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnexpectedAnswer("interrupted: " + request.method() + " " + request.uri());
        }
    }

    public static String abbreviate(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }

    private static long parseLong(String text, long fallback) {
        try {
            return text == null ? fallback : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnexpectedAnswer("interrupted");
        }
    }
}
