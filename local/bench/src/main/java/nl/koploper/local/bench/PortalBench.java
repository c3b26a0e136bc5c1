package nl.koploper.local.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koploper.local.demo.StackClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The portal's page renders measured from outside (portal, gateway and services all working for each page), at a
 * fixed rate, against the gateway's own {@code whoami} at the same rate in the same run: the five pages people open
 * most (a gemeente's registration page, the RSVP page from the invitation, a participant's year and profile, the
 * coordinator's group), on the demo's data ({@code ./koploper demo} first). Also the portal's resident memory.
 * Results in {@code target/bench/portal-bench.md} and {@code .json}.
 */
public final class PortalBench {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String GEMEENTE = "westerkwartier";
    private static final String PARTICIPANT = "anneke@bakkerijdevries.example";
    private static final String COORDINATOR = "coordinator@westerkwartier.example";
    private static final Pattern RSVP_LINK = Pattern.compile("https?://[^\\s\"'<>]+/rsvp/[A-Za-z0-9._~-]+");

    private final StackClient stack;
    private final URI portal;
    private final Map<String, String> options;

    PortalBench(StackClient stack, URI portal, Map<String, String> options) {
        this.stack = stack;
        this.portal = portal;
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] parts = arg.replaceFirst("^--", "").split("=", 2);
            options.put(parts[0], parts.length > 1 ? parts[1] : "true");
        }
        new PortalBench(StackClient.fromSystemProperties(),
                URI.create(options.getOrDefault("portal-url", "http://localhost:8070")), options).run();
    }

    /** A page to render: who looks at it and its path; a public page is opened by many visitors, not one. */
    private record Page(String name, HttpClient session, String path, boolean manyVisitors) {
    }

    void run() throws Exception {
        int rate = Integer.parseInt(options.getOrDefault("rate", "5"));
        Duration phase = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "20")));
        HttpClient anonymous = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpClient participant = signedIn(PARTICIPANT, GEMEENTE, "participant");
        HttpClient coordinator = signedIn(COORDINATOR, GEMEENTE, "coordinator");

        String participantToken = stack.token(GEMEENTE, "participant", PARTICIPANT);
        String caseId = stack.expectOk("the demo's case of " + PARTICIPANT + " (run ./koploper demo first)", "GET",
                "/api/assessments/cases", participantToken, null).path("content").path(0).path("id").asText();
        String cohortId = stack.expectOk("the demo's cohort", "GET", "/api/cohorts", stack.token(GEMEENTE,
                "coordinator", COORDINATOR), null).path("content").path(0).path("id").asText();
        String rsvp = rsvpLinkOf(PARTICIPANT);
        List<Page> pages = List.of(
                new Page("gemeente page (public)", anonymous, "/gemeenten/" + GEMEENTE, true),
                new Page("RSVP page (public, from the mail)", anonymous, URI.create(rsvp).getPath(), true),
                new Page("participant: my year", participant, "/deelnemer", false),
                new Page("participant: profile", participant, "/profiel/" + caseId, false),
                new Page("coordinator: the group", coordinator, "/coordinator/groepen/" + cohortId, false));

        String whoamiToken = stack.token(GEMEENTE, "coordinator", "bench-portal@westerkwartier.example");
        URI whoami = stack.gateway().resolve("/api/cohorts/whoami");
        System.out.println("Portal bench: warm-up ...");
        for (Page page : pages) {
            openLoop(page.session(), portal.resolve(page.path()), null, page.manyVisitors(), rate, Duration.ofSeconds(5));
        }
        openLoop(anonymous, whoami, whoamiToken, false, rate, Duration.ofSeconds(5));

        StringBuilder report = new StringBuilder("# Portal benchmark\n\nRun ")
                .append(OffsetDateTime.now(AMSTERDAM).truncatedTo(ChronoUnit.SECONDS))
                .append(" with `./koploper bench --portal`; ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores. Each page rendered at ").append(rate).append(" requests/s for ")
                .append(phase.toSeconds()).append(" s (open loop: latency from when each request was due), ")
                .append("the baseline (the gateway's `GET /api/cohorts/whoami` with a token) at the same rate ")
                .append("before each page. Goal: p95 <= 300 ms.\n\n")
                .append("| page | p50 ms | p95 ms | whoami p50 ms | whoami p95 ms | p95 / whoami p95 | not 200 |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
        ObjectNode json = StackClient.JSON.createObjectNode().put("startedAt", Instant.now().toString())
                .put("ratePerSecond", rate).put("seconds", phase.toSeconds());
        ArrayNode rows = json.putArray("pages");
        for (Page page : pages) {
            System.out.println("Portal bench: " + page.name() + " ...");
            Latencies baseline = openLoop(anonymous, whoami, whoamiToken, false, rate, phase);
            Latencies render = openLoop(page.session(), portal.resolve(page.path()), null, page.manyVisitors(), rate, phase);
            rows.addObject().put("page", page.name()).put("path", page.path())
                    .put("p50Ms", render.percentileMillis(0.5)).put("p95Ms", render.percentileMillis(0.95))
                    .put("whoamiP50Ms", baseline.percentileMillis(0.5))
                    .put("whoamiP95Ms", baseline.percentileMillis(0.95)).put("failures", render.failures());
            report.append("| ").append(page.name()).append(" | ").append(StackBench.fmt(render.percentileMillis(0.5)))
                    .append(" | ").append(StackBench.fmt(render.percentileMillis(0.95))).append(" | ")
                    .append(StackBench.fmt(baseline.percentileMillis(0.5))).append(" | ")
                    .append(StackBench.fmt(baseline.percentileMillis(0.95))).append(" | ")
                    .append(StackBench.ratio(render.percentileMillis(0.95) / baseline.percentileMillis(0.95)))
                    .append(" | ").append(render.failures() == 0 ? "0" : render.failures() + " ("
                            + render.failureSummary() + ")").append(" |\n");
        }
        String pid = options.get("portal-pid");
        if (pid != null) {
            long rss = residentMegabytes(pid);
            json.put("portalRssMb", rss);
            report.append("\nPortal resident memory after the run (VmRSS): ").append(rss)
                    .append(" MB (goal: <= 300 MB).\n");
        }
        Path output = Path.of(options.getOrDefault("output", "target/bench"));
        Files.createDirectories(output);
        Files.writeString(output.resolve("portal-bench.md"), report, StandardCharsets.UTF_8);
        Files.writeString(output.resolve("portal-bench.json"),
                StackClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(report);
        System.out.println("Written: " + output.resolve("portal-bench.md") + " and portal-bench.json");
    }

    /**
     * A browser-like client signed in to the portal: the authorization code flow with PKCE the portal starts, the
     * local issuer's sign-in form answered as {@code email}, the session cookie kept.
     */
    private HttpClient signedIn(String email, String tenant, String role) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        URI authorize = redirectOf(client.send(HttpRequest.newBuilder(portal.resolve("/oauth2/authorization/koploper"))
                .GET().build(), HttpResponse.BodyHandlers.discarding()));
        String claims = "{\"email\":\"%s\",\"name\":\"%s\",\"roles\":[\"%s\"],\"tenant\":\"%s\"}"
                .formatted(email, email, role, tenant);
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&claims="
                + URLEncoder.encode(claims, StandardCharsets.UTF_8);
        URI callback = redirectOf(client.send(HttpRequest.newBuilder(authorize)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding()));
        URI landing = redirectOf(client.send(HttpRequest.newBuilder(callback).GET().build(),
                HttpResponse.BodyHandlers.discarding()));
        if (!landing.getPath().equals("/mijn")) {
            throw new IllegalStateException("signing in as " + email + " ended at " + landing);
        }
        return client;
    }

    private URI redirectOf(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow(() ->
                new IllegalStateException(response.uri() + " answered " + response.statusCode() + ", no redirect"));
        return response.uri().resolve(location);
    }

    /** The RSVP link in the participant's invitation mail (quoted-printable soft breaks undone). */
    private String rsvpLinkOf(String address) {
        for (JsonNode message : stack.inbox(address)) {
            String mime = message.path("mimeMessage").asText().replace("=\r\n", "").replace("=\n", "")
                    .replace("=3D", "=");
            Matcher link = RSVP_LINK.matcher(mime);
            if (link.find()) {
                return link.group();
            }
        }
        throw new IllegalStateException("no RSVP link in the mail of " + address + ": run ./koploper demo first "
                + "(the local mail server keeps mail in memory only: after a restart ./koploper demo --again sends "
                + "fresh invitations)");
    }

    /**
     * Requests due at a fixed rate, whatever the answers take; latency counts from when each was due. With
     * {@code manyVisitors} each request names another visitor in {@code X-Forwarded-For} (documentation addresses,
     * 203.0.113.0/24; only a header, no traffic goes there), as a proxy in front of the portal would: the gateway's
     * public rate limit is per visitor, and one visitor at this rate would be limited, which is not what is measured.
     */
    private static Latencies openLoop(HttpClient client, URI uri, String token, boolean manyVisitors, int rate,
                                      Duration duration)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        int total = (int) (rate * duration.toSeconds());
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(8, rate * 2));
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String visitor = "203.0.113." + (1 + i % 250);
            pool.execute(() -> {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
                if (manyVisitors) {
                    request.header("X-Forwarded-For", visitor);
                }
                if (token != null) {
                    request.header("Authorization", "Bearer " + token);
                }
                try {
                    HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        latencies.record(System.nanoTime() - due);
                    } else {
                        latencies.fail(String.valueOf(response.statusCode()));
                    }
                } catch (IOException e) {
                    latencies.fail(e.getClass().getSimpleName());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
        return latencies;
    }

    private static long residentMegabytes(String pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    static {
        Locale.setDefault(Locale.ROOT);
    }
}
