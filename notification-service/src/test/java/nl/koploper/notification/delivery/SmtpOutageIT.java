package nl.koploper.notification.delivery;

import static nl.koploper.notification.NotificationApi.coordinator;
import static nl.koploper.notification.NotificationApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.koploper.notification.AbstractIT;
import nl.koploper.notification.ReceivedMail;
import nl.koploper.notification.TestCohorts;
import nl.koploper.notification.TestSmtp;
import nl.koploper.test.KoploperIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SMTP down for real (GreenMail stopped, connections refused): mail waits with back-off behind the circuit breaker
 * and arrives once SMTP is back, each exactly once; a mail that keeps failing ends FAILED with its reason, and a
 * coordinator's retry sends it.
 */
@KoploperIntegrationTest
class SmtpOutageIT extends AbstractIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    String gemeente;

    @BeforeEach
    void setUp() {
        gemeente = gemeenten.newGemeente("outage");
    }

    @AfterEach
    void smtpUpAgain() {
        TestSmtp.start();
    }

    @Test
    void mailWrittenWhileSmtpIsDownArrivesOnceWhenItIsBack() throws Exception {
        TestSmtp.stop();
        List<String> contacts = IntStream.range(0, 6).mapToObj(i -> "c" + i + "@" + gemeente + ".example").toList();
        for (String contact : contacts) {
            events.publish(gemeente, "cohort-1", TestCohorts.registered(gemeente, contact, null));
        }
        // At least one send was tried and failed: SMTP really was down for this mail.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(contacts.stream()
                .flatMap(c -> deliveries(c).stream())
                .filter(d -> d.get("lastError") != null && "RETRY_SCHEDULED".equals(d.get("status"))))
                .isNotEmpty());
        await().atMost(PATIENCE).untilAsserted(() -> {
            for (String contact : contacts) {
                assertThat(deliveries(contact)).hasSize(1);
            }
        });

        TestSmtp.start();
        await().atMost(PATIENCE).untilAsserted(() -> {
            for (String contact : contacts) {
                assertThat(deliveries(contact)).singleElement()
                        .satisfies(d -> assertThat(d.get("status")).isEqualTo("SENT"));
            }
        });
        for (String contact : contacts) {
            assertThat(TestSmtp.received(contact)).as(contact).hasSize(1);
        }
    }

    @Test
    void aMailThatKeepsFailingEndsFailedAndACoordinatorsRetrySendsIt() throws Exception {
        TestSmtp.stop();
        String contact = "pech@" + gemeente + ".example";
        events.publish(gemeente, "cohort-1", TestCohorts.registered(gemeente, contact, null));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deliveries(contact)).singleElement()
                .satisfies(d -> assertThat(d.get("status")).isEqualTo("FAILED")));
        Map<String, Object> failed = deliveries(contact).get(0);
        assertThat(failed.get("attempts")).isEqualTo(5);
        assertThat((String) failed.get("lastError")).containsIgnoringCase("connect");
        String id = (String) failed.get("id");

        TestSmtp.start();
        http.perform(post("/api/notifications/deliveries/" + id + "/retry").header("Authorization", coordinator(gemeente)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.attempts").value(0));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestSmtp.received(contact)).hasSize(1));
        await().atMost(PATIENCE).untilAsserted(() -> http.perform(get("/api/notifications/deliveries/" + id)
                        .header("Authorization", coordinator(gemeente)))
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.attempts").value(1))
                .andExpect(jsonPath("$.messageId").value(new ReceivedMail(TestSmtp.received(contact).get(0))
                        .header("Message-ID"))));

        // Only a FAILED mail can be retried.
        problem(http.perform(post("/api/notifications/deliveries/" + id + "/retry")
                .header("Authorization", coordinator(gemeente))), 409)
                .andExpect(jsonPath("$.rule").value("retry-only-failed"));
    }

    private List<Map<String, Object>> deliveries(String contact) {
        try {
            return api.deliveriesTo(gemeente, contact);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
