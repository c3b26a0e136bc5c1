package nl.koploper.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one local stack ({@code ./koploper up}) all system tests of a run share: starting it costs minutes on two
 * cores, so the first test class that needs it starts it and it is stopped ({@code ./koploper down}, every port
 * checked closed) when the whole run ends. Test classes say {@code @ExtendWith(LocalStack.Extension.class)} and read
 * it with {@link #get()}.
 *
 * <p>Only what a user has is used: the gateway, tokens from the local issuer ({@code ./koploper token}) and the mail
 * server's inbox API. {@link #STACK_ENVIRONMENT} is what every {@code ./koploper} call of the run gets, so a later
 * {@code ./koploper} command (a restart in a fault test) sees the same ports and replicas as {@code up} did.
 */
final class LocalStack implements AutoCloseable {

    private static final Duration UP_TIMEOUT = Duration.ofMinutes(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Passed to every {@code ./koploper} command of the run. Generous time-out: two cores shared with a build. Two
     * instances each of events-service and notification-service (ReplicasIT, and every other test runs on them too).
     * The reminder job runs every 15 s instead of every 5 min so that a reminder due now goes out within the test;
     * a sending lease of 1 min instead of 5 hands the mails a killed sender held back sooner (FaultIT). Both are the
     * services' own properties, set through the environment the stack's processes inherit.
     */
    static final Map<String, String> STACK_ENVIRONMENT = Map.of("KOPLOPER_TIMEOUT", "540",
            "KOPLOPER_REPLICAS", "events-service notification-service",
            "KOPLOPER_EVENTS_REMINDERS_INITIAL_DELAY", "PT15S", "KOPLOPER_EVENTS_REMINDERS_INTERVAL", "PT15S",
            "KOPLOPER_NOTIFICATION_SENDING_LEASE", "PT1M");

    private static final int MAX_ERRORS_PRINTED = 5;

    private static volatile LocalStack running;

    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Instant startedAt;

    private LocalStack(Instant startedAt) {
        this.startedAt = startedAt;
    }

    /** Starts the stack for the run: registered through {@code @ExtendWith(LocalStack.Extension.class)}. */
    static final class Extension implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            running = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(LocalStack.class, key -> start(), LocalStack.class);
        }
    }

    /** The running stack; only valid in a class extended with {@link Extension}. */
    static LocalStack get() {
        if (running == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(LocalStack.Extension.class)");
        }
        return running;
    }

    /**
     * {@code -Dkoploper.system.use-running-stack=true}: run the tests against a stack that already runs from this
     * checkout's {@code ./koploper up} (default ports), and leave it running; for trying one test while working on it.
     * Tests that stop parts of the stack (FaultIT) need the stack of their own run.
     */
    static final boolean USE_RUNNING_STACK = Boolean.getBoolean("koploper.system.use-running-stack");

    private static LocalStack start() {
        if (USE_RUNNING_STACK) {
            return new LocalStack(Instant.now());
        }
        for (String module : List.of("gateway", "cohort-service", "assessment-service", "footprint-service",
                "events-service", "notification-service", "portal")) {
            Path jar = KoploperCommand.REPO_ROOT.resolve(module + "/target/" + module + "-0.1.0-SNAPSHOT.jar");
            assertThat(jar).as("service jar (build with ./mvnw -B package -DskipTests first)").exists();
        }
        List<Integer> taken = StackPorts.open();
        assertThat(taken).as("ports already in use (a stack from ./koploper up?); stop it first: ./koploper down")
                .isEmpty();
        Instant startedAt = Instant.now();
        KoploperCommand.Result up = KoploperCommand.run(UP_TIMEOUT, STACK_ENVIRONMENT, "up");
        if (up.exitCode() != 0) {
            KoploperCommand.run(Duration.ofMinutes(3), STACK_ENVIRONMENT, "down");
            throw new AssertionError("./koploper up exit code " + up.exitCode() + "; its output ends with:\n"
                    + up.tail());
        }
        return new LocalStack(startedAt);
    }

    /** Stops everything {@code up} started and checks that nothing is left listening or recorded as running. */
    @Override
    public void close() throws Exception {
        running = null;
        if (USE_RUNNING_STACK) {
            return;
        }
        printLoggedErrors();
        KoploperCommand.Result down = KoploperCommand.run(Duration.ofMinutes(3), STACK_ENVIRONMENT, "down");
        assertThat(down.exitCode()).as("./koploper down: %s", down.output()).isZero();
        Instant deadline = Instant.now().plusSeconds(30);
        while (!StackPorts.open().isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
        }
        assertThat(StackPorts.open()).as("ports still open after ./koploper down").isEmpty();
        assertThat(KoploperCommand.STATE_DIR.resolve("run")).isDirectoryNotContaining("glob:**.pid");
    }

    Instant startedAt() {
        return startedAt;
    }

    /** Runs another {@code ./koploper} command against this stack (same state directory, ports and replicas). */
    KoploperCommand.Result koploper(Duration timeout, String... args) {
        return KoploperCommand.run(timeout, STACK_ENVIRONMENT, args);
    }

    // ------------------------------------------------------------------ tokens

    /** A token from the local issuer, as {@code ./koploper token} prints it; cached per claims for the run. */
    String token(String tenant, String role, String email) {
        return tokens.computeIfAbsent(tenant + "|" + role + "|" + email, key -> {
            List<String> args = new ArrayList<>(List.of("token", "--role", role, "--email", email));
            if (tenant != null) {
                args.addAll(List.of("--tenant", tenant));
            }
            KoploperCommand.Result result = koploper(Duration.ofSeconds(30), args.toArray(String[]::new));
            assertThat(result.exitCode()).as("./koploper token: %s", result.output()).isZero();
            String token = result.output().strip();
            assertThat(token).as("only the token is printed").matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
            return token;
        });
    }

    String token(String tenant, String role) {
        return token(tenant, role, role + "@" + (tenant == null ? "koploper" : tenant) + ".example");
    }

    /**
     * The same token as {@link #token(String, String, String)}, asked of the issuer directly (the client-credentials
     * request {@code ./koploper token} sends) with a patient timeout and a retry: on a loaded machine the script's
     * 5 s limit is sometimes too short. Cached per claims for the run, together with the script's tokens.
     */
    String issuerToken(String tenant, String role, String email) {
        return tokens.computeIfAbsent(tenant + "|" + role + "|" + email, key -> {
            StringBuilder form = new StringBuilder("grant_type=client_credentials&scope=koploper&role=")
                    .append(encode(role)).append("&email=").append(encode(email));
            if (tenant != null) {
                form.append("&tenant=").append(encode(tenant));
            }
            // "localhost", not 127.0.0.1: the issuer names itself after the address it was asked at.
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + StackPorts.oidc()
                            + "/koploper/token"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                            .encodeToString("koploper-cli:local".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build();
            RuntimeException last = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
                    assertThat(response.statusCode()).as("token from the issuer: %s", response.body()).isEqualTo(200);
                    String token = com.jayway.jsonpath.JsonPath.read(response.body(), "$.access_token");
                    assertThat(token).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
                    return token;
                } catch (IllegalStateException e) {
                    last = e;
                }
            }
            throw last;
        });
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    String platformAdminToken() {
        return token(null, "platform-admin", "team@koploper.example");
    }

    // ------------------------------------------------------------------ HTTP through the gateway

    URI gatewayUri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + StackPorts.gateway() + pathAndQuery);
    }

    HttpResponse<String> get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    HttpResponse<String> post(String path, String token, String json) {
        return send("POST", path, token, json, Map.of());
    }

    HttpResponse<String> put(String path, String token, String json, Map<String, String> headers) {
        return send("PUT", path, token, json, headers);
    }

    HttpResponse<String> delete(String path, String token) {
        return send("DELETE", path, token, null, Map.of());
    }

    /** A request through the gateway; {@code json} null sends no body. */
    HttpResponse<String> send(String method, String path, String token, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gatewayUri(path))
                .timeout(Duration.ofSeconds(30))
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
        return exchange(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A binary download (a PDF, a calendar feed) through the gateway. */
    HttpResponse<byte[]> download(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gatewayUri(path)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return exchange(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    // ------------------------------------------------------------------ the mail server

    /**
     * The raw JSON list of the messages in {@code address}'s inbox from GreenMail's API (each with its whole MIME
     * text in {@code mimeMessage}).
     */
    String inbox(String address) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + StackPorts.mailApi()
                        + "/api/user/" + address + "/messages/"))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("inbox of %s: %s", address, response.body()).isEqualTo(200);
        return response.body();
    }

    /**
     * As {@link #inbox(String)}, but an address that has not received any mail yet (GreenMail answers 400 "User …
     * not found" until the first mail creates the mailbox) is an empty inbox: for waiting until mail arrives.
     */
    String inboxOrEmpty(String address) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + StackPorts.mailApi()
                        + "/api/user/" + address + "/messages/"))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && response.body().contains("User '" + address + "' not found")) {
            return "[]";
        }
        assertThat(response.statusCode()).as("inbox of %s: %s", address, response.body()).isEqualTo(200);
        return response.body();
    }

    /** The messages in {@code address}'s inbox, parsed from the raw MIME text; none before its first mail. */
    List<MimeMessage> mails(String address) {
        String inbox = inboxOrEmpty(address);
        List<String> raw = JsonPath.read(inbox, "$[*].mimeMessage");
        Session session = Session.getInstance(new Properties());
        List<MimeMessage> messages = new ArrayList<>();
        for (String mime : raw) {
            try {
                messages.add(new MimeMessage(session, new ByteArrayInputStream(mime.getBytes(StandardCharsets.UTF_8))));
            } catch (MessagingException e) {
                throw new IllegalStateException("unreadable message in the inbox of " + address, e);
            }
        }
        return messages;
    }

    /**
     * A request through the gateway as a well-behaved client sends it while parts of the platform restart: on 429
     * it waits as {@code Retry-After} says, on 502/503/504 or a failed connection it waits a second, and tries again
     * until {@code patience} is used up; then it returns the last answer (or throws the last failure).
     */
    HttpResponse<String> sendRetrying(String method, String path, String token, String json, Duration patience) {
        return sendRetrying(method, path, token, json, Map.of(), patience);
    }

    /** As above with extra headers, e.g. an {@code Idempotency-Key} that makes a retried POST safe. */
    HttpResponse<String> sendRetrying(String method, String path, String token, String json,
                                      Map<String, String> headers, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            HttpResponse<String> response;
            try {
                response = send(method, path, token, json, headers);
            } catch (IllegalStateException unreachable) {
                if (Instant.now().isAfter(deadline)) {
                    throw unreachable;
                }
                sleep(Duration.ofSeconds(1));
                continue;
            }
            int status = response.statusCode();
            boolean retryable = status == 429 || status == 502 || status == 503 || status == 504;
            if (!retryable || Instant.now().isAfter(deadline)) {
                return response;
            }
            long seconds = response.headers().firstValue("Retry-After").filter(v -> v.matches("\\d+"))
                    .map(Long::parseLong).orElse(1L);
            sleep(Duration.ofSeconds(Math.max(1, Math.min(seconds, 10))));
        }
    }

    /** Waits, as tests between polls and retries do; an interrupt ends the test. */
    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    // ------------------------------------------------------------------ processes

    /** What {@code component} (e.g. {@code notification-service-2}) has logged since the stack started. */
    String log(String component) {
        Path file = KoploperCommand.STATE_DIR.resolve("logs/" + component + ".log");
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /**
     * Prints the first ERROR lines of every component's log (stack trace included) to the test output: a CI run keeps
     * only its output, and a 500 in a test says no more than "it has been logged".
     */
    private static void printLoggedErrors() {
        Path logs = KoploperCommand.STATE_DIR.resolve("logs");
        if (!Files.isDirectory(logs)) {
            return;
        }
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                List<String> errors;
                try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                    errors = lines.filter(LocalStack::reportsAnError).toList();
                }
                if (!errors.isEmpty()) {
                    System.out.printf("LocalStack: %d ERROR line(s) in %s; the first ones:%n", errors.size(),
                            file.getFileName());
                    errors.stream().limit(MAX_ERRORS_PRINTED).map(line -> line.length() > 4000
                            ? line.substring(0, 4000) + " …" : line).forEach(System.out::println);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            System.out.println("LocalStack: cannot read the logs in " + logs + ": " + e);
        }
    }

    /**
     * An ERROR of a service (JSON lines), or an error line of the plain-text logs (the database server's, the
     * broker's); the database server's duplicate-key errors are left out: replicas racing for an outbox lease, and
     * saves marking the same place at once, cause them by design.
     */
    private static boolean reportsAnError(String line) {
        if (line.startsWith("{")) {
            return line.contains("\"level\":\"ERROR\"");
        }
        return (line.contains(" ERROR ") || line.contains("Exception")) && !line.contains("DuplicateKeyError")
                && !line.contains("E11000") && !line.contains("\"outbox_leases\"")
                && !line.contains("\"outbox_marks\"");
    }

    private static <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + request.method() + " " + request.uri(), e);
        }
    }

    static {
        // Fail early and clearly when the script is missing rather than in a process error.
        if (!Files.isExecutable(KoploperCommand.REPO_ROOT.resolve("koploper"))) {
            throw new IllegalStateException("no executable ./koploper at " + KoploperCommand.REPO_ROOT);
        }
    }
}
