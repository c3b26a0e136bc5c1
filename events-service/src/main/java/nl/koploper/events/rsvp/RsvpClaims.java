package nl.koploper.events.rsvp;

import java.time.Instant;
import java.util.Objects;
import nl.koploper.platform.tenancy.TenantId;

/**
 * What an RSVP token vouches for: this invitation to this meeting of this gemeente, until {@code expiresAt}.
 *
 * @param expiresAt whole seconds (the token carries epoch seconds), normally the meeting's start
 */
public record RsvpClaims(TenantId gemeente, String meetingId, String invitationId, Instant expiresAt) {

    public RsvpClaims {
        Objects.requireNonNull(gemeente, "gemeente");
        requireId(meetingId, "meetingId");
        requireId(invitationId, "invitationId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    // The signed text separates the parts with '|'; a part containing one could shift the others.
    private static void requireId(String id, String name) {
        if (id == null || id.isBlank() || id.indexOf('|') >= 0) {
            throw new IllegalArgumentException(name + " must be a non-blank id without '|'; got '" + id + "'");
        }
    }
}
