package nl.koploper.local.bench;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.koploper.local.demo.StackClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * Registration → mail, as {@code ./koploper bench} and {@code ./koploper bench --scale} measure it: fresh cohorts of one
 * gemeente, each with a scheduled meeting (one cohort per 60 registrations, so every registrant is placed and
 * invited), then registrations at a fixed rate by the coordinator through the gateway. Per registration, the time from
 * the moment its request was due (open loop) until its confirmation mail and its meeting invitation ({@code .ics}) are
 * in the SMTP server, by the server's own delivery times ({@link MailWatcher}). The floor of that measurement is a mail
 * handed straight to the SMTP server and timed the same way ({@link #smtpFloor}).
 */
final class RegistrationMail {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /**
     * What one measurement gave; {@code request} is the registration request's own latency (201 only), every latency
     * recorded with the moment its registration was due; {@code startNanos} the moment the first was due.
     */
    record Result(int ratePerSecond, int registrations, int cohorts, long startNanos, Latencies request,
                  Latencies confirmation, Latencies invitation) {
    }

    private final StackClient stack;
    private final String cohortPrefix;
    private final String mailDomain;

    /**
     * @param cohortPrefix the start of the cohorts' names, e.g. {@code Benchmark}
     * @param mailDomain   the domain of the registrants' and guests' addresses, e.g. {@code bench.example}
     */
    RegistrationMail(StackClient stack, String cohortPrefix, String mailDomain) {
        this.stack = stack;
        this.cohortPrefix = cohortPrefix;
        this.mailDomain = mailDomain;
    }

    /**
     * @param coordinator a coordinator token of the gemeente to register in
     * @param run         a short id of this run, part of the cohorts' names, the addresses and the KvK numbers
     * @param mailTimeout how long to wait for the last mail after the last request
     */
    Result measure(String coordinator, String run, int rate, int count, Duration mailTimeout)
            throws InterruptedException {
        OffsetDateTime now = OffsetDateTime.now(AMSTERDAM).truncatedTo(ChronoUnit.MINUTES);
        // At most 60 registrations per cohort (of at most 100 places): every registrant is placed, and so invited.
        int cohorts = Math.max(1, (count + 59) / 60);
        List<String> cohortIds = new ArrayList<>();
        for (int c = 0; c < cohorts; c++) {
            cohortIds.add(cohortWithMeeting(coordinator, run, c, now));
        }

        Latencies request = new Latencies();
        Latencies confirmation = new Latencies();
        Latencies invitation = new Latencies();
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        MailWatcher watcher = new MailWatcher(stack, sentAt, confirmation, invitation);
        watcher.start();
        // Enough threads that a slow answer does not hold back the next due request (open loop).
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(8, 2 * rate));
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * TimeUnit.SECONDS.toNanos(1) / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int n = i;
            pool.execute(() -> {
                String email = "reg-" + run + "-" + n + "@" + mailDomain;
                ObjectNode body = registration(kvkNumber(run, n), "Benchmark BV " + n, n, email);
                // From the moment it was due (open loop), so a queue in front of the request is not hidden.
                long sent = Math.min(due, System.nanoTime());
                sentAt.put(email, sent);
                String cohortId = cohortIds.get(n % cohortIds.size());
                StackClient.Answer answer = stack.send("POST", "/api/cohorts/" + cohortId + "/participants",
                        coordinator, body, Map.of());
                if (answer.status() == 201) {
                    request.record(sent, System.nanoTime() - sent);
                } else {
                    request.fail(String.valueOf(answer.status()));
                    sentAt.remove(email);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
        watcher.awaitAll(mailTimeout);
        return new Result(rate, count, cohorts, start, request, confirmation, invitation);
    }

    /** An open cohort with a scheduled meeting: events-service invites every placed registrant to it (with .ics). */
    private String cohortWithMeeting(String coordinator, String run, int c, OffsetDateTime now) {
        ObjectNode cohort = StackClient.JSON.createObjectNode().put("name", cohortPrefix + " " + run + "-" + c)
                .put("year", now.getYear()).put("minimum", 1).put("maximum", 100)
                .put("registrationDeadline", now.plusDays(7).toString())
                .put("assignmentDeadline", now.plusDays(60).toString());
        String cohortId = stack.expectOk("create the bench cohort", "POST", "/api/cohorts", coordinator, cohort)
                .path("id").asString();
        stack.expectOk("open the bench cohort", "POST", "/api/cohorts/" + cohortId + "/open", coordinator, null);
        ObjectNode meeting = StackClient.JSON.createObjectNode().put("cohortId", cohortId)
                .put("type", "KNOWLEDGE_SESSION")
                .put("title", "Benchmark-bijeenkomst").put("description", "Voor de benchmark")
                .put("start", now.plusDays(20).withHour(15).withMinute(0).toLocalDateTime().toString())
                .put("end", now.plusDays(20).withHour(16).withMinute(0).toLocalDateTime().toString());
        meeting.putObject("location").put("address", "Stadsplein 1, Winschoten");
        meeting.putObject("invitees").putArray("guests").addObject().put("name", "Bench Gast")
                .put("email", "guest-" + run + "-" + c + "@" + mailDomain).put("locale", "nl");
        stack.expectOk("schedule the bench meeting", "POST", "/api/meetings", coordinator, meeting);
        return cohortId;
    }

    /**
     * The measurement's floor: {@code count} mails handed straight to the SMTP server, one every 500 ms, each timed
     * the same way.
     */
    Latencies smtpFloor(int smtpPort, String run, int count) throws InterruptedException {
        Latencies floor = new Latencies();
        Map<String, Long> directSent = new ConcurrentHashMap<>();
        MailWatcher directWatcher = new MailWatcher(stack, directSent, floor, null);
        directWatcher.start();
        for (int i = 0; i < count; i++) {
            String email = "smtp-" + run + "-" + i + "@" + mailDomain;
            directSent.put(email, System.nanoTime());
            Smtp.send("127.0.0.1", smtpPort, "bench@koploper.example", email, "Benchmark " + i);
            TimeUnit.MILLISECONDS.sleep(500);
        }
        directWatcher.awaitAll(Duration.ofSeconds(30));
        return floor;
    }

    /** A KvK number of this run's n-th registration: eight digits, different per run and registration. */
    static String kvkNumber(String run, int n) {
        return String.format(Locale.ROOT, "%08d", Math.floorMod((run.hashCode() * 1000L) + n, 100_000_000L));
    }

    /** A registration as the coordinator's form and the public form take it. */
    static ObjectNode registration(String kvkNumber, String organisationName, int n, String email) {
        ObjectNode body = StackClient.JSON.createObjectNode();
        ObjectNode organisation = body.putObject("organisation").put("name", organisationName)
                .put("kvkNumber", kvkNumber).put("type", "COMPANY").put("sbiCode", "6201").put("sizeFte", 10);
        organisation.putObject("address").put("street", "Teststraat").put("houseNumber", String.valueOf(n + 1))
                .put("postalCode", "9671 AA").put("city", "Winschoten");
        body.putObject("contact").put("name", "Contact " + n).put("email", email).put("phone", "0597-400000")
                .put("locale", "nl");
        body.put("consentToTerms", true);
        return body;
    }
}
