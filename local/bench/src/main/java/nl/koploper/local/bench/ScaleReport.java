package nl.koploper.local.bench;

import static nl.koploper.local.bench.StackBench.fmt;
import static nl.koploper.local.bench.StackBench.ratio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.koploper.local.demo.StackClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code scale-bench.md} and {@code scale-bench.json} from the files the steps of {@link ScaleBench} wrote
 * ({@code baseline.json}, {@code scale-up.json}, {@code scaled.json}) and the script's restart times
 * ({@code restart-baseline.txt}, {@code restart-scaled.txt}: component, seconds until healthy, Spring's own
 * "Started … in N seconds").
 */
final class ScaleReport {

    /** The goals: idle CPU of each service and registration → mail p99 at most this times the baseline. */
    static final double GOAL = 1.2;

    private final StringBuilder md = new StringBuilder();
    private final ObjectNode json = StackClient.JSON.createObjectNode();
    private final JsonNode base;
    private final JsonNode scaled;
    private final JsonNode up;

    private ScaleReport(JsonNode base, JsonNode scaled, JsonNode up) {
        this.base = base;
        this.scaled = scaled;
        this.up = up;
    }

    static void write(Path work, Map<String, String> options) throws IOException {
        JsonNode base = read(work.resolve("baseline.json"));
        JsonNode scaled = read(work.resolve("scaled.json"));
        JsonNode up = read(work.resolve("scale-up.json"));
        ScaleReport report = new ScaleReport(base, scaled, up);
        report.build(options, restart(work.resolve("restart-baseline.txt")), restart(work.resolve("restart-scaled.txt")));
        Path output = Path.of(options.getOrDefault("output", "target/bench"));
        Files.createDirectories(output);
        Files.writeString(output.resolve("scale-bench.md"), report.md.toString(), StandardCharsets.UTF_8);
        Files.writeString(output.resolve("scale-bench.json"),
                StackClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report.json), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(report.md);
        System.out.println("Written: " + output.resolve("scale-bench.md") + " and scale-bench.json");
    }

    private static JsonNode read(Path file) throws IOException {
        return Files.exists(file) ? StackClient.JSON.readTree(Files.readString(file)) : StackClient.JSON.missingNode();
    }

    /** {name, seconds until healthy, Spring's started-in seconds}, or null. */
    private static String[] restart(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        String[] f = Files.readString(file).trim().split("\\s+");
        return f.length >= 3 ? f : null;
    }

    private void build(Map<String, String> options, String[] restartBase, String[] restartScaled) {
        int n0 = base.path("gemeenten").asInt();
        int n1 = scaled.path("gemeenten").asInt();
        String command = options.getOrDefault("command", "./koploper bench --scale");
        json.put("command", command).put("baselineGemeenten", n0).put("scaledGemeenten", n1)
                .put("cores", Runtime.getRuntime().availableProcessors());
        json.set("baseline", base);
        json.set("scaleUp", up);
        json.set("scaled", scaled);
        md.append("# Scale benchmark: ").append(n0).append(" gemeenten against ").append(n1).append("\n\n")
                .append("Run ").append(OffsetDateTime.now(RegistrationMail.AMSTERDAM).truncatedTo(ChronoUnit.SECONDS))
                .append(" with `").append(command).append("` on one stack, ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores. Load average ")
                .append(fmt(base.path("loadAverageAtStart").asDouble(Double.NaN))).append(" at the baseline, ")
                .append(fmt(scaled.path("loadAverageAtStart").asDouble(Double.NaN)))
                .append(" at the scaled measurement (the machine may be shared: compare within this run).\n\n");
        goals();
        idleCpu();
        mail();
        rss();
        startUp(restartBase, restartScaled);
        mongo();
        scaleUp();
    }

    // ------------------------------------------------------------------ goals

    private void goals() {
        md.append("## Goals\n\n| goal | ").append(base.path("gemeenten").asInt()).append(" gemeenten | ")
                .append(scaled.path("gemeenten").asInt()).append(" gemeenten | ratio | met? |\n")
                .append("| --- | ---: | ---: | ---: | --- |\n");
        ObjectNode goals = json.putObject("goals");
        for (String service : ScaleBench.SERVICES) {
            JsonNode b = base.path("idleCpu").path("cores").path(service);
            JsonNode s = scaled.path("idleCpu").path("cores").path(service);
            if (b.isMissingNode() || b.isNull() || s.isMissingNode() || s.isNull()) {
                continue;
            }
            goalRow(goals, "idle CPU of " + service + " (% of a core)", 100 * b.asDouble(), 100 * s.asDouble());
        }
        for (String mail : new String[] {"confirmationMail", "invitationMail"}) {
            goalRow(goals, "registration → " + (mail.startsWith("confirmation") ? "confirmation" : "invitation")
                            + " mail p99 (ms)",
                    base.path("registrationToMail").path(mail).path("p99Ms").asDouble(Double.NaN),
                    scaled.path("registrationToMail").path(mail).path("p99Ms").asDouble(Double.NaN));
        }
        md.append("\nGoal: at most ").append(GOAL).append("× the baseline. Idle CPU is utime + stime of the process ")
                .append("(`/proc/<pid>/stat`) over the idle window, as a share of one core; at fractions of a percent a ")
                .append("ratio moves with a single garbage collection or timer, so read it together with the absolute ")
                .append("values below.\n\n");
    }

    private void goalRow(ObjectNode goals, String name, double b, double s) {
        double r = s / b;
        boolean met = !Double.isNaN(r) && r <= GOAL;
        goals.putObject(name).put("baseline", b).put("scaled", s).put("ratio", r).put("met", met);
        md.append("| ").append(name).append(" | ").append(fmt2(b)).append(" | ").append(fmt2(s)).append(" | ")
                .append(ratio(r)).append(" | ").append(Double.isNaN(r) ? "–" : met ? "met" : "**not met**")
                .append(" |\n");
    }

    // ------------------------------------------------------------------ measures

    private void idleCpu() {
        md.append("## Idle CPU per process\n\n")
                .append("Over ").append(fmt(base.path("idleCpu").path("seconds").asDouble(Double.NaN))).append(" s and ")
                .append(fmt(scaled.path("idleCpu").path("seconds").asDouble(Double.NaN)))
                .append(" s, nothing sent to the stack, after the platform was quiet. % of one core.\n\n")
                .append("| process | baseline % | scaled % | ratio | CPU s per minute, scaled |\n")
                .append("| --- | ---: | ---: | ---: | ---: |\n");
        for (String name : names("idleCpu", "cores")) {
            double b = base.path("idleCpu").path("cores").path(name).asDouble(Double.NaN);
            double s = scaled.path("idleCpu").path("cores").path(name).asDouble(Double.NaN);
            md.append("| ").append(name).append(" | ").append(fmt2(100 * b)).append(" | ").append(fmt2(100 * s))
                    .append(" | ").append(ratio(s / b)).append(" | ").append(fmt2(60 * s)).append(" |\n");
        }
        double b = base.path("idleCpu").path("total").asDouble(Double.NaN);
        double s = scaled.path("idleCpu").path("total").asDouble(Double.NaN);
        md.append("| **all** | **").append(fmt2(100 * b)).append("** | **").append(fmt2(100 * s)).append("** | **")
                .append(ratio(s / b)).append("** | ").append(fmt2(60 * s)).append(" |\n\n");
    }

    /** Older result files were timed by polling each inbox; say so when rendering one of them. */
    private static String timedBy(JsonNode result) {
        return result.has("pollIntervalMs")
                ? " (found by polling each inbox every " + result.path("pollIntervalMs").asInt() + " ms)"
                : " (the server's own delivery times)";
    }

    private void mail() {
        JsonNode b = base.path("registrationToMail");
        JsonNode s = scaled.path("registrationToMail");
        md.append("## Registration → mail\n\n").append(b.path("registrations").asInt()).append(" registrations at ")
                .append(b.path("ratePerSecond").asInt()).append("/s by the coordinator of ")
                .append(b.path("gemeente").asString()).append(" into fresh cohorts with a scheduled meeting, through ")
                .append("the gateway; from the moment each request was due until the SMTP server took the mail")
                .append(timedBy(b)).append(". A few registrations before each run were not ")
                .append("measured (warm-up).\n\n")
                .append("| | baseline n | p50 ms | p99 ms | scaled n | p50 ms | p99 ms | p50 ratio | p99 ratio |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        mailRow("registration request", b.path("registrationRequest"), s.path("registrationRequest"));
        mailRow("confirmation mail", b.path("confirmationMail"), s.path("confirmationMail"));
        mailRow("meeting invitation (.ics)", b.path("invitationMail"), s.path("invitationMail"));
        mailRow("direct SMTP send (floor)", b.path("directSmtpFloor"), s.path("directSmtpFloor"));
        int missing = b.path("registrationRequest").path("count").asInt() - b.path("confirmationMail").path("count")
                .asInt() + s.path("registrationRequest").path("count").asInt()
                - s.path("confirmationMail").path("count").asInt();
        md.append("\nAccepted registrations without a confirmation mail (both runs): ").append(missing)
                .append(". Requests not answered 201: baseline ").append(b.path("registrationRequest")
                        .path("failures").asInt()).append(", scaled ").append(s.path("registrationRequest")
                        .path("failures").asInt()).append(".\n\n");
    }

    private void mailRow(String name, JsonNode b, JsonNode s) {
        double b50 = b.path("p50Ms").asDouble(Double.NaN);
        double b99 = b.path("p99Ms").asDouble(Double.NaN);
        double s50 = s.path("p50Ms").asDouble(Double.NaN);
        double s99 = s.path("p99Ms").asDouble(Double.NaN);
        md.append("| ").append(name).append(" | ").append(b.path("count").asInt()).append(" | ").append(fmt(b50))
                .append(" | ").append(fmt(b99)).append(" | ").append(s.path("count").asInt()).append(" | ")
                .append(fmt(s50)).append(" | ").append(fmt(s99)).append(" | ").append(ratio(s50 / b50)).append(" | ")
                .append(ratio(s99 / b99)).append(" |\n");
    }

    private void rss() {
        md.append("## Resident memory (RSS)\n\n")
                .append("`VmRSS` at the end of each idle window.\n\n")
                .append("| process | baseline MB | scaled MB | ratio |\n| --- | ---: | ---: | ---: |\n");
        long tb = 0;
        long ts = 0;
        for (String name : names("rssMb", null)) {
            long b = base.path("rssMb").path(name).asLong(-1);
            long s = scaled.path("rssMb").path(name).asLong(-1);
            tb += Math.max(0, b);
            ts += Math.max(0, s);
            md.append("| ").append(name).append(" | ").append(b < 0 ? "–" : b).append(" | ").append(s < 0 ? "–" : s)
                    .append(" | ").append(b <= 0 || s < 0 ? "–" : ratio((double) s / b)).append(" |\n");
        }
        md.append("| **all** | **").append(tb).append("** | **").append(ts).append("** | **")
                .append(ratio((double) ts / tb)).append("** |\n\n");
    }

    private void startUp(String[] b, String[] s) {
        if (b == null || s == null) {
            md.append("## Start-up\n\nNot measured (no restart times from the script).\n\n");
            return;
        }
        json.putObject("startUp").put("service", b[0])
                .put("baselineHealthySeconds", Double.parseDouble(b[1])).put("scaledHealthySeconds", Double.parseDouble(s[1]))
                .put("baselineSpringSeconds", b[2]).put("scaledSpringSeconds", s[2]);
        md.append("## Start-up\n\n`./koploper stop ").append(b[0]).append("` then `./koploper start ").append(b[0])
                .append("` right after each measurement: from the start command until its readiness was `UP`, and ")
                .append("what Spring Boot logged (\"Started … in N seconds\").\n\n")
                .append("| ").append(b[0]).append(" | baseline s | scaled s | ratio |\n| --- | ---: | ---: | ---: |\n")
                .append("| until healthy | ").append(fmt(Double.parseDouble(b[1]))).append(" | ")
                .append(fmt(Double.parseDouble(s[1]))).append(" | ")
                .append(ratio(Double.parseDouble(s[1]) / Double.parseDouble(b[1]))).append(" |\n")
                .append("| Spring's \"Started in\" | ").append(b[2]).append(" | ").append(s[2]).append(" | ")
                .append(b[2].equals("-") || s[2].equals("-") ? "–"
                        : ratio(Double.parseDouble(s[2]) / Double.parseDouble(b[2]))).append(" |\n\n");
    }

    private void mongo() {
        JsonNode b = base.path("mongo");
        JsonNode s = scaled.path("mongo");
        md.append("## MongoDB: databases, collections, indexes\n\n")
                .append("`listDatabases`, `listCollections` of each database, `listIndexes` of each collection, on the ")
                .append("local wire-protocol server (counting took ").append(fmt(b.path("countingSeconds").asDouble()))
                .append(" s and ").append(fmt(s.path("countingSeconds").asDouble())).append(" s).\n\n")
                .append("| | baseline | scaled | ratio |\n| --- | ---: | ---: | ---: |\n");
        for (String what : new String[] {"databases", "collections", "indexes"}) {
            md.append("| ").append(what).append(" | ").append(b.path(what).asInt()).append(" | ").append(s.path(what)
                    .asInt()).append(" | ").append(ratio(s.path(what).asDouble() / b.path(what).asDouble())).append(" |\n");
        }
        md.append("\nPer service (a database's name up to `_`), scaled: databases / collections / indexes\n\n")
                .append("| service | baseline | scaled |\n| --- | --- | --- |\n");
        Set<String> prefixes = new LinkedHashSet<>();
        b.path("perService").propertyNames().forEach(prefixes::add);
        s.path("perService").propertyNames().forEach(prefixes::add);
        for (String prefix : prefixes) {
            md.append("| ").append(prefix).append(" | ").append(triple(b.path("perService").path(prefix))).append(" | ")
                    .append(triple(s.path("perService").path(prefix))).append(" |\n");
        }
        md.append('\n');
    }

    private static String triple(JsonNode c) {
        return c.isMissingNode() ? "–" : c.path("databases").asInt() + " / " + c.path("collections").asInt() + " / "
                + c.path("indexes").asInt();
    }

    private void scaleUp() {
        md.append("## Scale-up\n\n")
                .append(String.format(Locale.ROOT, "%d gemeenten from `gemeenten-2025.csv` (%d registered now, %d "
                                + "there already), each with a cohort of %d registrations on the public form (%d new "
                                + "cohorts, %d registrations sent, %d there already), %d gemeenten at a time.\n\n",
                        up.path("gemeenten").asInt(), up.path("newGemeenten").asInt(),
                        up.path("existingGemeenten").asInt(), up.path("registrationsPerGemeente").asInt(),
                        up.path("newCohorts").asInt(), up.path("registrationsSent").asInt(),
                        up.path("registrationsSkipped").asInt(), up.path("parallel").asInt()))
                .append("| phase | seconds |\n| --- | ---: |\n")
                .append("| registering, waiting until every service knows each gemeente, cohorts, registrations | ")
                .append(fmt(up.path("requestsSeconds").asDouble())).append(" |\n")
                .append("| then until every confirmation mail was in GreenMail (").append(up.path("mailsArrived").asInt())
                .append(" of ").append(up.path("mailsExpected").asInt()).append(") | ")
                .append(fmt(up.path("mailSeconds").asDouble())).append(" |\n")
                .append("| then until the CPU of the stack had settled (two 10 s windows within 10 %; last: ")
                .append(fmt2(up.path("settledCores").asDouble())).append(" cores) | ")
                .append(fmt(up.path("settleSeconds").asDouble())).append(" |\n")
                .append("| **scale-up in all** | **").append(fmt(up.path("totalSeconds").asDouble())).append("** |\n\n");
        JsonNode p = up.path("registryPropagation");
        JsonNode r = up.path("publicRegistrationRequest");
        md.append("A new gemeente was accepted by all five services (their `whoami` with its coordinator's token) ")
                .append(fmt(p.path("p50Ms").asDouble(Double.NaN))).append(" ms after its registration (p50; p99 ")
                .append(fmt(p.path("p99Ms").asDouble(Double.NaN))).append(" ms). Public registration requests: p50 ")
                .append(fmt(r.path("p50Ms").asDouble(Double.NaN))).append(" ms, p99 ")
                .append(fmt(r.path("p99Ms").asDouble(Double.NaN))).append(" ms, ").append(r.path("failures").asInt())
                .append(" not 202").append(r.path("failures").asInt() > 0 ? " (" + r.path("failureSummary")
                        .asString() + ")" : "").append(". Load average at the end: ")
                .append(fmt(up.path("loadAverageAtEnd").asDouble(Double.NaN))).append(".\n");
        if (!up.path("failures").isEmpty()) {
            md.append("\nFailed gemeenten (").append(up.path("failures").size()).append("):\n\n");
            up.path("failures").forEach(f -> md.append("- ").append(f.asString()).append('\n'));
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The process names of a measure in either file, in the order the script listed them. */
    private Set<String> names(String measure, String inner) {
        Set<String> names = new LinkedHashSet<>();
        JsonNode b = inner == null ? base.path(measure) : base.path(measure).path(inner);
        JsonNode s = inner == null ? scaled.path(measure) : scaled.path(measure).path(inner);
        b.propertyNames().forEach(names::add);
        s.propertyNames().forEach(names::add);
        return names;
    }

    /** Two decimals below 10 (idle CPU percentages are small), else as {@link StackBench#fmt}. */
    static String fmt2(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "–"
                : Math.abs(value) < 10 ? String.format(Locale.ROOT, "%.2f", value) : fmt(value);
    }
}
