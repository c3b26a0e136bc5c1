package nl.koploper.notification.delivery;

import nl.koploper.notification.template.MessageType;
import nl.koploper.platform.tenancy.TenantId;

/**
 * A mail of {@code gemeente} ended {@link DeliveryStatus#FAILED}: the last attempt failed, or the server refused it for
 * good. Published (in-process, on the sending thread, inside the gemeente's tenant context) after the outcome was
 * saved, so that someone who can correct the address hears of it.
 *
 * @param subject the mail's subject as it was written (the type's name for a mail stored without its content)
 * @param reason  the last error, as the delivery log shows it
 */
public record MailFailedForGood(TenantId gemeente, String mailId, String recipient, MessageType type, String subject,
                                String reason) {
}
