package nl.koploper.events.rsvp;

import java.time.Instant;
import nl.koploper.events.meeting.RsvpLinks;
import nl.koploper.platform.tenancy.TenantId;

/** Personal RSVP links: the public base URL, the RSVP path and a token signed with the service's key. */
class SignedRsvpLinks implements RsvpLinks {

    /** Where the public endpoint lives; the token is the last path segment. */
    static final String PATH = "/api/public/meetings/rsvp/";

    private final RsvpTokens tokens;
    private final String baseUrl;

    SignedRsvpLinks(RsvpTokens tokens, String baseUrl) {
        this.tokens = tokens;
        this.baseUrl = baseUrl;
    }

    @Override
    public String linkFor(String tenantId, String meetingId, String invitationId, Instant expiresAt) {
        return baseUrl + PATH + tokens.issue(new RsvpClaims(TenantId.of(tenantId), meetingId, invitationId, expiresAt));
    }
}
