package nl.koploper.events.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.regex.Pattern;
import nl.koploper.platform.web.ETags;
import nl.koploper.platform.web.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
class MeetingController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern IDEMPOTENCY_KEY_FORMAT = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final MeetingService meetings;

    MeetingController(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Operation(summary = "Plan a meeting; without invitees.participants it invites every placed participant of the "
            + "cohort, an empty invitation list needs inviteNobody: true")
    @ApiResponse(responseCode = "201", description = "Planned (SCHEDULED, or DRAFT with propose: true)")
    @ApiResponse(responseCode = "400", description = "Invalid body, or nobody invited without inviteNobody: true "
            + "(problem+json naming every wrong field); nothing stored")
    @ApiResponse(responseCode = "409", description = "Idempotency-Key reused for another body")
    @PostMapping
    ResponseEntity<MeetingView> plan(@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                     @Valid @RequestBody ScheduleMeetingRequest request) {
        // Checked here rather than with a constraint on the parameter: that would turn the body's field errors into
        // method-validation errors without their field paths.
        if (idempotencyKey != null && !IDEMPOTENCY_KEY_FORMAT.matcher(idempotencyKey).matches()) {
            throw new InvalidInputException(IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters");
        }
        MeetingService.Planned planned = meetings.plan(idempotencyKey, request);
        Meeting meeting = planned.meeting();
        ResponseEntity.BodyBuilder response = ResponseEntity.created(URI.create("/api/meetings/" + meeting.id()))
                .eTag(ETags.of(meeting.version()));
        if (planned.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(MeetingView.of(meeting, meetings.awardFor(meeting)));
    }

    @GetMapping
    PageView<MeetingView> list(@RequestParam(required = false) @Size(max = 100) String cohortId,
                               @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return meetings.list(cohortId == null || cohortId.isBlank() ? null : cohortId, page, size);
    }

    @GetMapping("/{meetingId}")
    ResponseEntity<MeetingView> get(@PathVariable String meetingId) {
        return withETag(meetings.get(meetingId));
    }

    @PostMapping("/{meetingId}/confirm")
    ResponseEntity<MeetingView> confirm(@PathVariable String meetingId,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(meetings.confirm(meetingId, ETags.expectedVersion(ifMatch)));
    }

    @PostMapping("/{meetingId}/reschedule")
    ResponseEntity<MeetingView> reschedule(@PathVariable String meetingId,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody RescheduleRequest request) {
        return withETag(meetings.reschedule(meetingId, ETags.expectedVersion(ifMatch), request));
    }

    @PostMapping("/{meetingId}/cancel")
    ResponseEntity<MeetingView> cancel(@PathVariable String meetingId,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                       @Valid @RequestBody(required = false) CancelRequest request) {
        return withETag(meetings.cancel(meetingId, ETags.expectedVersion(ifMatch),
                request == null ? null : request.reason()));
    }

    /** A symposium's programme, replaced as a whole ({@code If-Match} honoured). */
    @PutMapping("/{meetingId}/programme")
    ResponseEntity<MeetingView> programme(@PathVariable String meetingId,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                          @RequestBody ProgrammeRequest request) {
        return withETag(meetings.replaceProgramme(meetingId, ETags.expectedVersion(ifMatch), request.toSessions()));
    }

    @PostMapping("/{meetingId}/attendance")
    AttendanceView recordAttendance(@PathVariable String meetingId, @Valid @RequestBody AttendanceRequest request) {
        return AttendanceView.of(meetings.recordAttendance(meetingId, request.marks()));
    }

    @GetMapping("/{meetingId}/attendance")
    AttendanceView attendance(@PathVariable String meetingId) {
        return AttendanceView.of(meetings.get(meetingId));
    }

    private ResponseEntity<MeetingView> withETag(Meeting meeting) {
        return ResponseEntity.ok().eTag(ETags.of(meeting.version()))
                .body(MeetingView.of(meeting, meetings.awardFor(meeting)));
    }
}
