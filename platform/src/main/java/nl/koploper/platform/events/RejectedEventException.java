package nl.koploper.platform.events;

/**
 * A message that can never be processed, however often it is retried (no tenant, unreadable payload, a payload that
 * breaks a contract rule): the error handler sends it straight to the dead-letter topic with this message as the
 * reason. Handlers may throw it for validation failures too.
 */
public class RejectedEventException extends RuntimeException {

    public RejectedEventException(String reason) {
        super(reason);
    }

    public RejectedEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
