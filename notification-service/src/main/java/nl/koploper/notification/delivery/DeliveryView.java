package nl.koploper.notification.delivery;

import java.time.Instant;
import nl.koploper.notification.template.MessageType;

/** One entry of the delivery log as the API shows it: who, what, how it went; never the mail's body. */
public record DeliveryView(String id, String recipient, MessageType type, DeliveryStatus status, int attempts,
                           String messageId, Instant createdAt, Instant nextAttemptAt, Instant sentAt,
                           String lastError) {

    static DeliveryView of(PendingMail mail) {
        return new DeliveryView(mail.id(), mail.recipient(), mail.messageType(), mail.status(), mail.attempts(),
                mail.messageId(), mail.createdAt(), mail.nextAttemptAt(), mail.sentAt(), mail.lastError());
    }
}
