package nl.koploper.events.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import nl.koploper.platform.web.Created;
import nl.koploper.platform.web.ETags;
import nl.koploper.platform.web.IdempotencyKey;
import nl.koploper.platform.web.IfMatch;
import nl.koploper.platform.web.PageView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A gemeente's meetings, for its coordinator. Reads answer with the version as ETag; confirm, reschedule and cancel
 * honour {@code If-Match} (412 when stale); planning honours {@code Idempotency-Key} (as cohort-service's creation).
 */
@RestController
@RequestMapping("/api/meetings")
@PreAuthorize("hasRole('coordinator')")
@ApiResponse(responseCode = "403", description = "Only the gemeente's coordinator; or the token's gemeente is not "
        + "registered (type .../gemeente-not-registered)")
class MeetingController {

    private final MeetingService meetings;

    MeetingController(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Operation(summary = "Plan a meeting for a cohort or the network, scheduled at once or proposed (coordinator)",
            description = "Scheduled: the invitations go out now. propose: true makes a DRAFT that sends nothing until "
                    + "it is confirmed. Without invitees.participants a cohort meeting invites every placed "
                    + "participant of the cohort (also those placed later); inviting nobody needs inviteNobody: "
                    + "true. With an Idempotency-Key (1-200 visible ASCII characters) a repeat with the same body "
                    + "answers the meeting made first, with Idempotent-Replayed: true, and sends nothing again.")
    @ApiResponse(responseCode = "201", description = "Planned (SCHEDULED, or DRAFT with propose: true); Location and "
            + "ETag (its version) are set")
    @ApiResponse(responseCode = "400", description = "Invalid body or Idempotency-Key, a start not in the future, or "
            + "nobody invited without inviteNobody: true; errors[] names every wrong field and nothing is stored")
    @ApiResponse(responseCode = "409", description = "rule idempotency-key-reused: this Idempotency-Key already "
            + "planned a different meeting; send a new key for a new meeting")
    @PostMapping
    ResponseEntity<MeetingView> plan(@Valid @RequestBody ScheduleMeetingRequest request,
                                     IdempotencyKey idempotencyKey) {
        Created<Meeting> planned = meetings.plan(idempotencyKey.value(), request);
        Meeting meeting = planned.resource();
        return planned.response(URI.create("/api/meetings/" + meeting.id())).eTag(ETags.of(meeting.version()))
                .body(MeetingView.of(meeting, meetings.awardFor(meeting)));
    }

    @Operation(summary = "List the gemeente's meetings, soonest first, optionally of one cohort (coordinator)")
    @ApiResponse(responseCode = "200", description = "One page of meetings")
    @GetMapping
    PageView<MeetingView> list(@RequestParam(required = false) @Size(max = 100) String cohortId,
                               @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return meetings.list(cohortId == null || cohortId.isBlank() ? null : cohortId, page, size);
    }

    @Operation(summary = "Show a meeting with its invitations, answers and waiting list (coordinator)",
            description = "The ETag is the meeting's version: send it as If-Match to confirm, reschedule, cancel or "
                    + "replace the programme only if nobody changed it since.")
    @ApiResponse(responseCode = "200", description = "The meeting, with its version as ETag")
    @GetMapping("/{meetingId}")
    ResponseEntity<MeetingView> get(@PathVariable String meetingId) {
        return withETag(meetings.get(meetingId));
    }

    @Operation(summary = "Confirm a proposed meeting so that its invitations go out (coordinator)")
    @ApiResponse(responseCode = "200", description = "Confirmed: now SCHEDULED, with its new ETag")
    @ApiResponse(responseCode = "409", description = "rule meeting-not-draft: it is not a proposal (DRAFT); "
            + "meeting-already-started: the proposed start has passed, reschedule first; location-to-be-decided: "
            + "the place is still the placeholder, reschedule with the real place first")
    @PostMapping("/{meetingId}/confirm")
    ResponseEntity<MeetingView> confirm(@PathVariable String meetingId, IfMatch ifMatch) {
        return withETag(meetings.confirm(meetingId, ifMatch.expectedVersion()));
    }

    @Operation(summary = "Move a meeting to a new time and place; every invitee gets one update (coordinator)",
            description = "A DRAFT changes silently. The same time and place again changes nothing and sends "
                    + "nothing. Answers are kept.")
    @ApiResponse(responseCode = "200", description = "Rescheduled (or unchanged), with its ETag")
    @ApiResponse(responseCode = "400", description = "A missing or invalid time or location, or a start not in the "
            + "future; errors[] names every wrong field")
    @ApiResponse(responseCode = "409", description = "rule meeting-closed: it was cancelled or held; "
            + "meeting-already-started: it has started")
    @PostMapping("/{meetingId}/reschedule")
    ResponseEntity<MeetingView> reschedule(@PathVariable String meetingId, IfMatch ifMatch,
                                           @Valid @RequestBody RescheduleRequest request) {
        return withETag(meetings.reschedule(meetingId, ifMatch.expectedVersion(), request));
    }

    @Operation(summary = "Cancel a meeting; every invitee of a scheduled one gets the cancellation (coordinator)",
            description = "The reason, when given, is passed on to every invitee. A DRAFT is dropped silently.")
    @ApiResponse(responseCode = "200", description = "Cancelled: now CANCELLED, with its new ETag")
    @ApiResponse(responseCode = "409", description = "rule meeting-closed: it was already cancelled or held; "
            + "meeting-already-started: it has started")
    @PostMapping("/{meetingId}/cancel")
    ResponseEntity<MeetingView> cancel(@PathVariable String meetingId, IfMatch ifMatch,
                                       @Valid @RequestBody(required = false) CancelRequest request) {
        return withETag(meetings.cancel(meetingId, ifMatch.expectedVersion(),
                request == null ? null : request.reason()));
    }

    /** A symposium's programme, replaced as a whole ({@code If-Match} honoured). */
    @Operation(summary = "Replace a symposium's programme as a whole (coordinator)",
            description = "Every item lies within the symposium; an empty list clears the programme. Nobody is "
                    + "sent anything: the programme is read on the symposium's public page.")
    @ApiResponse(responseCode = "200", description = "Replaced: the meeting with its programme and new ETag")
    @ApiResponse(responseCode = "400", description = "A wrong item (missing field, outside the symposium, more than "
            + "50 items); errors[] names every one by its path, e.g. sessions[2].start")
    @ApiResponse(responseCode = "409", description = "rule not-a-symposium: only a symposium has a programme; "
            + "meeting-closed or meeting-already-started: it can no longer change")
    @PutMapping("/{meetingId}/programme")
    ResponseEntity<MeetingView> programme(@PathVariable String meetingId, IfMatch ifMatch,
                                          @RequestBody ProgrammeRequest request) {
        return withETag(meetings.replaceProgramme(meetingId, ifMatch.expectedVersion(), request.toSessions()));
    }

    @Operation(summary = "Record who attended a meeting, in bulk, correcting earlier marks (coordinator)",
            description = "Possible once the meeting has started. The whole list is checked first: one wrong line "
                    + "changes nothing.")
    @ApiResponse(responseCode = "200", description = "Recorded: the meeting's attendance as it now is")
    @ApiResponse(responseCode = "400", description = "No marks, or an invitation that is not (or no longer) of this "
            + "meeting or is listed twice; errors[] names each, e.g. marks[1].invitationId")
    @ApiResponse(responseCode = "409", description = "rule attendance-before-start: it has not started yet; "
            + "meeting-not-scheduled: it was never confirmed; meeting-closed: it was cancelled")
    @PostMapping("/{meetingId}/attendance")
    AttendanceView recordAttendance(@PathVariable String meetingId, @Valid @RequestBody AttendanceRequest request) {
        return AttendanceView.of(meetings.recordAttendance(meetingId, request.marks()));
    }

    @Operation(summary = "Show a meeting's attendance per invitation, with the totals (coordinator)")
    @ApiResponse(responseCode = "200", description = "The attendance")
    @GetMapping("/{meetingId}/attendance")
    AttendanceView attendance(@PathVariable String meetingId) {
        return AttendanceView.of(meetings.get(meetingId));
    }

    private ResponseEntity<MeetingView> withETag(Meeting meeting) {
        return ResponseEntity.ok().eTag(ETags.of(meeting.version()))
                .body(MeetingView.of(meeting, meetings.awardFor(meeting)));
    }
}
