package nl.koploper.local.bench;

import static nl.koploper.local.bench.StackBench.fmt;
import static nl.koploper.local.bench.StackBench.loadAverage;
import static nl.koploper.local.bench.StackBench.ratio;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koploper.local.demo.StackClient;

/**
 * {@code ./koploper bench --gateway}: what the project's gateway costs, against Spring Cloud Gateway as it comes (one
 * route, no filters: local/bare-gateway) and nginx as a reverse proxy, all three in front of the same static nginx
 * answer, so only the proxies differ. The project's gateway runs with everything on (token validation, tenant header
 * stripping, rate limit raised out of the way but counting, circuit breaker, tracing at its production sampling
 * rate) with its cohort route pointed at the static answer. The script starts the four processes; this class loads
 * them:
 *
 * <ul>
 *   <li>maximum throughput: wrk, one thread, a fixed number of connections, rounds alternating between the paths;</li>
 *   <li>latency at a fixed rate (open loop: counted from when each request was due), the paths in turn;</li>
 *   <li>in front of a real service endpoint ({@code GET /api/assessments/whoami}): straight to assessment-service
 *       and through the project's gateway at the same fixed rate, the added p50 and p99.</li>
 * </ul>
 */
public final class GatewayBench {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors:(.*)");

    private record Target(String name, URI uri) {
    }

    private record WrkRound(double perSecond, double p50Millis, double p99Millis, long non2xx, String errors) {
    }

    private final Map<String, String> options;
    private final StackClient stack;
    private final HttpLoad load;
    private final StringBuilder report = new StringBuilder();

    GatewayBench(StackClient stack, Map<String, String> options) {
        this.stack = stack;
        this.options = options;
        this.load = new HttpLoad(stack.http());
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] parts = arg.replaceFirst("^--", "").split("=", 2);
            options.put(parts[0], parts.length > 1 ? parts[1] : "true");
        }
        new GatewayBench(StackClient.fromSystemProperties(), options).run();
    }

    void run() throws Exception {
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        int connections = Integer.parseInt(options.getOrDefault("connections", "20"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "200"));
        // The JIT of a freshly started gateway is still compiling its hot paths for tens of seconds: a short warm-up
        // left the project's gateway rising from round to round (481 -> 806 -> 1129 req/s) and its ratio too low.
        int warmUp = Integer.parseInt(options.getOrDefault("warm-up", "30"));
        String token = stack.token(null, "platform-admin", "gateway-bench@koploper.example");
        List<Target> paths = List.of(
                new Target("nginx as reverse proxy", URI.create(options.get("nginx") + "/api/cohorts/bench")),
                new Target("Spring Cloud Gateway, bare (one route, no filters)",
                        URI.create(options.get("bare") + "/api/cohorts/bench")),
                new Target("the project's gateway (everything on)",
                        URI.create(options.get("gateway") + "/api/cohorts/bench")));
        URI backend = URI.create(options.get("static") + "/api/cohorts/bench");

        report.append("# Gateway benchmark\n\n")
                .append("Run ").append(OffsetDateTime.now(AMSTERDAM).truncatedTo(ChronoUnit.SECONDS))
                .append(" with `./koploper bench --gateway`; ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, load average ").append(fmt(loadAverage())).append(" at the start; both gateways ")
                .append(options.getOrDefault("jvm", "")).append(". Every path ends at the same static nginx answer ")
                .append("(`return 200` with a small JSON body); compare within this run only.\n\n");

        System.out.println("Gateway bench: warm-up ...");
        for (Target path : paths) {
            wrk(path.uri(), token, connections, warmUp);
        }
        Map<Target, List<WrkRound>> results = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Target path : paths) {
                System.out.println("Gateway bench: round " + round + ", " + path.name() + " ...");
                results.computeIfAbsent(path, p -> new ArrayList<>())
                        .add(wrk(path.uri(), token, connections, seconds));
            }
        }
        double bare = median(results.get(paths.get(1)).stream().mapToDouble(WrkRound::perSecond).toArray());
        double project = median(results.get(paths.get(2)).stream().mapToDouble(WrkRound::perSecond).toArray());
        report.append("## Maximum throughput\n\n")
                .append("`wrk -t1 -c").append(connections).append(" -d").append(seconds).append("s --latency`, ")
                .append(rounds).append(" rounds alternating between the paths after a warm-up of ").append(warmUp)
                .append(" s per path; the median round.\n\n")
                .append("| path | requests/s | / bare SCG | rounds | p50 ms | p99 ms | not 2xx / socket errors |\n")
                .append("| --- | ---: | ---: | --- | ---: | ---: | --- |\n");
        for (Map.Entry<Target, List<WrkRound>> entry : results.entrySet()) {
            List<WrkRound> r = entry.getValue();
            double perSecond = median(r.stream().mapToDouble(WrkRound::perSecond).toArray());
            report.append("| ").append(entry.getKey().name()).append(" | ").append(fmt(perSecond)).append(" | ")
                    .append(ratio(perSecond / bare)).append(" | ")
                    .append(String.join(", ", r.stream().map(w -> fmt(w.perSecond())).toList())).append(" | ")
                    .append(fmt(median(r.stream().mapToDouble(WrkRound::p50Millis).toArray()))).append(" | ")
                    .append(fmt(median(r.stream().mapToDouble(WrkRound::p99Millis).toArray()))).append(" | ")
                    .append(r.stream().mapToLong(WrkRound::non2xx).sum()).append(" / ")
                    .append(String.join(" ", r.stream().map(WrkRound::errors).distinct().toList())).append(" |\n");
        }
        report.append("\nGoal: the project's gateway ≥ 0.70 × bare SCG: **")
                .append(project / bare >= 0.7 ? "met" : "not met").append("** (").append(ratio(project / bare))
                .append(").\n\n");

        Duration phase = Duration.ofSeconds(Math.max(10, seconds));
        List<String> tokens = List.of(token);
        report.append("## Latency at ").append(rate).append(" requests/s\n\n")
                .append("Open loop (JDK HTTP client; latency from when each request was due), ")
                .append(phase.toSeconds()).append(" s per path, two rounds in turn; the static answer itself is ")
                .append("the floor.\n\n")
                .append("| path | p50 ms | p99 ms | p50 added to the floor | p99 added | not 200 |\n")
                .append("| --- | ---: | ---: | ---: | ---: | --- |\n");
        List<Target> withFloor = new ArrayList<>();
        withFloor.add(new Target("the static answer itself (floor)", backend));
        withFloor.addAll(paths);
        Map<Target, Latencies> fixed = new LinkedHashMap<>();
        for (int round = 1; round <= 2; round++) {
            for (Target path : withFloor) {
                System.out.println("Gateway bench: " + rate + "/s, round " + round + ", " + path.name() + " ...");
                Latencies measured = load.openLoop(path.uri(), tokens, rate, phase);
                if (round == 2) {
                    fixed.put(path, measured);
                }
            }
        }
        Latencies floor = fixed.get(withFloor.get(0));
        for (Map.Entry<Target, Latencies> entry : fixed.entrySet()) {
            Latencies l = entry.getValue();
            report.append("| ").append(entry.getKey().name()).append(" | ").append(fmt(l.percentileMillis(0.5)))
                    .append(" | ").append(fmt(l.percentileMillis(0.99))).append(" | ")
                    .append(fmt(l.percentileMillis(0.5) - floor.percentileMillis(0.5))).append(" | ")
                    .append(fmt(l.percentileMillis(0.99) - floor.percentileMillis(0.99))).append(" | ")
                    .append(l.failures() == 0 ? "0" : l.failures() + " (" + l.failureSummary() + ")").append(" |\n");
        }

        URI direct = URI.create(options.get("service") + "/api/assessments/whoami");
        URI viaGateway = URI.create(options.get("gateway") + "/api/assessments/whoami");
        System.out.println("Gateway bench: real endpoint, warm-up ...");
        load.openLoop(direct, tokens, rate, Duration.ofSeconds(5));
        load.openLoop(viaGateway, tokens, rate, Duration.ofSeconds(5));
        Latencies d = null;
        Latencies g = null;
        for (int round = 1; round <= 2; round++) {
            System.out.println("Gateway bench: real endpoint, round " + round + " ...");
            d = load.openLoop(direct, tokens, rate, phase);
            g = load.openLoop(viaGateway, tokens, rate, phase);
        }
        double addedP50 = g.percentileMillis(0.5) - d.percentileMillis(0.5);
        double addedP99 = g.percentileMillis(0.99) - d.percentileMillis(0.99);
        report.append("\n## In front of a real service endpoint\n\n")
                .append("`GET /api/assessments/whoami` (token validation in the service too) at ").append(rate)
                .append(" requests/s, straight to assessment-service and through the project's gateway, ")
                .append(phase.toSeconds()).append(" s each, the second of two rounds in turn.\n\n")
                .append("| | direct | through the gateway | added |\n| --- | ---: | ---: | ---: |\n")
                .append("| p50 ms | ").append(fmt(d.percentileMillis(0.5))).append(" | ")
                .append(fmt(g.percentileMillis(0.5))).append(" | ").append(fmt(addedP50)).append(" |\n")
                .append("| p99 ms | ").append(fmt(d.percentileMillis(0.99))).append(" | ")
                .append(fmt(g.percentileMillis(0.99))).append(" | ").append(fmt(addedP99)).append(" |\n")
                .append("| not 200 | ").append(d.failures()).append(" | ").append(g.failures()).append(" | |\n\n")
                .append("Goal: ≤ 2 ms added at p50 and ≤ 5 ms at p99: **")
                .append(addedP50 <= 2 && addedP99 <= 5 ? "met" : "not met").append("**.\n\n")
                .append("Load average at the end: ").append(fmt(loadAverage())).append(".\n");

        Path output = Path.of(options.getOrDefault("output", "target/bench"));
        Files.createDirectories(output);
        Files.writeString(output.resolve("gateway-bench.md"), report.toString(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(report);
        System.out.println("Written: " + output.resolve("gateway-bench.md"));
    }

    private WrkRound wrk(URI uri, String token, int connections, int seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(options.getOrDefault("wrk", "wrk"), "-t1", "-c" + connections,
                "-d" + seconds + "s", "--latency", "-H", "Authorization: Bearer " + token, uri.toString())
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed on " + uri + ":\n" + out);
        }
        Matcher perSecond = REQUESTS_PER_SECOND.matcher(out);
        if (!perSecond.find()) {
            throw new IllegalStateException("no Requests/sec in wrk's output:\n" + out);
        }
        Matcher non2xx = NON_2XX.matcher(out);
        Matcher errors = SOCKET_ERRORS.matcher(out);
        return new WrkRound(Double.parseDouble(perSecond.group(1)), percentile(out, "50%"), percentile(out, "99%"),
                non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, errors.find() ? errors.group(1).strip() : "0");
    }

    /** A line of wrk's latency distribution, e.g. {@code "     99%    1.52ms"}, in milliseconds. */
    static double percentile(String wrkOutput, String label) {
        Matcher line = Pattern.compile("^\\s*" + Pattern.quote(label) + "\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE)
                .matcher(wrkOutput);
        if (!line.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(line.group(1));
        return switch (line.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
