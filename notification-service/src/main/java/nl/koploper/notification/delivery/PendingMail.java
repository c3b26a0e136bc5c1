package nl.koploper.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;
import nl.koploper.notification.template.MessageType;

/**
 * One mail on its way out, and the rules for how its state may change.
 *
 * <pre>
 * PENDING ──start──▶ SENDING ──sent──▶ SENT
 *    ▲                  │ failed, attempts left ──▶ RETRY_SCHEDULED ──start (when due)──▶ SENDING
 *    │                  │ failed, none left / rejected ──▶ FAILED
 *    └──── coordinator retry ◀───────────────────────────────────────── FAILED
 * </pre>
 *
 * A sender that dies while SENDING leaves the mail claimed; {@link #recoverIfAbandoned} hands it back after a lease, at
 * the price that a mail the SMTP server did accept just before the crash goes out a second time (SMTP offers no way to
 * ask whether it got a message).
 */
public final class PendingMail {

    private final String id;
    private final DeduplicationKey deduplicationKey;
    private final String recipient;
    private final MessageType messageType;
    private final Instant createdAt;
    private DeliveryStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant sendingSince;
    private Instant sentAt;
    private String messageId;
    private String lastError;

    private PendingMail(String id, DeduplicationKey deduplicationKey, String recipient, MessageType messageType,
                        Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.deduplicationKey = Objects.requireNonNull(deduplicationKey, "deduplicationKey");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.messageType = Objects.requireNonNull(messageType, "messageType");
        this.createdAt = createdAt;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = createdAt;
    }

    public static PendingMail create(String id, DeduplicationKey key, String recipient, MessageType type, Clock clock) {
        return new PendingMail(id, key, recipient, type, clock.instant());
    }

    /** Whether a sender may claim it now. */
    public boolean isDue(Instant now) {
        return (status == DeliveryStatus.PENDING || status == DeliveryStatus.RETRY_SCHEDULED)
                && !nextAttemptAt.isAfter(now);
    }

    /** A sender claims it; this counts as an attempt, so a crash mid-send still uses one up. */
    public void startSending(Clock clock) {
        Instant now = clock.instant();
        if (!isDue(now)) {
            throw new IllegalStateException("Mail " + id + " is " + status
                    + (status == DeliveryStatus.RETRY_SCHEDULED ? " until " + nextAttemptAt : "")
                    + " and cannot be sent now");
        }
        status = DeliveryStatus.SENDING;
        attempts++;
        sendingSince = now;
        nextAttemptAt = null;
    }

    /** @param messageId the Message-ID the mail went out with, for the delivery log */
    public void sent(String messageId, Clock clock) {
        requireStatus(DeliveryStatus.SENDING, "be marked sent");
        this.status = DeliveryStatus.SENT;
        this.messageId = messageId;
        this.sentAt = clock.instant();
        this.sendingSince = null;
        this.lastError = null;
    }

    /** A transient failure (SMTP down, a 4xx reply): retried after a back-off, until the policy's attempts run out. */
    public void failed(String reason, RetryPolicy policy, RandomGenerator random, Clock clock) {
        requireStatus(DeliveryStatus.SENDING, "fail");
        lastError = reason;
        sendingSince = null;
        if (policy.allowsAnotherAfter(attempts)) {
            status = DeliveryStatus.RETRY_SCHEDULED;
            nextAttemptAt = clock.instant().plus(policy.delayAfter(attempts, random));
        } else {
            status = DeliveryStatus.FAILED;
        }
    }

    /** A permanent failure (a 5xx reply such as an unknown mailbox): retrying would only fail again. */
    public void rejected(String reason) {
        requireStatus(DeliveryStatus.SENDING, "be rejected");
        lastError = reason;
        sendingSince = null;
        status = DeliveryStatus.FAILED;
    }

    /** A coordinator asks for another go, e.g. after correcting an address elsewhere: a fresh set of attempts. */
    public void retryByCoordinator(Clock clock) {
        requireStatus(DeliveryStatus.FAILED, "be retried");
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = clock.instant();
        // lastError stays: the log still shows why it failed before, until the next attempt says otherwise.
    }

    /**
     * Hands a mail back whose sender has held it longer than the lease (the sender died mid-batch).
     *
     * @return whether it was abandoned and is now due again
     */
    public boolean recoverIfAbandoned(Duration lease, Clock clock) {
        Instant now = clock.instant();
        if (status != DeliveryStatus.SENDING || sendingSince.plus(lease).isAfter(now)) {
            return false;
        }
        status = DeliveryStatus.RETRY_SCHEDULED;
        nextAttemptAt = now;
        sendingSince = null;
        lastError = "Sender stopped while sending";
        return true;
    }

    private void requireStatus(DeliveryStatus expected, String action) {
        if (status != expected) {
            throw new IllegalStateException("Mail " + id + " is " + status + " and cannot " + action
                    + "; only a " + expected + " mail can");
        }
    }

    public String id() {
        return id;
    }

    public DeduplicationKey deduplicationKey() {
        return deduplicationKey;
    }

    public String recipient() {
        return recipient;
    }

    public MessageType messageType() {
        return messageType;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    /** When it is due; null while it is being sent or once it is done. */
    public Instant nextAttemptAt() {
        return status == DeliveryStatus.SENT || status == DeliveryStatus.FAILED ? null : nextAttemptAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String messageId() {
        return messageId;
    }

    public String lastError() {
        return lastError;
    }
}
