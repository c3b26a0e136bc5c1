package nl.koploper.events.symposium;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import nl.koploper.events.award.CohortAwards;
import nl.koploper.events.meeting.Invitee;
import nl.koploper.events.meeting.Meeting;
import nl.koploper.events.meeting.MeetingStatus;
import nl.koploper.events.meeting.MeetingStore;
import nl.koploper.events.meeting.MeetingType;
import nl.koploper.events.meeting.RsvpLinks;
import nl.koploper.platform.gemeente.GemeenteRegistry;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.ProblemText;
import nl.koploper.platform.web.ProblemTexts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The symposium's public page and guest form, through the link the gemeente published
 * ({@code /api/public/symposium/<gemeente>/<meeting>}): no login, so the gemeente comes from the path (a registered,
 * active one, else 404 or 403) and is entered for this one operation. A proposed (draft) symposium is a 404; a
 * cancelled or held one is still shown, with its status, so that the published link tells what became of it. A registered guest becomes a GUEST invitation and gets the invitation mail with its personal RSVP
 * link; the answer says only that the mail is on its way, the same for a second registration of the same address, so
 * the form tells nobody who else registered. The gateway rate-limits {@code /api/public/**}.
 */
@RestController
@RequestMapping("/api/public/symposium/{tenant}/{meetingId}")
class PublicSymposiumController {

    private final MeetingStore meetings;
    private final RsvpLinks links;
    private final Clock clock;
    private final GemeenteRegistry gemeenten;
    private final CohortAwards awards;
    private final ProblemTexts texts;

    PublicSymposiumController(MeetingStore meetings, RsvpLinks links, Clock clock, GemeenteRegistry gemeenten,
                              CohortAwards awards, ProblemTexts texts) {
        this.awards = awards;
        this.texts = texts;
        this.meetings = meetings;
        this.links = links;
        this.clock = clock;
        this.gemeenten = gemeenten;
    }

    @Operation(summary = "Show a gemeente's symposium with its programme and Koploperprijs winner (public page)")
    @ApiResponse(responseCode = "200", description = "The symposium; a cancelled or held one is shown too, with its "
            + "status")
    @ApiResponse(responseCode = "400", description = "The gemeente in the path is not a valid slug")
    @ApiResponse(responseCode = "404", description = "No such gemeente, or no announced symposium under this id")
    @ApiResponse(responseCode = "403", description = "The gemeente is deactivated (type .../gemeente-deactivated)")
    @GetMapping
    SymposiumView show(@PathVariable("tenant") String gemeente, @PathVariable String meetingId) {
        return asGemeente(gemeente, () -> {
            Meeting symposium = announcedSymposium(meetings.get(meetingId));
            return SymposiumView.of(symposium, awards.ofCohort(symposium.cohortId()));
        });
    }

    @Operation(summary = "Register a guest for a symposium; the invitation with a personal RSVP link is mailed "
            + "(public form)", description = "The answer is the same for a second registration of the same address "
                    + "(nothing is sent again), so the form reveals nobody else. The message is in the request's "
                    + "language (Accept-Language).")
    @ApiResponse(responseCode = "202", description = "Registered: the invitation mail is on its way ({\"message\": "
            + "...})")
    @ApiResponse(responseCode = "400", description = "A wrong name, email or locale, or an invalid gemeente slug; "
            + "errors[] names each and nothing is stored")
    @ApiResponse(responseCode = "404", description = "No such gemeente, or no announced symposium under this id")
    @ApiResponse(responseCode = "403", description = "The gemeente is deactivated (type .../gemeente-deactivated)")
    @ApiResponse(responseCode = "409", description = "rule meeting-closed: the symposium was cancelled or held; "
            + "meeting-already-started: it has started")
    @PostMapping("/registrations")
    ResponseEntity<Map<String, String>> register(@PathVariable("tenant") String gemeente,
                                                 @PathVariable String meetingId,
                                                 @RequestBody GuestRegistrationRequest request) {
        // Validated before the gemeente is entered: a bad form stores nothing and creates no database.
        Invitee guest = Invitee.guest(request.name(), request.email(), request.locale());
        asGemeente(gemeente, () -> meetings.change(meetingId, null, meeting -> {
            announcedSymposium(meeting);
            return meeting.registerGuest(guest, links, clock.instant());
        }));
        // The guest reads this answer: in their language, as the problems are.
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("message", texts.text("symposium.registered",
                "Thank you: the invitation with your personal link to confirm is on its way to " + guest.email(),
                guest.email())));
    }

    private static Meeting announcedSymposium(Meeting meeting) {
        if (meeting.type() != MeetingType.SYMPOSIUM || meeting.status() == MeetingStatus.DRAFT) {
            throw new NotFoundException("Symposium", meeting.id());
        }
        return meeting;
    }

    private <T> T asGemeente(String gemeente, Supplier<T> work) {
        return TenantContext.callAs(gemeenten.requireActiveInPath(gemeente), work);
    }
}
