package nl.koploper.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.koploper.notification.template.MessageType;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sending side's gauges: the SMTP circuit breaker's state, and open and failed mails over every gemeente. */
@KoploperIntegrationTest
class DeliveryMetricsIT {

    private static final MailContent CONTENT = new MailContent("Koploperteam", null, "Jan", "Onderwerp", "<p>Hoi</p>",
            "Hoi", null, null, null);

    @Autowired
    MeterRegistry meters;
    @Autowired
    DeliveryMetrics metrics;
    @Autowired
    CircuitBreaker smtpCircuitBreaker;
    @Autowired
    PendingMails mails;
    @Autowired
    MailGemeenten mailGemeenten;

    @Test
    void theCircuitStateGaugeFollowsTheBreaker() {
        assertThat(circuit("closed")).isEqualTo(1);
        assertThat(circuit("open")).isZero();
        try {
            smtpCircuitBreaker.transitionToOpenState();
            assertThat(circuit("open")).isEqualTo(1);
            assertThat(circuit("closed")).isZero();
        } finally {
            smtpCircuitBreaker.transitionToClosedState();
        }
        assertThat(circuit("closed")).isEqualTo(1);
    }

    @Test
    void openAndFailedMailsAreCountedOverEveryGemeente() {
        // Not due for a day, so the sender leaves them PENDING while we count; FAILED mails are never claimed.
        Clock tomorrow = Clock.fixed(Instant.now().plus(Duration.ofDays(1)), ZoneOffset.UTC);
        List<TenantId> mine = List.of(TenantId.of(TestTokens.newGemeente("metric")),
                TenantId.of(TestTokens.newGemeente("metric")));
        for (TenantId gemeente : mine) {
            mailGemeenten.register(gemeente);
            TenantContext.runAs(gemeente, () -> {
                mails.insertIfAbsent(mail("waiting-1", tomorrow));
                mails.insertIfAbsent(mail("waiting-2", tomorrow));
                PendingMail failed = mail("failed", Clock.systemUTC());
                failed.startSending(Clock.systemUTC());
                failed.rejected("550 5.1.1 User unknown");
                mails.insertIfAbsent(failed);
            });
        }
        for (TenantId gemeente : mine) {
            assertThat(metrics.countIn(gemeente, DeliveryMetrics.COUNTED)).containsEntry(DeliveryStatus.PENDING, 2L)
                    .containsEntry(DeliveryStatus.FAILED, 1L).containsEntry(DeliveryStatus.RETRY_SCHEDULED, 0L)
                    .containsEntry(DeliveryStatus.SENDING, 0L);
        }

        // Other tests' gemeenten count too (and their mails may move meanwhile): the gauges show the refresh's totals,
        // which hold at least ours.
        // The open ones are counted where mail waits: ours does once the sender has put it off until tomorrow.
        Map<DeliveryStatus, Long> totals = new java.util.EnumMap<>(DeliveryStatus.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            totals.putAll(metrics.refresh());
            assertThat(totals.get(DeliveryStatus.PENDING)).isGreaterThanOrEqualTo(4);
        });
        totals.put(DeliveryStatus.FAILED, metrics.refreshFailed());
        assertThat(totals.get(DeliveryStatus.FAILED)).isGreaterThanOrEqualTo(2);
        for (DeliveryStatus status : DeliveryMetrics.COUNTED) {
            assertThat(mailGauge(status.name().toLowerCase(Locale.ROOT))).as(status.name())
                    .isEqualTo(totals.get(status).doubleValue());
        }
    }

    private double circuit(String state) {
        return meters.get(DeliveryMetrics.CIRCUIT_STATE).tag("name", "smtp").tag("state", state).gauge().value();
    }

    private double mailGauge(String status) {
        return meters.get(DeliveryMetrics.MAILS).tag("status", status).gauge().value();
    }

    private static PendingMail mail(String eventId, Clock clock) {
        String recipient = eventId + "@example.nl";
        return PendingMail.create(UUID.randomUUID().toString(),
                DeduplicationKey.of(eventId, recipient, MessageType.REGISTRATION_CONFIRMATION), recipient,
                MessageType.REGISTRATION_CONFIRMATION, CONTENT, clock);
    }
}
