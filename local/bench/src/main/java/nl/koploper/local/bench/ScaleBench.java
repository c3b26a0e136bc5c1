package nl.koploper.local.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.koploper.local.demo.StackClient;
import nl.koploper.local.demo.StackClient.UnexpectedAnswer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ./koploper bench --scale}: what the number of gemeenten costs one deployment. The script runs it
 * in steps against one stack, in this order, and restarts one service between them to time its start-up:
 *
 * <ol>
 *   <li>{@code --step=measure --label=baseline}: the stack as {@code ./koploper up} leaves it (its two gemeenten; any
 *       other registered gemeente is refused: the baseline would not be one). Idle CPU per process over
 *       {@code --idle-seconds} (utime + stime from {@code /proc/<pid>/stat}), RSS, the MongoDB databases, collections
 *       and indexes, and registration → mail ({@link RegistrationMail}) in westerkwartier.</li>
 *   <li>{@code --step=scale-up}: registers the other gemeenten of {@code gemeenten-2025.csv} (platform-admin, through
 *       the gateway), waits until every service accepts each one's tokens, gives each gemeente a cohort (coordinator)
 *       and {@code --registrations} registrations on the public form, then waits until every confirmation mail is in
 *       GreenMail and the CPU of the processes has settled. Existing gemeenten, cohorts and registrations are kept.</li>
 *   <li>{@code --step=measure --label=scaled}: the same measurements at scale.</li>
 *   <li>{@code --step=report}: {@code scale-bench.md} and {@code .json} from the steps' files and the script's
 *       restart times.</li>
 * </ol>
 */
public final class ScaleBench {

    static final List<String> LOCAL_GEMEENTEN = List.of("westerkwartier", "oldambt");
    /** The gemeente the registration → mail probe registers in, in both measurements. */
    static final String PROBE_GEMEENTE = "westerkwartier";
    static final List<String> SERVICES = List.of("gateway", "cohort-service", "assessment-service",
            "footprint-service", "events-service", "notification-service", "portal");
    private static final List<String> API_PREFIXES = List.of("cohorts", "assessments", "footprints", "meetings",
            "notifications");

    record Gemeente(String slug, String name, String province) {
    }

    /** A process of the stack as the script's {@code write_process_facts} lists it. */
    record Process(String name, long pid) {
    }

    private final StackClient stack;
    private final Map<String, String> options;
    private final Path work;

    ScaleBench(StackClient stack, Map<String, String> options) {
        this.stack = stack;
        this.options = options;
        this.work = Path.of(options.getOrDefault("work", "target/bench/scale"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] parts = arg.replaceFirst("^--", "").split("=", 2);
            options.put(parts[0], parts.length > 1 ? parts[1] : "true");
        }
        ScaleBench bench = new ScaleBench(StackClient.fromSystemProperties(), options);
        try {
            Files.createDirectories(bench.work);
            switch (options.getOrDefault("step", "")) {
                case "measure" -> bench.measure(options.getOrDefault("label", "baseline"));
                case "scale-up" -> bench.scaleUp();
                case "report" -> ScaleReport.write(bench.work, options);
                default -> throw new UnexpectedAnswer("--step=measure|scale-up|report");
            }
        } catch (UnexpectedAnswer e) {
            System.err.println("koploper bench --scale: " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }

    int option(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
    }

    // ------------------------------------------------------------------ measure

    void measure(String label) throws Exception {
        ObjectNode json = StackClient.JSON.createObjectNode().put("label", label)
                .put("startedAt", Instant.now().toString()).put("loadAverageAtStart", StackBench.loadAverage());
        String admin = stack.token(null, "platform-admin", "team@koploper.example");
        List<String> registered = registeredGemeenten(admin);
        if (label.equals("baseline")) {
            List<String> others = registered.stream().filter(slug -> !LOCAL_GEMEENTEN.contains(slug)).toList();
            if (!others.isEmpty()) {
                throw new UnexpectedAnswer("the baseline needs the stack as ./koploper up leaves it (gemeenten "
                        + LOCAL_GEMEENTEN + "), but " + registered.size() + " gemeenten are registered, e.g. "
                        + others.subList(0, Math.min(5, others.size())) + ". Start from fresh data: ./koploper down && "
                        + "./koploper clean && ./koploper up");
            }
        }
        json.put("gemeenten", registered.size());
        say(label + ": " + registered.size() + " gemeenten registered");

        // A few registrations first, not measured: on a fresh stack the first ones also create topics and consumer
        // groups, and the JIT has not seen the path yet.
        String coordinator = stack.token(PROBE_GEMEENTE, "coordinator", "coordinator@" + PROBE_GEMEENTE + ".example");
        RegistrationMail probe = new RegistrationMail(stack, "Schaalbenchmark " + label, "scale-probe.example");
        String run = label.charAt(0) + Long.toString(System.currentTimeMillis() / 1000 % 1_000_000, 36);
        int warmUp = option("warm-up", 20);
        if (warmUp > 0) {
            say(label + ": warm-up, " + warmUp + " registrations (not measured) ...");
            probe.measure(coordinator, run + "w", 2, warmUp, Duration.ofSeconds(120));
        }

        List<Process> processes = processes(Path.of(options.getOrDefault("processes", work + "/processes.txt")));
        int settle = option("settle-seconds", 15);
        say(label + ": settling for " + settle + " s, then idle CPU over " + option("idle-seconds", 60) + " s ...");
        TimeUnit.SECONDS.sleep(settle);
        idleCpu(json.putObject("idleCpu"), processes, option("idle-seconds", 60));
        rss(json.putObject("rssMb"), processes);

        say(label + ": counting MongoDB databases, collections and indexes ...");
        mongoCounts(json.putObject("mongo"));

        int rate = option("registration-rate", 2);
        int count = rate * option("registration-seconds", 30);
        say(label + ": registration → mail, " + count + " registrations at " + rate + "/s in " + PROBE_GEMEENTE
                + " ...");
        RegistrationMail.Result result = probe.measure(coordinator, run, rate, count, Duration.ofSeconds(180));
        Latencies floor = probe.smtpFloor(Integer.parseInt(options.getOrDefault("smtp-port", "3025")), run, 5);
        ObjectNode mail = json.putObject("registrationToMail").put("gemeente", PROBE_GEMEENTE)
                .put("ratePerSecond", rate).put("registrations", count).put("cohorts", result.cohorts())
                .put("mailTimedBy", "smtp-server-delivery");
        latencies(mail, "registrationRequest", result.request());
        latencies(mail, "confirmationMail", result.confirmation());
        latencies(mail, "invitationMail", result.invitation());
        latencies(mail, "directSmtpFloor", floor);
        say(String.format(Locale.ROOT, "%s: confirmation p50 %s / p99 %s ms, invitation p50 %s / p99 %s ms", label,
                StackBench.fmt(result.confirmation().percentileMillis(0.5)),
                StackBench.fmt(result.confirmation().percentileMillis(0.99)),
                StackBench.fmt(result.invitation().percentileMillis(0.5)),
                StackBench.fmt(result.invitation().percentileMillis(0.99))));
        json.put("loadAverageAtEnd", StackBench.loadAverage()).put("endedAt", Instant.now().toString());
        write(label + ".json", json);
    }

    private static void latencies(ObjectNode parent, String name, Latencies l) {
        parent.putObject(name).put("count", l.count()).put("p50Ms", l.percentileMillis(0.5))
                .put("p99Ms", l.percentileMillis(0.99)).put("failures", l.failures())
                .put("failureSummary", l.failureSummary());
    }

    /** Every registered gemeente's slug (platform-admin, page by page). */
    private List<String> registeredGemeenten(String admin) {
        List<String> slugs = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = stack.expectOk("list the gemeenten", "GET", "/api/gemeenten?size=100&page=" + page, admin,
                    null);
            body.path("content").forEach(g -> slugs.add(g.path("slug").asString()));
            if (page + 1 >= body.path("totalPages").asInt(0)) {
                return slugs;
            }
        }
    }

    // ------------------------------------------------------------------ processes

    static List<Process> processes(Path file) throws IOException {
        List<Process> processes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 2) {
                processes.add(new Process(f[0], Long.parseLong(f[1])));
            }
        }
        if (processes.isEmpty()) {
            throw new UnexpectedAnswer("no processes in " + file);
        }
        return processes;
    }

    /** utime + stime of a process in clock ticks, or -1 when it is gone. */
    static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // The command may hold spaces and parentheses: the fields follow the last ')'. From there: state is the
            // first, utime the 12th and stime the 13th (fields 14 and 15 of proc(5)).
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private Map<String, Long> cpuTicks(List<Process> processes) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        processes.forEach(p -> ticks.put(p.name(), cpuTicks(p.pid())));
        return ticks;
    }

    /** CPU of each process over the window, as a share of one core (1.0 = one core busy all the time). */
    private void idleCpu(ObjectNode json, List<Process> processes, int seconds) throws InterruptedException {
        double tick = 1.0 / option("clk-tck", 100);
        Map<String, Long> before = cpuTicks(processes);
        long start = System.nanoTime();
        TimeUnit.SECONDS.sleep(seconds);
        Map<String, Long> after = cpuTicks(processes);
        double elapsed = (System.nanoTime() - start) / 1e9;
        json.put("seconds", elapsed);
        ObjectNode cores = json.putObject("cores");
        double total = 0;
        for (Process p : processes) {
            long b = before.get(p.name());
            long a = after.get(p.name());
            if (a < 0 || b < 0) {
                cores.putNull(p.name());
                continue;
            }
            double share = (a - b) * tick / elapsed;
            total += share;
            cores.put(p.name(), share);
        }
        json.put("total", total);
    }

    private static void rss(ObjectNode json, List<Process> processes) {
        for (Process p : processes) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + p.pid() + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        json.put(p.name(), Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
                    }
                }
            } catch (IOException e) {
                json.putNull(p.name());
            }
        }
    }

    // ------------------------------------------------------------------ MongoDB

    /** listDatabases, listCollections of each, listIndexes of each collection; per service (the name's prefix). */
    private void mongoCounts(ObjectNode json) {
        long started = System.nanoTime();
        Map<String, int[]> perPrefix = new TreeMap<>();
        int databases = 0;
        int collections = 0;
        int indexes = 0;
        try (MongoClient client = MongoClients.create(options.getOrDefault("mongo", "mongodb://127.0.0.1:27017"))) {
            for (String name : client.listDatabaseNames()) {
                MongoDatabase database = client.getDatabase(name);
                int[] counts = perPrefix.computeIfAbsent(name.contains("_") ? name.substring(0, name.indexOf('_'))
                        : name + " (shared)", key -> new int[3]);
                counts[0]++;
                databases++;
                for (String collection : database.listCollectionNames()) {
                    counts[1]++;
                    collections++;
                    for (Object ignored : database.getCollection(collection).listIndexes()) {
                        counts[2]++;
                        indexes++;
                    }
                }
            }
        }
        json.put("databases", databases).put("collections", collections).put("indexes", indexes)
                .put("countingSeconds", (System.nanoTime() - started) / 1e9);
        ObjectNode prefixes = json.putObject("perService");
        perPrefix.forEach((prefix, c) -> prefixes.putObject(prefix).put("databases", c[0]).put("collections", c[1])
                .put("indexes", c[2]));
        say(String.format(Locale.ROOT, "  %d databases, %d collections, %d indexes (counted in %.1f s)", databases,
                collections, indexes, json.path("countingSeconds").asDouble()));
    }

    // ------------------------------------------------------------------ scale up

    static List<Gemeente> gemeenten() throws IOException {
        List<Gemeente> list = new ArrayList<>();
        try (InputStream in = ScaleBench.class.getResourceAsStream("/gemeenten-2025.csv")) {
            if (in == null) {
                throw new UnexpectedAnswer("gemeenten-2025.csv is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                List<String> f = csv(line);
                list.add(new Gemeente(f.get(0), f.get(1), f.get(2)));
            }
        }
        // The local stack's own gemeenten first: --gemeenten=N then means N in all, these two among them.
        List<Gemeente> ordered = new ArrayList<>();
        LOCAL_GEMEENTEN.forEach(slug -> list.stream().filter(g -> g.slug().equals(slug)).forEach(ordered::add));
        list.stream().filter(g -> !LOCAL_GEMEENTEN.contains(g.slug())).forEach(ordered::add);
        return ordered;
    }

    /** One CSV line: commas separate, double quotes enclose a field with a comma. */
    static List<String> csv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    void scaleUp() throws Exception {
        List<Gemeente> all = gemeenten();
        int wanted = Math.min(all.size(), option("gemeenten", all.size()));
        int perCohort = option("registrations", 15);
        int parallel = option("parallel", 6);
        List<Gemeente> gemeenten = all.subList(0, wanted);
        ObjectNode json = StackClient.JSON.createObjectNode().put("gemeenten", wanted)
                .put("registrationsPerGemeente", perCohort).put("parallel", parallel)
                .put("startedAt", Instant.now().toString()).put("loadAverageAtStart", StackBench.loadAverage());
        say("Scale-up: " + wanted + " gemeenten, a cohort of " + perCohort + " registrations each, " + parallel
                + " at a time ...");

        Counters counters = new Counters();
        Latencies propagation = new Latencies();
        Latencies registrationRequests = new Latencies();
        Set<String> expectedMail = ConcurrentHashMap.newKeySet();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        for (int i = 0; i < gemeenten.size(); i++) {
            Gemeente gemeente = gemeenten.get(i);
            int index = all.indexOf(gemeente);
            pool.execute(() -> {
                try {
                    scaleUp(gemeente, index, perCohort, counters, propagation, registrationRequests, expectedMail);
                } catch (RuntimeException e) {
                    failures.add(gemeente.slug() + ": " + e.getMessage());
                    System.err.println("  " + gemeente.slug() + ": " + e.getMessage());
                }
            });
        }
        pool.shutdown();
        while (!pool.awaitTermination(15, TimeUnit.SECONDS)) {
            progress(counters, wanted, perCohort, start);
        }
        progress(counters, wanted, perCohort, start);
        double requestsSeconds = (System.nanoTime() - start) / 1e9;

        say("Scale-up: waiting for the " + expectedMail.size() + " confirmation mails ...");
        long mailStart = System.nanoTime();
        int arrived = awaitMailboxes(expectedMail, Duration.ofSeconds(option("mail-timeout", 900)));
        double mailSeconds = (System.nanoTime() - mailStart) / 1e9;

        say("Scale-up: waiting until the CPU of the stack has settled ...");
        long settleStart = System.nanoTime();
        List<Process> processes = processes(Path.of(options.getOrDefault("processes", work + "/processes.txt")));
        double settledCores = awaitSettled(processes, Duration.ofSeconds(option("settle-timeout", 300)));
        double settleSeconds = (System.nanoTime() - settleStart) / 1e9;

        json.put("newGemeenten", counters.newGemeenten.get()).put("existingGemeenten", counters.existing.get())
                .put("newCohorts", counters.newCohorts.get())
                .put("registrationsSent", counters.registrations.get())
                .put("registrationsSkipped", counters.skipped.get())
                .put("requestsSeconds", requestsSeconds)
                .put("mailsExpected", expectedMail.size()).put("mailsArrived", arrived).put("mailSeconds", mailSeconds)
                .put("settleSeconds", settleSeconds).put("settledCores", settledCores)
                .put("totalSeconds", (System.nanoTime() - start) / 1e9)
                .put("loadAverageAtEnd", StackBench.loadAverage());
        latencies(json, "registryPropagation", propagation);
        latencies(json, "publicRegistrationRequest", registrationRequests);
        ArrayNode failed = json.putArray("failures");
        failures.forEach(failed::add);
        write("scale-up.json", json);
        say(String.format(Locale.ROOT, "Scale-up: requests %.0f s, then mail %.0f s (%d of %d), then settling %.0f s;"
                        + " %d failures", requestsSeconds, mailSeconds, arrived, expectedMail.size(), settleSeconds,
                failures.size()));
    }

    private static final class Counters {
        final AtomicInteger newGemeenten = new AtomicInteger();
        final AtomicInteger existing = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger newCohorts = new AtomicInteger();
        final AtomicInteger registrations = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
    }

    private static void progress(Counters c, int wanted, int perCohort, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        say(String.format(Locale.ROOT, "  %4.0f s: %d of %d gemeenten done (%d new), %d registrations sent (%.1f/s)",
                seconds, c.done.get(), wanted, c.newGemeenten.get(), c.registrations.get(),
                c.registrations.get() / Math.max(1, seconds)));
    }

    /** One gemeente: registered, known to every service, a cohort, its registrations on the public form. */
    private void scaleUp(Gemeente gemeente, int index, int perCohort, Counters counters, Latencies propagation,
                         Latencies registrationRequests, Set<String> expectedMail) {
        // Several platform-admin subjects: the gateway limits each subject of a token without a tenant to 20/s.
        String admin = stack.token(null, "platform-admin", "scale-" + (index % 8) + "@koploper.example");
        ObjectNode body = StackClient.JSON.createObjectNode().put("slug", gemeente.slug())
                .put("displayName", "Gemeente " + gemeente.name())
                .put("senderName", "Koploperproject " + gemeente.name())
                .put("replyTo", "koplopers@" + gemeente.slug() + ".example").put("defaultLocale", "nl");
        body.putObject("contact").put("name", "Coördinator " + gemeente.name())
                .put("email", "coordinator@" + gemeente.slug() + ".example");
        long registeredAt = System.nanoTime();
        StackClient.Answer answer = stack.post("/api/gemeenten", admin, body);
        if (answer.status() == 201) {
            counters.newGemeenten.incrementAndGet();
        } else if (answer.status() == 409) {
            counters.existing.incrementAndGet();
        } else {
            throw new UnexpectedAnswer("register: " + answer.status() + " " + StackClient.abbreviate(answer.text()));
        }
        String coordinator = stack.token(gemeente.slug(), "coordinator", "coordinator@" + gemeente.slug() + ".example");
        Instant deadline = Instant.now().plusSeconds(180);
        for (String prefix : API_PREFIXES) {
            while (stack.get("/api/" + prefix + "/whoami", coordinator).status() != 200) {
                if (Instant.now().isAfter(deadline)) {
                    throw new UnexpectedAnswer("the " + prefix + " service did not learn of the gemeente in 180 s");
                }
                StackClient.sleep(Duration.ofMillis(250));
            }
        }
        if (answer.status() == 201) {
            propagation.record(System.nanoTime() - registeredAt);
        }

        String cohortName = "Koplopergroep " + gemeente.name() + " (schaalbenchmark)";
        String cohortId = null;
        String status = null;
        JsonNode cohorts = stack.expectOk("list cohorts", "GET", "/api/cohorts?size=100", coordinator, null);
        for (JsonNode cohort : cohorts.path("content")) {
            if (cohort.path("name").asString().equals(cohortName)) {
                cohortId = cohort.path("id").asString();
                status = cohort.path("status").asString();
            }
        }
        if (cohortId == null) {
            OffsetDateTime now = OffsetDateTime.now(RegistrationMail.AMSTERDAM).truncatedTo(ChronoUnit.MINUTES);
            ObjectNode cohort = StackClient.JSON.createObjectNode().put("name", cohortName)
                    .put("year", now.getYear()).put("minimum", 8).put("maximum", Math.max(8, perCohort))
                    .put("registrationDeadline", now.plusDays(21).toString())
                    .put("assignmentDeadline", now.plusDays(200).toString());
            StackClient.Answer created = stack.send("POST", "/api/cohorts", coordinator, cohort,
                    Map.of("Idempotency-Key", "scale-bench-" + gemeente.slug()));
            if (!created.ok()) {
                throw new UnexpectedAnswer("create the cohort: " + created.status() + " " + created.text());
            }
            cohortId = created.body().path("id").asString();
            status = created.body().path("status").asString();
            counters.newCohorts.incrementAndGet();
        }
        if (status.equals("DRAFT")) {
            stack.expectOk("open the cohort", "POST", "/api/cohorts/" + cohortId + "/open", coordinator, null);
        }
        String participants = stack.expectOk("list participants", "GET", "/api/cohorts/" + cohortId
                + "/participants?size=100", coordinator, null).toString();

        for (int n = 0; n < perCohort; n++) {
            String kvk = String.format(Locale.ROOT, "%08d", 50_000_000 + index * 100 + n);
            String email = gemeente.slug() + "-" + n + "@scale.example";
            expectedMail.add(email);
            if (participants.contains(kvk)) {
                counters.skipped.incrementAndGet();
                continue;
            }
            ObjectNode registration = RegistrationMail.registration(kvk, "Schaal BV " + gemeente.slug() + " " + n, n,
                    email);
            // Each registrant is a visitor of its own: the gateway (one trusted proxy hop on the local stack) limits the
            // public form per client address, as it would 5,000 people registering from their own offices.
            String visitor = "10." + (index / 256) + "." + (index % 256) + "." + (n + 1);
            long sent = System.nanoTime();
            StackClient.Answer registered = stack.send("POST", "/api/public/cohorts/" + gemeente.slug() + "/"
                    + cohortId + "/registrations", null, registration, Map.of("X-Forwarded-For", visitor));
            if (registered.status() == 202) {
                registrationRequests.record(System.nanoTime() - sent);
                counters.registrations.incrementAndGet();
            } else {
                registrationRequests.fail(String.valueOf(registered.status()));
                expectedMail.remove(email);
            }
        }
        counters.done.incrementAndGet();
    }

    /** Polls GreenMail's user list (an address gets a user with its first mail) until every address has one. */
    private int awaitMailboxes(Set<String> addresses, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        int arrived = 0;
        Instant lastSaid = Instant.EPOCH;
        while (true) {
            Set<String> users = new HashSet<>();
            for (JsonNode user : mailUsers()) {
                users.add(user.path("email").asString("").toLowerCase(Locale.ROOT));
            }
            arrived = (int) addresses.stream().filter(users::contains).count();
            if (arrived >= addresses.size() || Instant.now().isAfter(deadline)) {
                return arrived;
            }
            if (Instant.now().isAfter(lastSaid.plusSeconds(15))) {
                say("  " + arrived + " of " + addresses.size() + " confirmation mails arrived");
                lastSaid = Instant.now();
            }
            StackClient.sleep(Duration.ofSeconds(3));
        }
    }

    private JsonNode mailUsers() {
        try {
            java.net.http.HttpResponse<String> response = stack.http().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(stack.mailApi() + "/api/user")).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json").GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return StackClient.JSON.readTree(response.body());
        } catch (IOException | RuntimeException e) {
            return StackClient.JSON.createArrayNode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnexpectedAnswer("interrupted");
        }
    }

    /**
     * Samples the processes' CPU over 10 s windows until two windows in a row differ by less than 10 % (or 0.02 of a
     * core), or the time is up; returns the last window's total (cores).
     */
    private double awaitSettled(List<Process> processes, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        double tick = 1.0 / option("clk-tck", 100);
        double previous = Double.NaN;
        while (true) {
            Map<String, Long> before = cpuTicks(processes);
            long start = System.nanoTime();
            TimeUnit.SECONDS.sleep(10);
            Map<String, Long> after = cpuTicks(processes);
            double elapsed = (System.nanoTime() - start) / 1e9;
            double total = 0;
            String busiest = "";
            double busiestShare = -1;
            for (Process p : processes) {
                double share = (after.get(p.name()) - before.get(p.name())) * tick / elapsed;
                total += share;
                if (share > busiestShare) {
                    busiestShare = share;
                    busiest = p.name();
                }
            }
            say(String.format(Locale.ROOT, "  the stack used %.2f cores over 10 s (most: %s %.2f)", total, busiest,
                    busiestShare));
            if (!Double.isNaN(previous) && Math.abs(total - previous) <= Math.max(0.02, 0.1 * previous)) {
                return total;
            }
            if (Instant.now().isAfter(deadline)) {
                return total;
            }
            previous = total;
        }
    }

    // ------------------------------------------------------------------ plumbing

    private void write(String name, ObjectNode json) throws IOException {
        Files.writeString(work.resolve(name), StackClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json),
                StandardCharsets.UTF_8);
    }

    static void say(String line) {
        System.out.println(line);
    }
}
