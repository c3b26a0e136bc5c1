package nl.koploper.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several replicas behave like one: the run's stack has two instances each of events-service and
 * notification-service ({@code KOPLOPER_REPLICAS} in {@link LocalStack#STACK_ENVIRONMENT}) on one broker, one
 * database and one mail server. Through the gateway, registrations and a meeting are made; every recipient gets each
 * mail once, and the reminder that the reminder job of either instance may record goes out once per invitee.
 *
 * <p>The static helpers (cohort, registration, delivery log, mail subjects) are shared with {@link FaultIT}.
 */
@ExtendWith(LocalStack.Extension.class)
@Order(100)
class ReplicasIT {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String TENANT = "westerkwartier";
    private static final List<String> REPLICATED = List.of("events-service", "notification-service");

    private final LocalStack stack = LocalStack.get();
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    @Test
    void bothInstancesOfEachReplicatedServiceRunAndShareTheConsumerGroup() {
        KoploperCommand.Result status = stack.koploper(Duration.ofMinutes(1), "status");
        for (String service : REPLICATED) {
            assertThat(status.output()).as("./koploper status").containsPattern("(?m)^" + service + " +healthy")
                    .containsPattern("(?m)^" + service + "-2 +healthy");
        }
        // Each instance joins its service's consumer group and is assigned partitions of its own (3 per topic, two
        // members): the Kafka listener container logs every assignment. Shown, not timed: the assignment may move
        // after a rebalance, but each instance must have had a share.
        for (String service : REPLICATED) {
            for (String instance : List.of(service, service + "-2")) {
                await(instance + " assigned partitions").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2))
                        .until(() -> !assignedPartitions(stack.log(instance)).isEmpty());
                System.out.printf("%s was assigned: %s%n", instance, assignedPartitions(stack.log(instance)));
            }
        }
    }

    @Test
    void registrationInvitationAndReminderMailsArriveOncePerRecipient() {
        String coordinator = stack.token(TENANT, "coordinator");
        String cohortId = createOpenCohort(stack, coordinator, "Koplopers replica's " + run, 20);
        List<String> recipients = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            String email = "replica-" + n + "-" + run + "@replicas.example";
            HttpResponse<String> registered = stack.sendRetrying("POST", "/api/cohorts/" + cohortId + "/participants",
                    coordinator, registrationJson("Replica " + n + " BV", kvk(run, n), "Contact " + n, email),
                    Duration.ofMinutes(1));
            // 409 kvk-already-registered: an attempt the gateway timed out on (504) had been stored after all.
            assertThat(registered.statusCode()).as("registration: %s", registered.body()).isIn(201, 409);
            recipients.add(email);
        }
        HttpResponse<String> listed = stack.sendRetrying("GET", "/api/cohorts/" + cohortId + "/participants?size=100",
                coordinator, null, Duration.ofMinutes(1));
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        List<Map<String, Object>> participants = JsonPath.read(listed.body(), "$.content");
        assertThat(JsonPath.<List<String>>read(listed.body(), "$.content[*].contact.email"))
                .containsExactlyInAnyOrderElementsOf(recipients);

        // A meeting three hours from now: its reminder (24 h ahead) is due at once, so the reminder job of whichever
        // events-service instance claims it first records it (every 15 s in this stack).
        LocalDateTime start = LocalDateTime.now(AMSTERDAM).plusHours(3).truncatedTo(ChronoUnit.MINUTES);
        String title = "Kennissessie replica's " + run;
        String invitees = participants.stream().map(p -> {
            Map<?, ?> contact = (Map<?, ?>) p.get("contact");
            return "{\"id\":\"%s\",\"name\":\"%s\",\"email\":\"%s\",\"locale\":\"nl\"}"
                    .formatted(p.get("id"), contact.get("name"), contact.get("email"));
        }).collect(Collectors.joining(","));
        HttpResponse<String> meeting = stack.sendRetrying("POST", "/api/meetings", coordinator, """
                {"cohortId":"%s","type":"KNOWLEDGE_SESSION","title":"%s","description":"Twee replica's, één mail",
                 "start":"%s","end":"%s","location":{"address":"Gemeentehuis, Hoofdstraat 1, Zuidhorn"},
                 "invitees":{"participants":[%s]}}""".formatted(cohortId, title, start, start.plusHours(1), invitees),
                Map.of("Idempotency-Key", "replicas-meeting-" + run), Duration.ofMinutes(1));
        assertThat(meeting.statusCode()).as("meeting: %s", meeting.body()).isEqualTo(201);

        Map<String, String> expected = Map.of("Aanmelding ontvangen: ", "REGISTRATION_CONFIRMATION",
                "Uitnodiging: ", "MEETING_INVITATION", "Herinnering: ", "MEETING_REMINDER");
        await("a confirmation, an invitation and a reminder for each participant")
                .atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(3))
                .until(() -> recipients.stream().allMatch(r -> subjectPrefixes(stack.mails(r)).keySet()
                        .containsAll(expected.keySet())));
        // Nothing of theirs is still waiting to go (a duplicate would have to be a mail in the log), and both
        // instances' reminder jobs have had several turns since (15 s each): then count.
        await("every mail to these recipients SENT in the delivery log").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(3))
                .until(() -> deliveries(stack, coordinator, recipients).stream()
                        .allMatch(d -> "SENT".equals(d.get("status"))));
        LocalStack.sleep(Duration.ofSeconds(45));

        for (String recipient : recipients) {
            Map<String, Long> received = subjectPrefixes(stack.mails(recipient));
            assertThat(received).as("mails to %s by kind of subject", recipient)
                    .containsExactlyInAnyOrderEntriesOf(Map.of("Aanmelding ontvangen: ", 1L, "Uitnodiging: ", 1L,
                            "Herinnering: ", 1L));
        }
        List<Map<String, Object>> log = deliveries(stack, coordinator, recipients);
        Map<String, Long> perRecipientAndType = log.stream().collect(Collectors.groupingBy(
                d -> d.get("recipient") + " " + d.get("type"), Collectors.counting()));
        assertThat(perRecipientAndType).as("delivery log entries per recipient and type")
                .hasSize(recipients.size() * expected.size()).allSatisfy((key, count) -> assertThat(count).isOne());
        System.out.printf("ReplicasIT: %d recipients, %d mails each (confirmation, invitation, reminder), none twice;"
                + " reminder jobs: events-service '%s', events-service-2 '%s'%n", recipients.size(), expected.size(),
                lastJobLine(stack.log("events-service")), lastJobLine(stack.log("events-service-2")));
    }

    // ------------------------------------------------------------------ shared with FaultIT

    /** Creates a cohort (a year ahead, room for {@code maximum}) and opens it for registrations; returns its id. */
    static String createOpenCohort(LocalStack stack, String coordinator, String name, int maximum) {
        OffsetDateTime deadline = OffsetDateTime.now(AMSTERDAM).plusMonths(2).truncatedTo(ChronoUnit.MINUTES);
        HttpResponse<String> created = stack.sendRetrying("POST", "/api/cohorts", coordinator, """
                {"name":"%s","year":%d,"minimum":%d,"maximum":%d,"registrationDeadline":"%s","assignmentDeadline":"%s"}"""
                .formatted(name, deadline.getYear(), Math.min(8, maximum), maximum, deadline, deadline.plusMonths(6)),
                Map.of("Idempotency-Key", "cohort-" + name.hashCode() + "-" + System.nanoTime()), Duration.ofMinutes(1));
        assertThat(created.statusCode()).as("cohort: %s", created.body()).isEqualTo(201);
        String id = JsonPath.read(created.body(), "$.id");
        HttpResponse<String> opened = stack.sendRetrying("POST", "/api/cohorts/" + id + "/open", coordinator, null,
                Duration.ofMinutes(1));
        assertThat(opened.statusCode()).as("open: %s", opened.body()).isEqualTo(200);
        return id;
    }

    static String registrationJson(String organisation, String kvk, String contact, String email) {
        return """
                {"organisation":{"name":"%s","kvkNumber":"%s","type":"COMPANY","sbiCode":"6201","sizeFte":12,
                  "address":{"street":"Hoofdstraat","houseNumber":"1","postalCode":"9801 AB","city":"Zuidhorn"}},
                 "contact":{"name":"%s","email":"%s","phone":"0594 123456","locale":"nl"},"consentToTerms":true}"""
                .formatted(organisation, kvk, contact, email);
    }

    /** Eight digits, different per run and per {@code n} (a cohort refuses a KvK number twice). */
    static String kvk(String run, int n) {
        return String.format("%08d", Math.floorMod(run.hashCode() * 1000L + n, 100_000_000L));
    }

    /**
     * The gemeente's delivery log entries (GET /api/notifications/deliveries, newest first, 100 a page) addressed to
     * one of {@code recipients}.
     */
    static List<Map<String, Object>> deliveries(LocalStack stack, String coordinator, List<String> recipients) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> response = stack.sendRetrying("GET",
                    "/api/notifications/deliveries?size=100&page=" + page, coordinator, null, Duration.ofMinutes(1));
            assertThat(response.statusCode()).as("delivery log: %s", response.body()).isEqualTo(200);
            List<Map<String, Object>> content = JsonPath.read(response.body(), "$.content");
            content.stream().filter(d -> recipients.contains(String.valueOf(d.get("recipient")))).forEach(found::add);
            if (content.size() < 100) {
                return found;
            }
        }
    }

    /** How many messages there are per known subject start ("Uitnodiging: " …); others under their whole subject. */
    static Map<String, Long> subjectPrefixes(List<MimeMessage> messages) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (MimeMessage message : messages) {
            String subject = subject(message);
            String key = List.of("Aanmelding ontvangen: ", "Uitnodiging: ", "Herinnering: ", "Update: ",
                    "Afgelast: ").stream().filter(subject::startsWith).findFirst().orElse(subject);
            counts.merge(key, 1L, Long::sum);
        }
        return counts;
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String recipient(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null || to.length == 0 ? "" : to[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Pattern ASSIGNED = Pattern.compile("partitions assigned: \\[([^\\]]+)\\]");

    /** Every partition the Kafka listener containers of this log were ever assigned (non-empty assignments). */
    static List<String> assignedPartitions(String log) {
        List<String> partitions = new ArrayList<>();
        Matcher matcher = ASSIGNED.matcher(log);
        while (matcher.find()) {
            for (String partition : matcher.group(1).split(",\\s*")) {
                if (!partitions.contains(partition.strip())) {
                    partitions.add(partition.strip());
                }
            }
        }
        return partitions;
    }

    private static String lastJobLine(String log) {
        Matcher matcher = Pattern.compile("Meeting jobs: [^\"\\n]*").matcher(log);
        String last = "none";
        while (matcher.find()) {
            last = matcher.group();
        }
        return last;
    }
}
