package nl.koploper.events.rsvp;

/**
 * An RSVP token that this service did not sign, or that was changed or cut: nothing in it can be trusted (a 401 at
 * the public endpoint). Its message says nothing about which check failed, so it teaches a forger nothing.
 */
public class InvalidRsvpToken extends RuntimeException {

    InvalidRsvpToken() {
        super("This RSVP link is not valid; use the link from your invitation e-mail");
    }
}
