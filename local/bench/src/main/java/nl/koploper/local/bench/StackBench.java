package nl.koploper.local.bench;

import java.io.IOException;
import java.net.URI;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.koploper.local.demo.StackClient;
import nl.koploper.local.demo.StackClient.UnexpectedAnswer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ./koploper bench}: measures the running local stack from outside, as a client would, and writes
 * {@code stack-bench.md} and {@code stack-bench.json}. Every figure comes with a baseline measured in the same run,
 * on the same machine load, and the ratio between the two:
 *
 * <ul>
 *   <li><b>Gateway overhead</b>: {@code GET /api/cohorts/whoami} through the gateway against the same request
 *       straight to cohort-service: p50/p99 latency at fixed request rates (open loop: latency counts from the
 *       moment the request was due, so a stall is not hidden) and the maximum throughput of a closed loop. The two
 *       targets alternate phase by phase. The gateway limits each gemeente (and each token subject) to 20 requests
 *       per second, so the requests use platform-admin tokens of many subjects: the limiter is passed through,
 *       not triggered; any 429 is reported.</li>
 *   <li><b>Registration to mail</b>: registrations at a sustained rate into a cohort that has a scheduled meeting;
 *       for each, the time from sending the request until its confirmation and its meeting invitation are in the
 *       SMTP server (the server's own delivery times). Baselines: the registration request's own latency, and
 *       a mail sent straight to the SMTP server and found the same way (the measurement's floor).</li>
 *   <li><b>Memory and start-up</b> per process from what the script read from {@code /proc} and the logs.</li>
 * </ul>
 *
 * The numbers are only comparable within one run: on a shared two-core machine the absolute values move with the
 * load from other processes.
 */
public final class StackBench {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String BENCH_GEMEENTE = "bench";

    private final StackClient stack;
    private final HttpLoad load;
    private final Map<String, String> options;
    private final boolean quick;
    private final StringBuilder report = new StringBuilder();
    private final ObjectNode json = StackClient.JSON.createObjectNode();

    StackBench(StackClient stack, Map<String, String> options) {
        this.stack = stack;
        this.load = new HttpLoad(stack.http());
        this.options = options;
        this.quick = options.containsKey("quick");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] parts = arg.replaceFirst("^--", "").split("=", 2);
            options.put(parts[0], parts.length > 1 ? parts[1] : "true");
        }
        try {
            new StackBench(StackClient.fromSystemProperties(), options).run();
        } catch (UnexpectedAnswer e) {
            System.err.println("koploper bench: " + e.getMessage());
            System.exit(1);
        }
    }

    void run() throws Exception {
        double load = loadAverage();
        report.append("# Local stack benchmark\n\n")
                .append("Run ").append(OffsetDateTime.now(AMSTERDAM).truncatedTo(ChronoUnit.SECONDS))
                .append(" with `./koploper bench").append(quick ? " --quick" : "").append("`; ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, load average ")
                .append(String.format(Locale.ROOT, "%.1f", load)).append(" at the start (")
                .append("the machine may be shared with other builds: compare within this run only).\n\n");
        json.put("startedAt", Instant.now().toString()).put("loadAverageAtStart", load).put("quick", quick);
        processes();
        if (!options.getOrDefault("only", "").equals("mail")) {
            gatewayOverhead();
        }
        registrationToMail();
        json.put("loadAverageAtEnd", loadAverage());
        report.append("\nLoad average at the end: ").append(String.format(Locale.ROOT, "%.1f", loadAverage()))
                .append(".\n");
        Path output = Path.of(options.getOrDefault("output", "target/bench"));
        Files.createDirectories(output);
        Files.writeString(output.resolve("stack-bench.md"), report.toString(), StandardCharsets.UTF_8);
        Files.writeString(output.resolve("stack-bench.json"),
                StackClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(report);
        System.out.println("Written: " + output.resolve("stack-bench.md") + " and stack-bench.json");
    }

    // ------------------------------------------------------------------ memory and start-up

    private void processes() throws IOException {
        Path file = Path.of(options.getOrDefault("processes", "target/bench/processes.txt"));
        if (!Files.exists(file)) {
            return;
        }
        String healthyAfter = options.getOrDefault("healthy-after", "-");
        ArrayNode rows = json.putArray("processes");
        report.append("## Memory and start-up\n\n")
                .append("RSS from `/proc/<pid>/status` now (after the stack has served requests); baseline: the ")
                .append("process's own `-Xmx`. Start-up: what Spring Boot logged (\"Started … in N seconds\"); ")
                .append("baseline: the time until the whole stack was healthy (`./koploper up`).\n\n")
                .append("| process | RSS MB | -Xmx | RSS / Xmx | started in s | / whole stack |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        long total = 0;
        for (String line : Files.readAllLines(file)) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 5) {
                continue;
            }
            long rss = Long.parseLong(f[2]);
            total += rss;
            double xmx = megabytes(f[3]);
            Double started = f[4].equals("-") ? null : Double.parseDouble(f[4]);
            rows.addObject().put("name", f[0]).put("rssMb", rss).put("xmx", f[3])
                    .put("startedInSeconds", started);
            report.append("| ").append(f[0]).append(" | ").append(rss).append(" | ").append(f[3]).append(" | ")
                    .append(Double.isNaN(xmx) ? "" : ratio(rss / xmx)).append(" | ")
                    .append(started == null ? "" : fmt(started)).append(" | ")
                    .append(started == null || healthyAfter.equals("-") ? ""
                            : ratio(started / Double.parseDouble(healthyAfter)))
                    .append(" |\n");
        }
        report.append("| **whole stack** | **").append(total).append("** | | | **")
                .append(healthyAfter).append("** (until all healthy) | |\n\n");
        json.put("totalRssMb", total).put("stackHealthyAfterSeconds", healthyAfter);
    }

    private static double megabytes(String xmx) {
        if (xmx.equals("-") || xmx.isEmpty()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(xmx.replaceAll("[^0-9.]", ""));
        return switch (Character.toLowerCase(xmx.charAt(xmx.length() - 1))) {
            case 'g' -> value * 1024;
            case 'k' -> value / 1024;
            case 'm' -> value;
            default -> value / 1024 / 1024;
        };
    }

    // ------------------------------------------------------------------ gateway overhead

    private void gatewayOverhead() throws Exception {
        URI direct = URI.create(options.getOrDefault("cohort-service", "http://localhost:8081") + "/api/cohorts/whoami");
        URI viaGateway = stack.gateway().resolve("/api/cohorts/whoami");
        // Many subjects, so the per-subject rate limit of the gateway (20/s) is never what is measured.
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            tokens.add(stack.token(null, "platform-admin", "bench-" + i + "@koploper.example"));
        }
        Duration phase = Duration.ofSeconds(quick ? 5 : 15);
        System.out.println("Gateway overhead: warm-up ...");
        load.closedLoop(direct, tokens, 4, Duration.ofSeconds(quick ? 5 : 15));
        load.closedLoop(viaGateway, tokens, 4, Duration.ofSeconds(quick ? 5 : 15));

        ObjectNode result = json.putObject("gatewayOverhead");
        report.append("## Gateway overhead\n\n")
                .append("`GET /api/cohorts/whoami` with a platform-admin token, straight to cohort-service ")
                .append("(baseline) and through the gateway, phase by phase in turn (")
                .append(phase.toSeconds()).append(" s each, after a warm-up). Fixed rates: open loop, latency ")
                .append("from the moment each request was due.\n\n")
                .append("| rate /s | direct p50 ms | gateway p50 ms | ratio | direct p99 ms | gateway p99 ms | ratio | ")
                .append("not 200 (direct / gateway) |\n")
                .append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        ArrayNode rates = result.putArray("fixedRates");
        // Low enough for a busy two-core machine, where the gateway saturates at a few dozen requests per second.
        String defaultRates = quick ? "5,10" : "5,10,20";
        for (String text : options.getOrDefault("rates", defaultRates).split(",")) {
            int rate = Integer.parseInt(text.strip());
            System.out.println("Gateway overhead: " + rate + " requests/s ...");
            Latencies d = load.openLoop(direct, tokens, rate, phase);
            Latencies g = load.openLoop(viaGateway, tokens, rate, phase);
            rates.addObject().put("ratePerSecond", rate)
                    .put("directP50Ms", d.percentileMillis(0.5)).put("gatewayP50Ms", g.percentileMillis(0.5))
                    .put("directP99Ms", d.percentileMillis(0.99)).put("gatewayP99Ms", g.percentileMillis(0.99))
                    .put("directFailures", d.failures()).put("gatewayFailures", g.failures());
            report.append("| ").append(rate).append(" | ").append(fmt(d.percentileMillis(0.5))).append(" | ")
                    .append(fmt(g.percentileMillis(0.5))).append(" | ")
                    .append(ratio(g.percentileMillis(0.5) / d.percentileMillis(0.5))).append(" | ")
                    .append(fmt(d.percentileMillis(0.99))).append(" | ").append(fmt(g.percentileMillis(0.99)))
                    .append(" | ").append(ratio(g.percentileMillis(0.99) / d.percentileMillis(0.99))).append(" | ")
                    .append(failures(d)).append(" / ").append(failures(g)).append(" |\n");
        }
        int clients = 8;
        System.out.println("Gateway overhead: maximum throughput, " + clients + " clients ...");
        HttpLoad.Throughput dMax = load.closedLoop(direct, tokens, clients, phase);
        HttpLoad.Throughput gMax = load.closedLoop(viaGateway, tokens, clients, phase);
        HttpLoad.Throughput dMax2 = load.closedLoop(direct, tokens, clients, phase);
        HttpLoad.Throughput gMax2 = load.closedLoop(viaGateway, tokens, clients, phase);
        double dRate = (dMax.perSecond() + dMax2.perSecond()) / 2;
        double gRate = (gMax.perSecond() + gMax2.perSecond()) / 2;
        result.putObject("maximumThroughput").put("clients", clients)
                .put("directPerSecond", dRate).put("gatewayPerSecond", gRate)
                .put("directRounds", fmt(dMax.perSecond()) + ", " + fmt(dMax2.perSecond()))
                .put("gatewayRounds", fmt(gMax.perSecond()) + ", " + fmt(gMax2.perSecond()))
                .put("directP50Ms", dMax.latencies().percentileMillis(0.5))
                .put("gatewayP50Ms", gMax.latencies().percentileMillis(0.5));
        report.append("\nMaximum throughput, closed loop with ").append(clients)
                .append(" clients back to back, two rounds each (direct, gateway, direct, gateway):\n\n")
                .append("| | direct | gateway | gateway / direct |\n| --- | ---: | ---: | ---: |\n")
                .append("| requests/s (mean of the rounds) | ").append(fmt(dRate)).append(" | ").append(fmt(gRate))
                .append(" | ").append(ratio(gRate / dRate)).append(" |\n")
                .append("| rounds | ").append(fmt(dMax.perSecond())).append(", ").append(fmt(dMax2.perSecond()))
                .append(" | ").append(fmt(gMax.perSecond())).append(", ").append(fmt(gMax2.perSecond()))
                .append(" | |\n")
                .append("| p50 ms under that load (round 1) | ").append(fmt(dMax.latencies().percentileMillis(0.5)))
                .append(" | ").append(fmt(gMax.latencies().percentileMillis(0.5))).append(" | ")
                .append(ratio(gMax.latencies().percentileMillis(0.5) / dMax.latencies().percentileMillis(0.5)))
                .append(" |\n| not 200 | ").append(failures(dMax.latencies())).append(", ")
                .append(failures(dMax2.latencies())).append(" | ").append(failures(gMax.latencies())).append(", ")
                .append(failures(gMax2.latencies())).append(" | |\n\n");
    }

    private static String failures(Latencies latencies) {
        return latencies.failures() == 0 ? "0" : latencies.failures() + " (" + latencies.failureSummary() + ")";
    }

    // ------------------------------------------------------------------ registration to mail

    private void registrationToMail() throws Exception {
        String admin = stack.token(null, "platform-admin", "team@koploper.example");
        ensureBenchGemeente(admin);
        String coordinator = stack.token(BENCH_GEMEENTE, "coordinator", "coordinator@bench.example");
        String run = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000, 36);
        int rate = Integer.parseInt(options.getOrDefault("registration-rate", "2"));
        int count = options.containsKey("registration-seconds")
                ? rate * Integer.parseInt(options.get("registration-seconds")) : quick ? 20 : 60;
        RegistrationMail probe = new RegistrationMail(stack, "Benchmark", "bench.example");
        System.out.println("Registration to mail: " + count + " registrations at " + rate + "/s ...");
        RegistrationMail.Result measured = probe.measure(coordinator, run, rate, count, Duration.ofSeconds(120));
        Latencies request = measured.request();
        Latencies confirmation = measured.confirmation();
        Latencies invitation = measured.invitation();
        int cohorts = measured.cohorts();
        int smtpPort = Integer.parseInt(options.getOrDefault("smtp-port", "3025"));
        Latencies smtpFloor = probe.smtpFloor(smtpPort, run, quick ? 5 : 15);

        ObjectNode result = json.putObject("registrationToMail").put("ratePerSecond", rate).put("registrations", count)
                .put("mailTimedBy", "smtp-server-delivery");
        put(result, "registrationRequest", request);
        put(result, "confirmationMail", confirmation);
        put(result, "invitationMail", invitation);
        put(result, "directSmtpFloor", smtpFloor);
        report.append("## Registration → mail in the SMTP server\n\n").append(count)
                .append(" registrations at ").append(rate).append("/s over ").append(cohorts)
                .append(" cohort(s) by the coordinator (`POST /api/cohorts/{id}/")
                .append("participants` through the gateway), each cohort with a scheduled meeting. Measured from ")
                .append("the moment the request was due (open loop) until the SMTP server took the mail (its own ")
                .append("delivery times, `/arrivals` of the local mail server). Baselines: the registration ")
                .append("request's own latency, and a mail sent straight to the SMTP server and timed the same way.\n\n")
                .append("| | n | p50 ms | p99 ms | p50 / request p50 | p50 / direct-SMTP p50 | missing (of the accepted) |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
        row("registration request (baseline)", request, request, smtpFloor, count);
        // A mail can only be expected for a registration that was accepted.
        row("confirmation mail", confirmation, request, smtpFloor, request.count());
        row("meeting invitation (.ics)", invitation, request, smtpFloor, request.count());
        row("direct SMTP send (baseline)", smtpFloor, request, smtpFloor, quick ? 5 : 15);
        report.append("\nWhen the slowest 1 % were due, in seconds of the ").append(count / rate)
                .append(" s run: registration request ").append(request.slowestFrom(0.99, measured.startNanos()))
                .append(", confirmation ").append(confirmation.slowestFrom(0.99, measured.startNanos()))
                .append(", invitation ").append(invitation.slowestFrom(0.99, measured.startNanos())).append(".\n\n");
    }

    private void row(String name, Latencies l, Latencies request, Latencies floor, int expected) {
        report.append("| ").append(name).append(" | ").append(l.count()).append(" | ")
                .append(fmt(l.percentileMillis(0.5))).append(" | ").append(fmt(l.percentileMillis(0.99))).append(" | ")
                .append(ratio(l.percentileMillis(0.5) / request.percentileMillis(0.5))).append(" | ")
                .append(ratio(l.percentileMillis(0.5) / floor.percentileMillis(0.5))).append(" | ")
                .append(expected - l.count()).append(l.failures() > 0 ? " (" + l.failureSummary() + ")" : "")
                .append(" |\n");
    }

    private static void put(ObjectNode parent, String name, Latencies l) {
        parent.putObject(name).put("count", l.count()).put("p50Ms", l.percentileMillis(0.5))
                .put("p99Ms", l.percentileMillis(0.99)).put("failures", l.failures());
    }

    /** A gemeente of its own, so the benchmark's cohorts and mails stay out of the demo gemeenten. */
    private void ensureBenchGemeente(String admin) {
        ObjectNode gemeente = StackClient.JSON.createObjectNode().put("slug", BENCH_GEMEENTE)
                .put("displayName", "Gemeente Benchmark").put("senderName", "Koploperproject Benchmark")
                .put("replyTo", "koplopers@bench.example").put("defaultLocale", "nl");
        gemeente.putObject("contact").put("name", "Coördinator Benchmark").put("email", "coordinator@bench.example");
        StackClient.Answer answer = stack.post("/api/gemeenten", admin, gemeente);
        if (answer.status() != 201 && answer.status() != 409) {
            throw new UnexpectedAnswer("register the bench gemeente: " + answer.status() + " " + answer.text());
        }
        String coordinator = stack.token(BENCH_GEMEENTE, "coordinator", "coordinator@bench.example");
        Instant deadline = Instant.now().plusSeconds(90);
        for (String prefix : List.of("cohorts", "assessments", "footprints", "meetings", "notifications")) {
            while (stack.get("/api/" + prefix + "/whoami", coordinator).status() != 200) {
                if (Instant.now().isAfter(deadline)) {
                    throw new UnexpectedAnswer("the services did not learn of gemeente " + BENCH_GEMEENTE);
                }
                StackClient.sleep(Duration.ofMillis(500));
            }
        }
    }

    // ------------------------------------------------------------------ formatting

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static String fmt(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }
}
