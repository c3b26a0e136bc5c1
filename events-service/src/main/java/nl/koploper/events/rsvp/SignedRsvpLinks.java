package nl.koploper.events.rsvp;

import java.time.Instant;
import nl.koploper.events.meeting.RsvpLinks;
import nl.koploper.platform.tenancy.TenantId;

/**
 * Personal RSVP links: the portal's RSVP page ({@code <koploper.public-base-url>/rsvp/<token>}) with a token signed
 * with the service's key. The portal page shows the meeting and sends the answer to the public API
 * ({@link #API_PATH}{@code <token>}, the same token), so a mail never leads a person to a JSON endpoint.
 */
class SignedRsvpLinks implements RsvpLinks {

    /** Where the portal's RSVP page lives under the public base URL; the token is the last path segment. */
    static final String PAGE_PATH = "/rsvp/";

    /** Where the public API endpoint lives (the portal calls it through the gateway); the token is the last segment. */
    static final String API_PATH = "/api/public/meetings/rsvp/";

    private final RsvpTokens tokens;
    private final String publicBaseUrl;

    SignedRsvpLinks(RsvpTokens tokens, String publicBaseUrl) {
        this.tokens = tokens;
        this.publicBaseUrl = PublicBaseUrl.normalise(publicBaseUrl);
    }

    @Override
    public String linkFor(String gemeente, String meetingId, String invitationId, Instant expiresAt) {
        return publicBaseUrl + PAGE_PATH
                + tokens.issue(new RsvpClaims(TenantId.of(gemeente), meetingId, invitationId, expiresAt));
    }
}
