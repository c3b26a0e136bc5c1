package nl.koploper.events.rsvp;

import java.time.Instant;

/**
 * A genuine RSVP token whose time is up (a 410 at the public endpoint): the meeting has started, so the answer can no
 * longer change. Thrown only after the signature checked out, so the expiry it reports is the one we signed.
 */
public class ExpiredRsvpToken extends RuntimeException {

    private final Instant expiredAt;

    ExpiredRsvpToken(Instant expiredAt) {
        super("This RSVP link expired at " + expiredAt + "; answers can no longer be changed");
        this.expiredAt = expiredAt;
    }

    public Instant expiredAt() {
        return expiredAt;
    }
}
