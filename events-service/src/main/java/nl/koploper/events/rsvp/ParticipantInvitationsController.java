package nl.koploper.events.rsvp;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.koploper.events.meeting.Invitation;
import nl.koploper.events.meeting.Meeting;
import nl.koploper.events.meeting.MeetingStore;
import nl.koploper.platform.security.CurrentUser;
import nl.koploper.platform.security.Roles;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.PageView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "My meetings": every announced meeting a participant holds a standing invitation to, soonest first, each as
 * {@code GET /api/meetings/{id}/rsvp} shows it, for that participant (or the gemeente's coordinator). A participant is
 * recognised as for its own invitation: the e-mail in its token is the address its invitations were sent to, and only
 * meetings whose invitation of this participant carries that address are listed, so every entry is one the
 * participant can open and answer there. Another organisation's id, and any id of another gemeente, is the same 404 as
 * an id nobody has, so ids cannot be probed. Withdrawn invitations and proposals (drafts) are left out.
 */
@RestController
@RequestMapping("/api/meetings/invitations")
@PreAuthorize("hasAnyRole('coordinator', 'participant')")
class ParticipantInvitationsController {

    private final MeetingStore meetings;
    private final Clock clock;

    ParticipantInvitationsController(MeetingStore meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    /** @param participantId the organisation: required, as a contact person may answer for several */
    @Operation(summary = "List the announced meetings a participant is invited to, soonest first (participant, "
            + "coordinator)", description = "participantId is required. Withdrawn invitations and proposals are left "
                    + "out.")
    @ApiResponse(responseCode = "200", description = "One page of invitations, each as GET /api/meetings/{id}/rsvp "
            + "shows it")
    @ApiResponse(responseCode = "404", description = "A coordinator: the participant was never invited to an "
            + "announced meeting. A participant: not its own (the token's e-mail is not its invitations' address)")
    @GetMapping
    PageView<RsvpView> list(@RequestParam(required = false) String participantId,
                            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        // Checked here rather than with constraints, so that a missing id is the same field problem as a wrong one.
        if (participantId == null || participantId.isBlank() || participantId.length() > 100
                || participantId.indexOf('|') >= 0) {
            throw new InvalidInputException("participantId", "must be an id of at most 100 characters without '|'");
        }
        List<Meeting> announced = meetings.announcedOfParticipant(participantId);
        Predicate<Invitation> own = ownInvitations(participantId, announced);
        Instant now = clock.instant();
        // A participant is invited to a handful of meetings a year: filtering and paging the feed's query in memory
        // keeps the address check in one place (the same as the single read's) at no noticeable cost.
        List<RsvpView> invited = announced.stream()
                .flatMap(meeting -> standing(meeting, own).map(i -> RsvpView.of(meeting, i, now)).stream())
                .toList();
        int from = (int) Math.min((long) page * size, invited.size());
        int to = Math.min(from + size, invited.size());
        return PageView.of(invited.subList(from, to), page, size, invited.size());
    }

    /**
     * Which invitations of the participant the caller may see, or 404: a coordinator sees its gemeente's participants
     * that were invited to something; a participant only itself, where its address is the one invited.
     */
    private Predicate<Invitation> ownInvitations(String participantId, List<Meeting> announced) {
        Predicate<Invitation> ofParticipant = i -> participantId.equals(i.participantId());
        CurrentUser user = CurrentUser.require();
        if (user.hasRole(Roles.COORDINATOR)) {
            if (announced.isEmpty()) {
                throw new NotFoundException("Participant", participantId);
            }
            return ofParticipant;
        }
        String email = user.email().map(String::strip).orElse(null);
        if (email == null || !meetings.isContactOf(participantId, email)) {
            throw new NotFoundException("Participant", participantId);
        }
        return ofParticipant.and(i -> email.equalsIgnoreCase(i.email()));
    }

    private static Optional<Invitation> standing(Meeting meeting, Predicate<Invitation> own) {
        return meeting.activeInvitations().stream().filter(own).findFirst();
    }
}
