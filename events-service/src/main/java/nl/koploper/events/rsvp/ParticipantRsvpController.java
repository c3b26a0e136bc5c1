package nl.koploper.events.rsvp;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.koploper.events.meeting.Invitation;
import nl.koploper.events.meeting.Meeting;
import nl.koploper.events.meeting.MeetingStatus;
import nl.koploper.events.meeting.MeetingStore;
import nl.koploper.events.meeting.RsvpLinks;
import nl.koploper.platform.security.CurrentUser;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A logged-in participant shows and answers its own invitation ({@code /api/meetings/{id}/rsvp}), with the same rules
 * as the personal link: the meeting's capacity and waiting list, changeable until the meeting starts. The participant
 * is recognised as cohort-service recognises it: the e-mail in its token is the contact address the invitation was
 * sent to. Someone else's invitation, a meeting it is not invited to and a proposal nobody has heard of yet are all the
 * same 404, so ids of other organisations' invitations cannot be probed.
 */
@RestController
@RequestMapping("/api/meetings/{meetingId}/rsvp")
@PreAuthorize("hasRole('participant')")
class ParticipantRsvpController {

    private final MeetingStore meetings;
    private final RsvpLinks links;
    private final Clock clock;

    ParticipantRsvpController(MeetingStore meetings, RsvpLinks links, Clock clock) {
        this.meetings = meetings;
        this.links = links;
        this.clock = clock;
    }

    /**
     * @param participantId only needed by a contact person of several organisations invited to the same meeting
     */
    @Operation(summary = "Show the signed-in participant's own invitation to a meeting and its answer (participant)")
    @ApiResponse(responseCode = "200", description = "The meeting and the invitation; answerable says whether an "
            + "answer is taken now")
    @ApiResponse(responseCode = "400", description = "participantId is needed: the token's e-mail is the contact of "
            + "several organisations invited to this meeting")
    @ApiResponse(responseCode = "403", description = "Only a participant; or the token's gemeente is not registered")
    @ApiResponse(responseCode = "404", description = "No standing invitation to this meeting for the token's e-mail "
            + "(also someone else's, or a proposal nobody has heard of)")
    @GetMapping
    RsvpView show(@PathVariable String meetingId,
                  @RequestParam(required = false) @Size(max = 100) String participantId) {
        Meeting meeting = meetings.get(meetingId);
        return RsvpView.of(meeting, ownInvitation(meeting, participantId), clock.instant());
    }

    @Operation(summary = "Answer or change the signed-in participant's own invitation (participant)",
            description = "The same rules as the personal RSVP link: until the meeting starts, with its capacity and "
                    + "waiting list; the same answer again changes nothing.")
    @ApiResponse(responseCode = "200", description = "Answered: the invitation as it now is")
    @ApiResponse(responseCode = "400", description = "response is missing or not ACCEPTED, DECLINED or TENTATIVE; or "
            + "participantId is needed (the contact of several organisations invited to this meeting)")
    @ApiResponse(responseCode = "403", description = "Only a participant; or the token's gemeente is not registered")
    @ApiResponse(responseCode = "404", description = "No standing invitation to this meeting for the token's e-mail "
            + "(also someone else's, or a proposal nobody has heard of)")
    @ApiResponse(responseCode = "409", description = "rule meeting-closed: cancelled or held; rsvp-closed: it has "
            + "started; invitation-withdrawn: the invitation was withdrawn")
    @PostMapping
    RsvpView answer(@PathVariable String meetingId,
                    @RequestParam(required = false) @Size(max = 100) String participantId,
                    @RequestBody RsvpRequest request) {
        return meetings.change(meetingId, null, meeting -> {
            Invitation own = ownInvitation(meeting, participantId);
            Instant now = clock.instant();
            Invitation answered = meeting.respond(own.id(), request == null ? null : request.response(), links, now);
            return RsvpView.of(meeting, answered, now);
        });
    }

    private static Invitation ownInvitation(Meeting meeting, String participantId) {
        String email = CurrentUser.require().email().map(String::strip).orElse(null);
        if (email == null || meeting.status() == MeetingStatus.DRAFT) {
            throw new NotFoundException("Invitation", meeting.id());
        }
        List<Invitation> own = meeting.activeInvitations().stream()
                .filter(i -> i.participantId() != null && email.equalsIgnoreCase(i.email()))
                .filter(i -> participantId == null || participantId.equals(i.participantId()))
                .toList();
        if (own.isEmpty()) {
            throw new NotFoundException("Invitation", meeting.id());
        }
        if (own.size() > 1) {
            throw new InvalidInputException("participantId", "You are the contact of several organisations invited "
                    + "to this meeting; name the one you answer for");
        }
        return own.get(0);
    }
}
