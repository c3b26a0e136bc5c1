package nl.koploper.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.koploper.notification.template.MessageType;
import nl.koploper.platform.mail.EmailAddresses;

/**
 * Identifies one mail that one event causes for one recipient: the same event delivered twice yields the same key,
 * and the unique index on it (see {@link PendingMail}) turns the second insert into a no-op.
 *
 * <p>The address is in the key as a SHA-256 hash: the key lives as long as the delivery log, and the log should hold
 * no more personal data than it needs. The address is trimmed and lower-cased first, because "Jan@X.nl" and
 * "jan@x.nl " reach the same mailbox.
 */
public record DeduplicationKey(String eventId, String recipientHash, MessageType messageType) {

    public DeduplicationKey {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("A deduplication key needs the event id");
        }
        if (recipientHash == null || !recipientHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A deduplication key needs the recipient's SHA-256 hash");
        }
        if (messageType == null) {
            throw new IllegalArgumentException("A deduplication key needs the message type");
        }
    }

    public static DeduplicationKey of(String eventId, String recipientEmail, MessageType messageType) {
        if (recipientEmail == null || recipientEmail.isBlank()) {
            throw new IllegalArgumentException("A deduplication key needs the recipient's address");
        }
        return new DeduplicationKey(eventId, recipientHash(recipientEmail), messageType);
    }

    /** The SHA-256 of the normalised address: how the log and the unsubscriptions name a recipient without the address. */
    public static String recipientHash(String recipientEmail) {
        if (recipientEmail == null || recipientEmail.isBlank()) {
            throw new IllegalArgumentException("A recipient hash needs the recipient's address");
        }
        return sha256(EmailAddresses.normal(recipientEmail));
    }

    /** The key as one string, for logs. */
    public String value() {
        return eventId + ":" + messageType + ":" + recipientHash;
    }

    @Override
    public String toString() {
        return value();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
