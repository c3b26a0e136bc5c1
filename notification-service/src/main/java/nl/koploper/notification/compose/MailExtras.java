package nl.koploper.notification.compose;

import nl.koploper.notification.delivery.MailAttachment;

/**
 * What one mail has beyond its template and calendar object.
 *
 * @param replyTo    who the event names for replies (e.g. the advisor), instead of the gemeente's reply-to; null for
 *                   the gemeente's
 * @param attachment a file to fetch and attach when sending; null for none
 */
public record MailExtras(String replyTo, MailAttachment attachment) {

    public static final MailExtras NONE = new MailExtras(null, null);

    public static MailExtras replyTo(String address) {
        return new MailExtras(address, null);
    }

    public static MailExtras attaching(MailAttachment attachment) {
        return new MailExtras(null, attachment);
    }
}
