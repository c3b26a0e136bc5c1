package nl.koploper.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import nl.koploper.notification.template.MessageType;
import nl.koploper.test.SettableClock;
import org.junit.jupiter.api.Test;

class PendingMailTest {

    private static final Instant START = Instant.parse("2027-02-01T08:00:00Z");
    private static final RetryPolicy POLICY =
            new RetryPolicy(3, Duration.ofSeconds(30), 2.0, Duration.ofMinutes(10), 0.2);

    private final SettableClock clock = SettableClock.at(START);
    private final PendingMail mail = PendingMail.create("mail-1",
            DeduplicationKey.of("event-7", "jan@bakkerij.example", MessageType.MEETING_INVITATION),
            "jan@bakkerij.example", MessageType.MEETING_INVITATION, clock);

    private static RandomGenerator fixed(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }

    @Test
    void newMailIsPendingAndDueAtOnce() {
        assertThat(mail.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(mail.attempts()).isZero();
        assertThat(mail.isDue(START)).isTrue();
        assertThat(mail.nextAttemptAt()).isEqualTo(START);
    }

    @Test
    void pendingThenSendingThenSent() {
        mail.startSending(clock);
        assertThat(mail.status()).isEqualTo(DeliveryStatus.SENDING);
        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(mail.isDue(START)).isFalse();

        clock.advance(Duration.ofSeconds(2));
        mail.sent("<abc@koploper.example>", clock);

        assertThat(mail.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(mail.messageId()).isEqualTo("<abc@koploper.example>");
        assertThat(mail.sentAt()).isEqualTo(START.plusSeconds(2));
        assertThat(mail.nextAttemptAt()).isNull();
    }

    @Test
    void aTransientFailureSchedulesARetryAfterTheBackOff() {
        mail.startSending(clock);
        mail.failed("421 Service not available", POLICY, fixed(0.5), clock);

        assertThat(mail.status()).isEqualTo(DeliveryStatus.RETRY_SCHEDULED);
        assertThat(mail.lastError()).isEqualTo("421 Service not available");
        assertThat(mail.nextAttemptAt()).isEqualTo(START.plusSeconds(30));
        assertThat(mail.isDue(START.plusSeconds(29))).isFalse();
        assertThat(mail.isDue(START.plusSeconds(30))).isTrue();
    }

    @Test
    void aRetryCannotStartBeforeItIsDue() {
        mail.startSending(clock);
        mail.failed("timeout", POLICY, fixed(0.5), clock);

        clock.advance(Duration.ofSeconds(10));
        assertThatThrownBy(() -> mail.startSending(clock)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RETRY_SCHEDULED until");

        clock.advance(Duration.ofSeconds(20));
        mail.startSending(clock);
        assertThat(mail.attempts()).isEqualTo(2);
    }

    @Test
    void delaysGrowExponentiallyWithinTheJitterBounds() {
        mail.startSending(clock);
        mail.failed("down", POLICY, fixed(0.0), clock); // the low end of the jitter: 30 s × 0.8
        assertThat(mail.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(24));

        clock.set(mail.nextAttemptAt());
        mail.startSending(clock);
        mail.failed("down", POLICY, fixed(0.999_999), clock); // the high end: 60 s × 1.2
        assertThat(Duration.between(clock.instant(), mail.nextAttemptAt()))
                .isBetween(Duration.ofMillis(71_999), Duration.ofSeconds(72));
    }

    @Test
    void failedAfterTheLastAttemptWithTheLastReason() {
        for (int attempt = 1; attempt <= 3; attempt++) {
            clock.set(mail.nextAttemptAt());
            mail.startSending(clock);
            mail.failed("attempt " + attempt + ": connection refused", POLICY, fixed(0.5), clock);
        }

        assertThat(mail.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(mail.attempts()).isEqualTo(3);
        assertThat(mail.lastError()).isEqualTo("attempt 3: connection refused");
        assertThat(mail.nextAttemptAt()).isNull();
        assertThat(mail.isDue(clock.instant().plus(Duration.ofDays(365)))).isFalse();
    }

    @Test
    void aPermanentRejectionFailsAtOnce() {
        mail.startSending(clock);
        mail.rejected("550 5.1.1 mailbox unknown");

        assertThat(mail.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(mail.lastError()).isEqualTo("550 5.1.1 mailbox unknown");
    }

    @Test
    void aCoordinatorRetryMovesFailedBackToPendingWithFreshAttempts() {
        mail.startSending(clock);
        mail.rejected("550 mailbox unknown");
        clock.advance(Duration.ofHours(5));

        mail.retryByCoordinator(clock);

        assertThat(mail.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(mail.attempts()).isZero();
        assertThat(mail.isDue(clock.instant())).isTrue();
        assertThat(mail.lastError()).isEqualTo("550 mailbox unknown");
    }

    @Test
    void onlyAFailedMailCanBeRetriedByACoordinator() {
        assertThatThrownBy(() -> mail.retryByCoordinator(clock)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PENDING");
        mail.startSending(clock);
        mail.sent("<id>", clock);
        assertThatThrownBy(() -> mail.retryByCoordinator(clock)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSentMailCannotFailOrBeSentAgain() {
        mail.startSending(clock);
        mail.sent("<id>", clock);

        assertThatThrownBy(() -> mail.startSending(clock)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> mail.failed("x", POLICY, fixed(0.5), clock)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> mail.sent("<id2>", clock)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyASendingMailCanBeMarkedSent() {
        assertThatThrownBy(() -> mail.sent("<id>", clock)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PENDING");
    }

    @Test
    void aMailAbandonedBySenderThatDiedIsHandedBackAfterTheLease() {
        mail.startSending(clock);

        clock.advance(Duration.ofMinutes(4));
        assertThat(mail.recoverIfAbandoned(Duration.ofMinutes(5), clock)).isFalse();
        assertThat(mail.status()).isEqualTo(DeliveryStatus.SENDING);

        clock.advance(Duration.ofMinutes(1));
        assertThat(mail.recoverIfAbandoned(Duration.ofMinutes(5), clock)).isTrue();
        assertThat(mail.status()).isEqualTo(DeliveryStatus.RETRY_SCHEDULED);
        assertThat(mail.isDue(clock.instant())).isTrue();
        assertThat(mail.attempts()).isEqualTo(1);
    }

    @Test
    void recoveryLeavesMailsThatAreNotBeingSentAlone() {
        clock.advance(Duration.ofDays(1));
        assertThat(mail.recoverIfAbandoned(Duration.ofMinutes(5), clock)).isFalse();
        assertThat(mail.status()).isEqualTo(DeliveryStatus.PENDING);
    }
}
