package nl.koploper.notification.delivery;

/**
 * A mail's attachment could not be fetched for this send. The mail does not go without it: a transient failure
 * (the owner down, a timeout, not known there yet) takes the retry path, a permanent one (the owner says the
 * reference cannot be one) ends the mail FAILED at once. The message is the delivery log's reason.
 */
public class AttachmentUnavailableException extends Exception {

    private final boolean permanent;

    public AttachmentUnavailableException(String reason, boolean permanent) {
        super(reason);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
