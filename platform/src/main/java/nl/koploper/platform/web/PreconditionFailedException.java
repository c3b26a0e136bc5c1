package nl.koploper.platform.web;

/** A write with an {@code If-Match} that no longer matches: someone changed the resource first. */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
