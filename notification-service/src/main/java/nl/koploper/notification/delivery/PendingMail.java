package nl.koploper.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;
import nl.koploper.notification.template.MessageType;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

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
 *
 * <p>Stored per gemeente (collection {@value #COLLECTION}) together with the finished message ({@link MailContent}),
 * rendered when the event arrived, so that a template edited later or a restart cannot change or lose it. The unique
 * index on the deduplication key turns a redelivered event's second insert into a duplicate-key error.
 */
@Document(PendingMail.COLLECTION)
@CompoundIndex(name = "deduplication", unique = true,
        def = "{'deduplicationKey.eventId': 1, 'deduplicationKey.messageType': 1, 'deduplicationKey.recipientHash': 1}")
// The claim's filter and sort, and the log's filter; MongoDB uses it, mongo-java-server ignores it (scans).
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "log", def = "{'createdAt': -1}")
public final class PendingMail {

    public static final String COLLECTION = "pending_mails";

    private final String id;
    private final DeduplicationKey deduplicationKey;
    private final String recipient;
    private final MessageType messageType;
    private final Instant createdAt;
    private final MailContent content;
    private DeliveryStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant sendingSince;
    private Instant sentAt;
    private String messageId;
    private String lastError;
    /** The sender instance that claimed it while SENDING, and until when its claim holds (the store sets both). */
    private String leaseOwner;
    private Instant leaseUntil;
    /** Optimistic lock: a sender whose lease was taken over cannot overwrite the new owner's outcome. */
    @Version
    private Long version;

    private PendingMail(String id, DeduplicationKey deduplicationKey, String recipient, MessageType messageType,
                        Instant createdAt, MailContent content) {
        this.id = Objects.requireNonNull(id, "id");
        this.deduplicationKey = Objects.requireNonNull(deduplicationKey, "deduplicationKey");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.messageType = Objects.requireNonNull(messageType, "messageType");
        this.createdAt = createdAt;
        this.content = content;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = createdAt;
    }

    public static PendingMail create(String id, DeduplicationKey key, String recipient, MessageType type, Clock clock) {
        return new PendingMail(id, key, recipient, type, clock.instant(), null);
    }

    /** A mail with its finished message, as the consumers create it. */
    public static PendingMail create(String id, DeduplicationKey key, String recipient, MessageType type,
                                     MailContent content, Clock clock) {
        return new PendingMail(id, key, recipient, type, clock.instant(), Objects.requireNonNull(content, "content"));
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
        releaseLease();
        this.lastError = null;
    }

    /** A transient failure (SMTP down, a 4xx reply): retried after a back-off, until the policy's attempts run out. */
    public void failed(String reason, RetryPolicy policy, RandomGenerator random, Clock clock) {
        requireStatus(DeliveryStatus.SENDING, "fail");
        lastError = reason;
        sendingSince = null;
        releaseLease();
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
        releaseLease();
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
        releaseLease();
        lastError = "Sender stopped while sending";
        return true;
    }

    private void releaseLease() {
        leaseOwner = null;
        leaseUntil = null;
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

    /** The finished message; null only for mails made by {@link #create(String, DeduplicationKey, String, MessageType, Clock)}. */
    public MailContent content() {
        return content;
    }

    public String leaseOwner() {
        return leaseOwner;
    }

    public Instant leaseUntil() {
        return leaseUntil;
    }

    Long version() {
        return version;
    }
}
