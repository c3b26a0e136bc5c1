package nl.koploper.events.feed;

import java.time.Clock;
import java.util.List;
import nl.koploper.events.meeting.MeetingStatus;
import nl.koploper.events.meeting.MeetingStore;
import nl.koploper.events.rsvp.RsvpProperties;
import nl.koploper.platform.gemeente.GemeenteRegistry;
import nl.koploper.platform.security.CurrentUser;
import nl.koploper.platform.security.Roles;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.NotFoundException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriUtils;

/**
 * The calendar feeds: subscribe addresses for the signed-in coordinator (a cohort's feed, any participant's) or
 * participant (its own feed), their revocation, and the feed itself for whoever holds a valid address. The addresses
 * start with {@code koploper.events.feed.base-url} (the gateway's public API), not the portal: calendar apps fetch them.
 */
@Service
@EnableConfigurationProperties(FeedProperties.class)
class FeedService {

    /** Where the public feeds live; the kind's segment, the subject and ".ics" follow. */
    static final String PUBLIC_PATH = "/api/public/meetings/feeds/";

    private final FeedTokens tokens;
    private final FeedSubscriptions subscriptions;
    private final MeetingStore meetings;
    private final String baseUrl;
    private final Clock clock;
    private final GemeenteRegistry gemeenten;

    FeedService(RsvpProperties properties, FeedProperties feed, FeedSubscriptions subscriptions, MeetingStore meetings,
                Clock clock, GemeenteRegistry gemeenten) {
        this.gemeenten = gemeenten;
        this.tokens = new FeedTokens(properties.keyBytes());
        this.subscriptions = subscriptions;
        this.meetings = meetings;
        this.baseUrl = feed.baseUrl();
        this.clock = clock;
    }

    FeedView address(FeedKind kind, String subjectId) {
        requireVisible(kind, subjectId);
        long generation = subscriptions.current(kind, subjectId);
        String token = tokens.issue(new FeedClaims(TenantContext.require(), kind, subjectId, generation));
        String url = baseUrl + PUBLIC_PATH + kind.segment + "/" + UriUtils.encodePathSegment(subjectId, "UTF-8")
                + ".ics?token=" + token;
        return FeedView.of(url);
    }

    void revoke(FeedKind kind, String subjectId) {
        requireVisible(kind, subjectId);
        subscriptions.revoke(kind, subjectId);
    }

    /**
     * The feed for a public request: the token must be genuine and for exactly this feed (else 401), the feed must
     * exist in the token's gemeente, a registered and active one (else 404, or 403 when deactivated), and not have been
     * revoked since (else 410).
     */
    String feed(FeedKind kind, String subjectId, String token) {
        FeedClaims claims = tokens.verify(token);
        if (claims.kind() != kind || !claims.subjectId().equals(subjectId)) {
            throw new InvalidFeedToken();
        }
        // As every request of a gemeente: an unknown one finds nothing (404), a deactivated one is refused (403).
        return TenantContext.callAs(gemeenten.requireActive(claims.gemeente().value()), () -> {
            long current = subscriptions.generation(kind, subjectId)
                    .orElseThrow(() -> new NotFoundException("Feed", subjectId));
            if (current != claims.generation()) {
                throw new RevokedFeedToken();
            }
            return kind == FeedKind.COHORT ? cohortFeed(subjectId) : participantFeed(subjectId);
        });
    }

    private String cohortFeed(String cohortId) {
        List<CalendarFeedWriter.Entry> entries = meetings.announcedOfCohort(cohortId).stream()
                .map(m -> new CalendarFeedWriter.Entry(m, m.status() == MeetingStatus.CANCELLED))
                .toList();
        return CalendarFeedWriter.write("Koploper bijeenkomsten", entries, clock.instant());
    }

    // A meeting the participant's invitation was withdrawn from shows as cancelled for it, as its mail said.
    private String participantFeed(String participantId) {
        List<CalendarFeedWriter.Entry> entries = meetings.announcedOfParticipant(participantId).stream()
                .map(m -> new CalendarFeedWriter.Entry(m, m.status() == MeetingStatus.CANCELLED
                        || m.invitationOfParticipant(participantId).isEmpty()))
                .toList();
        return CalendarFeedWriter.write("Mijn Koploper bijeenkomsten", entries, clock.instant());
    }

    /**
     * The object-level check, 404 for anything the caller may not see (as for an id that does not exist): a
     * coordinator sees its gemeente's cohorts and participants that have meetings; a participant only itself,
     * recognised by the e-mail in its token being the address of its invitations.
     */
    private void requireVisible(FeedKind kind, String subjectId) {
        if (subjectId == null || subjectId.isBlank() || subjectId.length() > 100 || subjectId.indexOf('|') >= 0) {
            throw new InvalidInputException(kind == FeedKind.COHORT ? "cohortId" : "participantId",
                    "must be an id of at most 100 characters without '|'");
        }
        CurrentUser user = CurrentUser.require();
        boolean visible;
        if (kind == FeedKind.COHORT) {
            visible = user.hasRole(Roles.COORDINATOR) && meetings.cohortHasMeetings(subjectId);
        } else if (user.hasRole(Roles.COORDINATOR)) {
            visible = !meetings.announcedOfParticipant(subjectId).isEmpty();
        } else {
            visible = user.hasRole(Roles.PARTICIPANT)
                    && user.email().map(email -> meetings.isContactOf(subjectId, email)).orElse(false);
        }
        if (!visible) {
            throw new NotFoundException(kind == FeedKind.COHORT ? "Cohort" : "Participant", subjectId);
        }
    }
}
