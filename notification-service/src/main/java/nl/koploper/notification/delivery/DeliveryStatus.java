package nl.koploper.notification.delivery;

/** Where a mail is on its way out. */
public enum DeliveryStatus {
    /** Waiting for a sender to pick it up. */
    PENDING,
    /** Claimed by a sender; an SMTP conversation is (or was, if the sender died) under way. */
    SENDING,
    /** The SMTP server accepted it. */
    SENT,
    /** The last attempt failed; another is due at the mail's next attempt time. */
    RETRY_SCHEDULED,
    /** Given up on, with the last reason; only a coordinator's retry revives it. */
    FAILED
}
