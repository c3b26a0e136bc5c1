package nl.koploper.footprint.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import nl.koploper.footprint.FootprintServiceApplication;
import nl.koploper.footprint.calculation.CalculatorBenchmark;
import nl.koploper.footprint.consumption.OrganisationYearData;
import nl.koploper.test.TestGemeenten;
import nl.koploper.test.TestMongo;
import nl.koploper.test.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP load benchmark of the "what if" calculation endpoint against a trivial endpoint of the same service, in the
 * same run (the goal: the calculation endpoint reaches at least 70 % of the trivial one's throughput).
 *
 * <p>Starts the whole service in this JVM on a random port, with the test infrastructure (embedded KRaft broker, the
 * test database, the test token issuer), registers a gemeente, and then lets {@code threads} clients send requests
 * back to back for {@code seconds} per phase: first warm-up cycles of all three until the rates settle, then
 * measured rounds that alternate {@code GET /api/footprints/whoami}, {@code POST /api/footprints/estimate} (the
 * 40-item organisation-year of {@link CalculatorBenchmark}; totals and warnings) and the same with
 * {@code ?explain=true} (every item with its explanation line and every factor used), so all see the same machine
 * load. Every answer must be 200, or the run fails. The
 * clients share the JVM and the cores with the service; that costs both endpoints the same per request.
 *
 * <p>Run: {@code ./mvnw -B -o -Pbench -pl footprint-service test-compile exec:exec@load} with
 * {@code -Dload.args="threads=4 seconds=10 rounds=5 warmup=8"} to change the defaults ({@code warmup}: at most
 * that many warm-up cycles, see {@link #warmUp}).
 */
public final class EstimateLoadBenchmark {

    private EstimateLoadBenchmark() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            benchmark(options(args));
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status); // the test token issuer and the database keep non-daemon threads
    }

    private static void benchmark(Map<String, String> options) throws Exception {
        int threads = Integer.parseInt(options.getOrDefault("threads", "4"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
        int maxWarmUpCycles = Integer.parseInt(options.getOrDefault("warmup", "8"));

        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 2);
        kafka.afterPropertiesSet();
        // As command-line arguments: builder properties are only defaults, below the platform's own.
        ConfigurableApplicationContext service = new SpringApplicationBuilder(FootprintServiceApplication.class)
                .run("--server.port=0",
                        "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                        "--spring.mongodb.uri=" + TestMongo.connectionString(),
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestTokens.issuerUri(),
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.jwksUri(),
                        "--spring.security.oauth2.resourceserver.jwt.audiences=" + TestTokens.AUDIENCE,
                        // a log line per request would measure the logger
                        "--logging.level.root=WARN");
        try {
            String base = "http://localhost:" + service.getEnvironment().getProperty("local.server.port");
            String gemeente = new TestGemeenten(service).newGemeente("load");
            String authorization = TestTokens.bearer(gemeente, "advisor");
            String estimateBody = service.getBean(JsonMapper.class)
                    .writeValueAsString(OrganisationYearData.of(CalculatorBenchmark.realistic(), null));
            HttpRequest trivial = HttpRequest.newBuilder(URI.create(base + "/api/footprints/whoami"))
                    .header("Authorization", authorization).GET().build();
            HttpRequest estimate = HttpRequest.newBuilder(URI.create(base + "/api/footprints/estimate"))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(estimateBody)).build();
            HttpRequest explained = HttpRequest.newBuilder(URI.create(base + "/api/footprints/estimate?explain=true"))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(estimateBody)).build();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();

            System.out.printf(Locale.ROOT, "EstimateLoadBenchmark: %d client threads, %d s per phase, %d rounds; "
                    + "estimate body %d bytes, %d cores%n", threads, seconds, rounds, estimateBody.length(),
                    Runtime.getRuntime().availableProcessors());
            warmUp(client, List.of(trivial, estimate, explained), threads, seconds, maxWarmUpCycles);
            long trivialOps = 0;
            long estimateOps = 0;
            long explainedOps = 0;
            List<Double> roundRatios = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                long roundTrivial = run(client, trivial, threads, seconds, "round " + round + " whoami");
                long roundEstimate = run(client, estimate, threads, seconds, "round " + round + " estimate");
                explainedOps += run(client, explained, threads, seconds, "round " + round + " explained");
                trivialOps += roundTrivial;
                estimateOps += roundEstimate;
                roundRatios.add(100.0 * roundEstimate / roundTrivial);
            }
            double trivialRate = (double) trivialOps / (rounds * seconds);
            double estimateRate = (double) estimateOps / (rounds * seconds);
            double explainedRate = (double) explainedOps / (rounds * seconds);
            System.out.printf(Locale.ROOT, "RESULT whoami %.1f ops/s, estimate %.1f ops/s, estimate/whoami %.1f %%"
                    + " (target >= 70 %%; per round %s, median %.1f %%); estimate?explain=true %.1f ops/s, %.1f %%%n",
                    trivialRate, estimateRate, 100 * estimateRate / trivialRate,
                    roundRatios.stream().map(r -> String.format(Locale.ROOT, "%.1f", r)).toList(),
                    median(roundRatios), explainedRate, 100 * explainedRate / trivialRate);
        } finally {
            service.close();
            kafka.destroy();
        }
    }

    /**
     * Cycles through every endpoint until the JIT has settled: at least two cycles, and then until the whoami rate of a
     * cycle is within 10 % of the previous one (or {@code maxCycles}). On two cores shared by clients and service the
     * compiler threads are starved, and a fixed short warm-up left every rate doubling from round to round.
     */
    private static void warmUp(HttpClient client, List<HttpRequest> requests, int threads, int seconds,
                               int maxCycles) throws Exception {
        long previous = -1;
        for (int cycle = 1; cycle <= maxCycles; cycle++) {
            long trivial = -1;
            for (HttpRequest request : requests) {
                long count = run(client, request, threads, seconds, "warm-up " + cycle + " " + request.uri().getPath()
                        .replace("/api/footprints/", "") + (request.uri().getQuery() == null ? "" : "?explain"));
                trivial = trivial < 0 ? count : trivial;
            }
            if (previous > 0 && Math.abs(trivial - previous) <= 0.1 * previous) {
                System.out.printf(Locale.ROOT, "warm-up settled after %d cycles%n", cycle);
                return;
            }
            previous = trivial;
        }
        System.out.printf(Locale.ROOT, "warm-up did not settle within %d cycles (rates still moving by > 10 %%)%n",
                maxCycles);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Requests back to back from {@code threads} clients for {@code seconds}; the number answered. */
    private static long run(HttpClient client, HttpRequest request, int threads, int seconds, String phase)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            clients.add(pool.submit(() -> {
                while (!stop.get()) {
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                        stop.set(true);
                        throw new IllegalStateException(phase + ": " + request.method() + " " + request.uri()
                                + " answered " + response.statusCode() + ": " + new String(response.body()));
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        long count = done.get();
        double elapsed = (System.nanoTime() - start) / 1e9;
        for (Future<?> future : clients) {
            future.get(); // rethrows a failed request
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%-22s %8d requests in %.1f s = %8.1f ops/s%n", phase, count, elapsed,
                count / elapsed);
        return count;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("arguments are name=value, not " + arg);
            }
            options.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
        return options;
    }
}
