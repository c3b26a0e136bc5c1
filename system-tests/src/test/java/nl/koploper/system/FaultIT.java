package nl.koploper.system;

import static nl.koploper.system.ReplicasIT.createOpenCohort;
import static nl.koploper.system.ReplicasIT.deliveries;
import static nl.koploper.system.ReplicasIT.kvk;
import static nl.koploper.system.ReplicasIT.messageId;
import static nl.koploper.system.ReplicasIT.registrationJson;
import static nl.koploper.system.ReplicasIT.subjectPrefixes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fault tests: parts of the running stack are stopped or killed with {@code ./koploper stop|start|kill} while
 * a user works through the gateway. They disturb the stack, so they run after every other class (high
 * {@code @Order}), and each test leaves every component running again (also when it fails: {@link #wholeAgain()}).
 */
@ExtendWith(LocalStack.Extension.class)
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultIT {

    private static final String TENANT = "oldambt";
    /** notification-service's {@code koploper.notification.sending.parallelism}: mails one instance sends at once. */
    private static final int SENDER_POOL_SIZE = 4;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    private final LocalStack stack = LocalStack.get();
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    /** Whatever a test stopped or killed runs again before the next one (start is a no-op for a running one). */
    @AfterEach
    void wholeAgain() {
        for (String component : List.of("kafka", "footprint-service", "notification-service")) {
            KoploperCommand.Result started = stack.koploper(START_TIMEOUT, "start", component);
            assertThat(started.exitCode()).as("./koploper start %s: %s", component, started.tail()).isZero();
        }
    }

    @Test
    @Order(1)
    void aStoppedServiceIsA503ProblemAtTheGatewayUntilItIsBack() {
        String coordinator = stack.token(TENANT, "coordinator");
        assertThat(stack.get("/api/footprints/whoami", coordinator).statusCode()).isEqualTo(200);

        KoploperCommand.Result stopped = stack.koploper(Duration.ofMinutes(2), "stop", "footprint-service");
        assertThat(stopped.exitCode()).as(stopped.output()).isZero();

        // Connection refused: the gateway's fallback answers at once, and keeps answering so once the breaker opens.
        for (int request = 0; request < 12; request++) {
            HttpResponse<String> response = stack.get("/api/footprints/whoami", coordinator);
            assertThat(response.statusCode()).as("request %d: %s", request, response.body()).isEqualTo(503);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JsonPath.<Integer>read(response.body(), "$.status")).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
        }
        // Other services are not affected.
        assertThat(stack.get("/api/cohorts/whoami", coordinator).statusCode()).isEqualTo(200);

        KoploperCommand.Result started = stack.koploper(START_TIMEOUT, "start", "footprint-service");
        assertThat(started.exitCode()).as(started.tail()).isZero();
        // The breaker may still be open; it lets a probe through after its wait (10 s) and closes on success.
        await("footprint-service answers through the gateway again").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> stack.get("/api/footprints/whoami", coordinator).statusCode() == 200);
        HttpResponse<String> back = stack.get("/api/footprints/whoami", coordinator);
        assertThat(JsonPath.<String>read(back.body(), "$.service")).isEqualTo("footprint");
    }

    @Test
    @Order(2)
    void kafkaRestartedDuringARegistrationBurstLosesNoRegistrationAndNoEvent() throws Exception {
        String coordinator = stack.token(TENANT, "coordinator");
        String cohortId = createOpenCohort(stack, coordinator, "Koplopers Kafka-storing " + run, 100);
        // 50 registrations from 4 clients in three waves: 20 with the broker up (it is stopped while they run),
        // 20 while it is down, 10 more as it starts again.
        int registrations = 50;
        List<String> emails = IntStream.range(0, registrations)
                .mapToObj(n -> "kafka-" + n + "-" + run + "@burst.example").toList();
        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<Integer>> results = new ArrayList<>();
        IntFunction<Future<Integer>> register = n -> clients.submit(() -> {
            String body = registrationJson("Storing " + n + " BV", kvk(run, n), "Contact " + n, emails.get(n));
            int status = registerRetrying(cohortId, coordinator, body, answers);
            done.incrementAndGet();
            return status;
        });
        IntStream.range(0, 20).forEach(n -> results.add(register.apply(n)));
        await("the first registrations").atMost(Duration.ofMinutes(3)).until(() -> done.get() >= 3);
        KoploperCommand.Result stopped = stack.koploper(Duration.ofMinutes(2), "stop", "kafka");
        assertThat(stopped.exitCode()).as(stopped.output()).isZero();
        int beforeStop = done.get();
        IntStream.range(20, 40).forEach(n -> results.add(register.apply(n)));
        // Registrations go on with the broker down (stored with their events in the outbox), for a while.
        Instant until = Instant.now().plusSeconds(60);
        while (done.get() < 40 && Instant.now().isBefore(until)) {
            LocalStack.sleep(Duration.ofMillis(500));
        }
        int whileDown = done.get() - beforeStop;
        IntStream.range(40, registrations).forEach(n -> results.add(register.apply(n)));
        KoploperCommand.Result started = stack.koploper(START_TIMEOUT, "start", "kafka");
        assertThat(started.exitCode()).as(started.tail()).isZero();
        clients.shutdown();
        assertThat(clients.awaitTermination(10, TimeUnit.MINUTES)).isTrue();

        for (Future<Integer> result : results) {
            assertThat(result.get()).as("every registration answered 201 (or 409: stored by an earlier attempt)")
                    .isIn(201, 409);
        }
        System.out.printf("FaultIT Kafka: %d registrations, %d answered before the broker stopped, %d while it was"
                + " down (the rest as it started again); answers seen (status=count, retried ones included): %s%n", registrations, beforeStop,
                whileDown, answers);

        // No registration lost: every organisation is in the cohort, once.
        HttpResponse<String> listed = stack.sendRetrying("GET", "/api/cohorts/" + cohortId + "/participants?size=100",
                coordinator, null, Duration.ofMinutes(1));
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(listed.body(), "$.content[*].contact.email"))
                .containsExactlyInAnyOrderElementsOf(emails);

        // Every event delivered: each ParticipantRegistered became exactly one confirmation.
        await("a confirmation for every registration").atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofSeconds(5))
                .until(() -> emails.stream().allMatch(e -> !stack.mails(e).isEmpty()));
        await("every confirmation SENT in the delivery log").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(3))
                .until(() -> {
                    List<Map<String, Object>> log = deliveries(stack, coordinator, emails);
                    return log.size() >= registrations && log.stream().allMatch(d -> "SENT".equals(d.get("status")));
                });
        LocalStack.sleep(Duration.ofSeconds(20));
        for (String email : emails) {
            assertThat(subjectPrefixes(stack.mails(email))).as("mail to %s", email)
                    .containsExactlyEntriesOf(Map.of("Aanmelding ontvangen: ", 1L));
        }
        assertThat(deliveries(stack, coordinator, emails)).hasSize(registrations)
                .allSatisfy(d -> assertThat(d).containsEntry("type", "REGISTRATION_CONFIRMATION"));
    }

    /** POSTs a registration as a client would during an outage: again on 429, 5xx or no connection. */
    private int registerRetrying(String cohortId, String coordinator, String body, Map<Integer, AtomicInteger> seen) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
        while (true) {
            int status;
            try {
                status = stack.send("POST", "/api/cohorts/" + cohortId + "/participants", coordinator, body, Map.of())
                        .statusCode();
            } catch (IllegalStateException noConnection) {
                status = -1;
            }
            seen.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            boolean retry = status == -1 || status == 429 || status >= 500;
            if (!retry || Instant.now().isAfter(deadline)) {
                return status;
            }
            LocalStack.sleep(Duration.ofSeconds(1));
        }
    }

    @Test
    @Order(3)
    void aNotificationInstanceKilledWhileSending1000InvitationsLosesNone() throws Exception {
        String coordinator = stack.token(TENANT, "coordinator");
        int guests = 20;
        int meetings = 50;
        List<String> addresses = IntStream.range(0, guests)
                .mapToObj(n -> "guest-" + n + "-" + run + "@crash.example").toList();
        String guestList = IntStream.range(0, guests).mapToObj(n -> "{\"name\":\"Gast %d\",\"email\":\"%s\",\"locale\":\"nl\"}"
                .formatted(n, addresses.get(n))).collect(Collectors.joining(","));
        LocalDateTime start = LocalDateTime.now(ReplicasIT.AMSTERDAM).plusDays(30).truncatedTo(ChronoUnit.HOURS);
        Set<String> titles = new HashSet<>();

        // 50 network activities with 20 guests each: 1,000 invitations, planned from a second thread so that the
        // kill below can come while they are still being sent.
        ExecutorService planner = Executors.newSingleThreadExecutor();
        Future<List<Integer>> planned = planner.submit(() -> {
            List<Integer> statuses = new ArrayList<>();
            for (int m = 0; m < meetings; m++) {
                String title = "Netwerkactiviteit " + m + " " + run;
                synchronized (titles) {
                    titles.add(title);
                }
                statuses.add(stack.sendRetrying("POST", "/api/meetings", coordinator, """
                        {"type":"NETWORK_ACTIVITY","title":"%s","start":"%s","end":"%s",
                         "location":{"address":"Dorpshuis, Winschoten"},"invitees":{"guests":[%s]}}"""
                        .formatted(title, start.plusDays(m), start.plusDays(m).plusHours(2), guestList),
                        Map.of("Idempotency-Key", "crash-" + run + "-" + m), Duration.ofMinutes(2)).statusCode());
            }
            return statuses;
        });
        planner.shutdown();

        // A tenth of the way through the sending: kill -9 the first notification-service instance.
        await("the invitations are being sent").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> stack.mails(addresses.get(0)).size() >= 5);
        KoploperCommand.Result killed = stack.koploper(Duration.ofMinutes(1), "kill", "notification-service");
        assertThat(killed.exitCode()).as(killed.output()).isZero();
        int arrivedAtKill = addresses.stream().mapToInt(a -> stack.mails(a).size()).sum();
        System.out.printf("FaultIT kill: %s; %d of %d invitations had arrived%n", killed.output().strip(),
                arrivedAtKill, guests * meetings);
        assertThat(arrivedAtKill).as("killed in the middle of sending").isLessThan(guests * meetings);

        KoploperCommand.Result restarted = stack.koploper(START_TIMEOUT, "start", "notification-service");
        assertThat(restarted.exitCode()).as(restarted.tail()).isZero();
        assertThat(planned.get(5, TimeUnit.MINUTES)).as("every meeting planned").hasSize(meetings)
                .allSatisfy(status -> assertThat(status).isEqualTo(201));

        // Every invitation arrives: each guest has one of every meeting's (distinct Message-IDs, one per mail).
        await("1,000 distinct invitations").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(10))
                .until(() -> addresses.stream().allMatch(a -> distinctMessageIds(stack.mails(a)) >= meetings));
        await("every invitation SENT in the delivery log").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(5))
                .until(() -> {
                    List<Map<String, Object>> log = deliveries(stack, coordinator, addresses);
                    return log.size() >= guests * meetings
                            && log.stream().allMatch(d -> "SENT".equals(d.get("status")));
                });
        LocalStack.sleep(Duration.ofSeconds(20));

        int total = 0;
        int duplicates = 0;
        for (String address : addresses) {
            List<MimeMessage> mails = stack.mails(address);
            Set<String> subjects = mails.stream().map(ReplicasIT::subject).collect(Collectors.toSet());
            assertThat(subjects).as("one invitation per meeting to %s", address)
                    .isEqualTo(titles.stream().map(t -> "Uitnodiging: " + t).collect(Collectors.toSet()));
            assertThat(distinctMessageIds(mails)).isEqualTo(meetings);
            total += mails.size();
            duplicates += mails.size() - meetings;
        }
        // The at-least-once window: a mail the SMTP server accepted while the killed instance had not yet saved it
        // as SENT is SENDING under a lease nobody renews; after the lease it is handed back and goes again. Only
        // mails in flight in the killed instance can do that: at most its sender pool, and each of them shows in the
        // log as claimed more than once.
        List<Map<String, Object>> log = deliveries(stack, coordinator, addresses);
        assertThat(log).hasSize(guests * meetings).allSatisfy(d -> assertThat(d).containsEntry("status", "SENT"));
        long claimedAgain = log.stream().filter(d -> ((Number) d.get("attempts")).intValue() > 1).count();
        long recoveredInLogs = countOf(stack.log("notification-service") + stack.log("notification-service-2"),
                "abandoned while sending");
        System.out.printf("FaultIT kill: %d invitations to %d guests arrived as %d messages: %d duplicate(s); %d mail(s)"
                + " were claimed again after the kill (SENDING in the killed instance, handed back after the 1 min"
                + " lease; %d 'abandoned while sending' log line(s)); a duplicate is one of those the SMTP server had"
                + " already accepted%n", guests * meetings, guests, total, duplicates, claimedAgain, recoveredInLogs);
        assertThat(duplicates).as("duplicates only from mails in flight in the killed instance")
                .isLessThanOrEqualTo((int) claimedAgain).isLessThanOrEqualTo(SENDER_POOL_SIZE);
    }

    private static long distinctMessageIds(List<MimeMessage> mails) {
        return mails.stream().map(ReplicasIT::messageId).distinct().count();
    }

    private static long countOf(String text, String fragment) {
        long count = 0;
        for (int at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + 1)) {
            count++;
        }
        return count;
    }
}
