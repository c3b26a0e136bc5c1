package nl.koploper.cohort.assignment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
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
 * A cohort's communication assignments, its jury and the Koploperprijs. Roles: the coordinator does everything but
 * score; a participant user hands in and reads its own assignment; a jury user reads and scores the assignments of
 * the cohorts whose jury it is on, and nothing else. Any of them reads the cohort's name and assignment deadline.
 */
@RestController
@RequestMapping("/api/cohorts/{cohortId}")
class AssignmentController {

    /** What a cohort id looks like (a UUID, as cohorts are created); anything else is bad input, not an unknown id. */
    static final Pattern COHORT_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern FILE_NAME = Pattern.compile("[^/\\\\\\p{Cntrl}]{1,200}");
    private static final String HAND_IN_RULES = "rule cohort-not-started: the year is not running (STARTED); "
            + "rule participant-not-placed: the organisation has no place; rule assignment-deadline-passed; "
            + "rule scoring-closed: the jury's scoring has closed";

    private final AssignmentService assignments;

    AssignmentController(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @PutMapping("/jury")
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Name the cohort's jurors by e-mail address, replacing the earlier list (coordinator)")
    @ApiResponse(responseCode = "200", description = "The jury as it is now")
    @ApiResponse(responseCode = "403", description = "Only a coordinator")
    @ApiResponse(responseCode = "409", description = "rule cohort-closed: the cohort is COMPLETED or CANCELLED; "
            + "rule scoring-closed: the jury's scoring has closed")
    JuryView assignJury(@PathVariable String cohortId, @Valid @RequestBody JuryRequest request) {
        return assignments.assignJury(cohortId, request.jurors());
    }

    @GetMapping("/jury")
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Read the cohort's jurors and when their scoring closed (coordinator)")
    @ApiResponse(responseCode = "200", description = "The jurors' e-mail addresses; scoringClosedAt null while open")
    @ApiResponse(responseCode = "403", description = "Only a coordinator")
    JuryView jury(@PathVariable String cohortId) {
        return assignments.jury(cohortId);
    }

    /**
     * The cohort's name and assignment deadline, for the participant page (a placed participant of this cohort), the
     * juror's pages (a juror of it) and the coordinator; a 404 for anyone else.
     */
    @GetMapping("/assignment")
    @PreAuthorize("hasAnyRole('coordinator', 'participant', 'jury')")
    @Operation(summary = "Read the cohort's name and assignment deadline (coordinator, its placed participants and "
            + "jurors)")
    @ApiResponse(responseCode = "200", description = "Name, year, assignment deadline and whether scoring closed")
    @ApiResponse(responseCode = "400", description = "The cohort id is not a cohort id (a UUID)")
    @ApiResponse(responseCode = "404", description = "No such cohort, or the caller is none of its coordinator, placed "
            + "participants and jurors")
    CohortAssignmentView assignment(@PathVariable String cohortId) {
        if (!COHORT_ID.matcher(cohortId).matches()) {
            throw new InvalidInputException("cohortId", "must be a cohort id");
        }
        return assignments.assignmentOf(cohortId);
    }

    @PutMapping("/assignments/{participantId}")
    @PreAuthorize("hasAnyRole('coordinator', 'participant')")
    @Operation(summary = "Hand in or revise the organisation's communication assignment (coordinator, the "
            + "participant itself)",
            description = "Possible while the year runs, until the assignment deadline and before the jury's scoring "
                    + "closes; every hand-in is a new revision.")
    @ApiResponse(responseCode = "200", description = "Handed in; the submission with its revision")
    @ApiResponse(responseCode = "404", description = "No such cohort or participant, or another organisation than the "
            + "participant user's own")
    @ApiResponse(responseCode = "409", description = HAND_IN_RULES)
    SubmissionView submit(@PathVariable String cohortId, @PathVariable String participantId,
                          @Valid @RequestBody AssignmentRequest request) {
        return assignments.submit(cohortId, participantId, request);
    }

    /**
     * Attaches a file (PDF, PNG or JPEG, the raw bytes as the body, at most the platform's 1 MB body limit, beyond
     * which it is a 413) to the handed-in assignment; {@code name} is the file name to show.
     */
    @PutMapping(value = "/assignments/{participantId}/file",
            consumes = {MediaType.APPLICATION_PDF_VALUE, MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE})
    @PreAuthorize("hasAnyRole('coordinator', 'participant')")
    @Operation(summary = "Attach a PDF, PNG or JPEG file to the handed-in assignment, replacing an earlier one "
            + "(coordinator, the participant itself)",
            description = "The body is the file's bytes, at most 1 MB. It is a revision of the assignment, under the "
                    + "same rules as a hand-in.")
    @ApiResponse(responseCode = "200", description = "Attached; the submission with its new revision")
    @ApiResponse(responseCode = "400", description = "No file name (name), or an empty body")
    @ApiResponse(responseCode = "404", description = "No such cohort or participant, or another organisation than the "
            + "participant user's own")
    @ApiResponse(responseCode = "409", description = "rule assignment-not-handed-in: hand in title and text first; "
            + HAND_IN_RULES)
    @ApiResponse(responseCode = "413", description = "The file is larger than 1 MB")
    @ApiResponse(responseCode = "415", description = "The Content-Type is not application/pdf, image/png or image/jpeg")
    SubmissionView attachFile(@PathVariable String cohortId, @PathVariable String participantId,
                              @Parameter(description = "The file name to show: 1 to 200 characters, no slashes",
                                      required = true) @RequestParam(required = false) String name,
                              @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
                              @RequestBody(required = false) byte[] bytes) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || !FILE_NAME.matcher(name).matches()) {
            problems.add(new FieldProblem("name", "must be a file name of 1 to 200 characters without slashes"));
        }
        if (bytes == null || bytes.length == 0) {
            problems.add(new FieldProblem("file", "is empty"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The file cannot be attached", problems);
        }
        return assignments.attachFile(cohortId, participantId, name.strip(),
                MediaType.parseMediaType(contentType).getType() + "/" + MediaType.parseMediaType(contentType)
                        .getSubtype(), bytes);
    }

    @GetMapping("/assignments/{participantId}/file")
    @PreAuthorize("hasAnyRole('coordinator', 'participant', 'jury')")
    @Operation(summary = "Download the file attached to an assignment (coordinator, the participant itself, "
            + "the cohort's jurors)")
    @ApiResponse(responseCode = "200", description = "The file as attached, with its name in Content-Disposition",
            content = {@Content(mediaType = MediaType.APPLICATION_PDF_VALUE),
                    @Content(mediaType = MediaType.IMAGE_PNG_VALUE), @Content(mediaType = MediaType.IMAGE_JPEG_VALUE)})
    @ApiResponse(responseCode = "404", description = "No such cohort, participant, submission or file, or one the "
            + "caller may not read")
    ResponseEntity<byte[]> file(@PathVariable String cohortId, @PathVariable String participantId) {
        AssignmentService.StoredFile stored = assignments.file(cohortId, participantId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.file().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(stored.file().fileName(), StandardCharsets.UTF_8).build().toString())
                .body(stored.bytes());
    }

    @GetMapping("/assignments")
    @PreAuthorize("hasAnyRole('coordinator', 'jury')")
    @Operation(summary = "List the cohort's handed-in assignments (coordinator with every score, a juror of the "
            + "cohort with its own)")
    @ApiResponse(responseCode = "200", description = "The submissions, with the scores the caller may see")
    @ApiResponse(responseCode = "404", description = "No such cohort, or the juror is not on its jury")
    List<SubmissionView> list(@PathVariable String cohortId) {
        return assignments.list(cohortId);
    }

    @GetMapping("/assignments/{participantId}")
    @PreAuthorize("hasAnyRole('coordinator', 'participant', 'jury')")
    @Operation(summary = "Read an organisation's assignment (coordinator, the participant itself without marks, "
            + "the cohort's jurors)")
    @ApiResponse(responseCode = "200", description = "The submission, with the scores the caller may see")
    @ApiResponse(responseCode = "404", description = "No such cohort, participant or hand-in, or one the caller may "
            + "not read")
    SubmissionView get(@PathVariable String cohortId, @PathVariable String participantId) {
        return assignments.get(cohortId, participantId);
    }

    @PutMapping("/assignments/{participantId}/score")
    @PreAuthorize("hasRole('jury')")
    @Operation(summary = "Score a handed-in assignment on the rubric, replacing the juror's earlier score (a juror "
            + "of the cohort)")
    @ApiResponse(responseCode = "200", description = "Scored; the juror's score")
    @ApiResponse(responseCode = "403", description = "Only a jury user")
    @ApiResponse(responseCode = "404", description = "No such cohort or hand-in, or the juror is not on its jury")
    @ApiResponse(responseCode = "409", description = "rule cohort-not-started: the year is not running (STARTED); "
            + "rule scoring-closed: the jury's scoring has closed")
    ScoreView score(@PathVariable String cohortId, @PathVariable String participantId,
                    @Valid @RequestBody ScoreRequest request) {
        return assignments.score(cohortId, participantId, request);
    }

    @PostMapping("/scoring/close")
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Close the jury's scoring; the ranking becomes final (coordinator)")
    @ApiResponse(responseCode = "200", description = "Closed; the final ranking")
    @ApiResponse(responseCode = "403", description = "Only a coordinator")
    @ApiResponse(responseCode = "409", description = "rule cohort-not-started: the year is not running (STARTED); "
            + "rule scoring-closed: closed already; rule no-scored-submissions: no juror has scored yet")
    RankingView closeScoring(@PathVariable String cohortId) {
        return assignments.closeScoring(cohortId);
    }

    @GetMapping("/ranking")
    @PreAuthorize("hasAnyRole('coordinator', 'jury')")
    @Operation(summary = "Read the jury's ranking (coordinator at any time, the cohort's jurors once scoring closed)")
    @ApiResponse(responseCode = "200", description = "The scored submissions, best first")
    @ApiResponse(responseCode = "404", description = "No such cohort, or the juror is not on its jury")
    @ApiResponse(responseCode = "409", description = "rule scoring-not-closed: a juror asked before the scoring closed")
    RankingView ranking(@PathVariable String cohortId) {
        return assignments.ranking(cohortId);
    }

    @PostMapping("/award")
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Grant the Koploperprijs, kept secret until announced (coordinator)",
            description = "Without a body or participantId it goes to the top of the jury's ranking; to another "
                    + "participant only with a motivation.")
    @ApiResponse(responseCode = "201", description = "Granted")
    @ApiResponse(responseCode = "403", description = "Only a coordinator")
    @ApiResponse(responseCode = "404", description = "No such cohort or participant")
    @ApiResponse(responseCode = "409", description = "rule cohort-not-started: the cohort is not STARTED or COMPLETED; "
            + "rule award-already-granted; rule scoring-not-closed; rule award-tie-undecided: several share the top, "
            + "name one; rule award-needs-submission; rule participant-not-placed; rule award-motivation-required: "
            + "the winner named is not the top of the ranking")
    ResponseEntity<AwardView> grantAward(@PathVariable String cohortId,
                                         @Valid @RequestBody(required = false) AwardRequest request) {
        AwardView award = assignments.grantAward(cohortId, request == null ? new AwardRequest(null, null) : request);
        return ResponseEntity.status(HttpStatus.CREATED).body(award);
    }

    @PostMapping("/award/announce")
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Announce the granted Koploperprijs: symposium page, congratulations to the winner, "
            + "word to the other participants (coordinator)")
    @ApiResponse(responseCode = "200", description = "Announced")
    @ApiResponse(responseCode = "403", description = "Only a coordinator")
    @ApiResponse(responseCode = "409", description = "rule award-not-granted: not granted yet; "
            + "rule award-already-announced")
    AwardView announceAward(@PathVariable String cohortId) {
        return assignments.announceAward(cohortId);
    }
}
