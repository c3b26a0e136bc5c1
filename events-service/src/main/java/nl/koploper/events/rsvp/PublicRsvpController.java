package nl.koploper.events.rsvp;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import nl.koploper.events.meeting.Invitation;
import nl.koploper.events.meeting.Meeting;
import nl.koploper.events.meeting.MeetingStore;
import nl.koploper.events.meeting.RsvpLinks;
import nl.koploper.platform.gemeente.GemeenteRegistry;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.ProblemTexts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public API behind the personal RSVP link ({@code /api/public/meetings/rsvp/<token>}; the mailed link is the
 * portal's page {@code <public-base-url>/rsvp/<token>} with the same token, and the portal calls this): no login, so
 * the gemeente, the meeting and the invitation come from the verified token alone, the gemeente is entered for this
 * one operation, and the link can do nothing but show and answer that one invitation. A token we did not sign is a
 * 401, a genuine one past the meeting's start a 410. A genuine link of a gemeente that is not (or no longer) a
 * registered, active one is refused like any request of it (404 unknown, 403 deactivated). The gateway rate-limits
 * {@code /api/public/**}.
 */
@RestController
@RequestMapping(SignedRsvpLinks.API_PATH + "{token}")
class PublicRsvpController {

    /** When the link stopped working, as a Dutch reader says it: the meeting's start in Amsterdam. */
    private static final DateTimeFormatter AMSTERDAM_TIME = DateTimeFormatter.ofPattern("d-M-yyyy 'om' HH:mm")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final RsvpTokens tokens;
    private final MeetingStore meetings;
    private final RsvpLinks links;
    private final Clock clock;
    private final GemeenteRegistry gemeenten;
    private final ProblemTexts texts;

    PublicRsvpController(RsvpTokens tokens, MeetingStore meetings, RsvpLinks links, Clock clock,
                         GemeenteRegistry gemeenten, ProblemTexts texts) {
        this.texts = texts;
        this.tokens = tokens;
        this.meetings = meetings;
        this.links = links;
        this.clock = clock;
        this.gemeenten = gemeenten;
    }

    @Operation(summary = "Show the meeting and the invitee's own answer behind a personal RSVP link (no login)")
    @ApiResponse(responseCode = "200", description = "The meeting and the invitation; answerable says whether an "
            + "answer is taken now")
    @ApiResponse(responseCode = "401", description = "A link we did not sign (or changed)")
    @ApiResponse(responseCode = "403", description = "The link's gemeente is deactivated (type "
            + ".../gemeente-deactivated)")
    @ApiResponse(responseCode = "410", description = "The meeting has started: the link no longer works")
    @GetMapping
    RsvpView show(@PathVariable String token) {
        RsvpClaims claims = tokens.verify(token, clock.instant());
        return asGemeente(claims, () -> {
            Meeting meeting = meetings.get(claims.meetingId());
            return RsvpView.of(meeting, meeting.invitation(claims.invitationId()), clock.instant());
        });
    }

    @Operation(summary = "Answer or change the invitation behind a personal RSVP link (no login)",
            description = "Until the meeting starts. An acceptance gets a place while there is one, else the back of "
                    + "the waiting list; giving up a place passes it to the first in line. The same answer again "
                    + "changes nothing.")
    @ApiResponse(responseCode = "200", description = "Answered: the invitation as it now is")
    @ApiResponse(responseCode = "400", description = "response is missing or not ACCEPTED, DECLINED or TENTATIVE")
    @ApiResponse(responseCode = "401", description = "A link we did not sign (or changed)")
    @ApiResponse(responseCode = "403", description = "The link's gemeente is deactivated (type "
            + ".../gemeente-deactivated)")
    @ApiResponse(responseCode = "410", description = "The meeting has started: the link no longer works")
    @ApiResponse(responseCode = "409", description = "rule meeting-not-scheduled: not confirmed yet; meeting-closed: "
            + "cancelled or held; rsvp-closed: it has started; invitation-withdrawn: the invitation was withdrawn")
    @PostMapping
    RsvpView answer(@PathVariable String token, @RequestBody RsvpRequest request) {
        RsvpClaims claims = tokens.verify(token, clock.instant());
        return asGemeente(claims, () -> meetings.change(claims.meetingId(), null, meeting -> {
            Instant now = clock.instant();
            Invitation invitation = meeting.respond(claims.invitationId(), request.response(), links, now);
            return RsvpView.of(meeting, invitation, now);
        }));
    }

    @ExceptionHandler(InvalidRsvpToken.class)
    ProblemDetail invalid(InvalidRsvpToken ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                texts.text("rsvp.invalid", ex.getMessage()));
        problem.setTitle(texts.text("title.rsvp.invalid", "Invalid RSVP link"));
        return problem;
    }

    @ExceptionHandler(ExpiredRsvpToken.class)
    ProblemDetail expired(ExpiredRsvpToken ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
                texts.text("rsvp.expired", ex.getMessage(), AMSTERDAM_TIME.format(ex.expiredAt())));
        problem.setTitle(texts.text("title.rsvp.expired", "RSVP closed"));
        return problem;
    }

    private <T> T asGemeente(RsvpClaims claims, Supplier<T> work) {
        return TenantContext.callAs(gemeenten.requireActive(claims.gemeente().value()), work);
    }
}
