package nl.koploper.cohort.assignment;

import io.swagger.v3.oas.annotations.Operation;
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

    private final AssignmentService assignments;

    AssignmentController(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @PutMapping("/jury")
    @PreAuthorize("hasRole('coordinator')")
    JuryView assignJury(@PathVariable String cohortId, @Valid @RequestBody JuryRequest request) {
        return assignments.assignJury(cohortId, request.jurors());
    }

    @GetMapping("/jury")
    @PreAuthorize("hasRole('coordinator')")
    JuryView jury(@PathVariable String cohortId) {
        return assignments.jury(cohortId);
    }

    /**
     * The cohort's name and assignment deadline, for the participant page (a placed participant of this cohort), the
     * juror's pages (a juror of it) and the coordinator; a 404 for anyone else.
     */
    @GetMapping("/assignment")
    @PreAuthorize("hasAnyRole('coordinator', 'participant', 'jury')")
    CohortAssignmentView assignment(@PathVariable String cohortId) {
        if (!COHORT_ID.matcher(cohortId).matches()) {
            throw new InvalidInputException("cohortId", "must be a cohort id");
        }
        return assignments.assignmentOf(cohortId);
    }

    @PutMapping("/assignments/{participantId}")
    @PreAuthorize("hasAnyRole('coordinator', 'participant')")
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
    SubmissionView attachFile(@PathVariable String cohortId, @PathVariable String participantId,
                              @RequestParam(required = false) String name,
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
    List<SubmissionView> list(@PathVariable String cohortId) {
        return assignments.list(cohortId);
    }

    @GetMapping("/assignments/{participantId}")
    @PreAuthorize("hasAnyRole('coordinator', 'participant', 'jury')")
    SubmissionView get(@PathVariable String cohortId, @PathVariable String participantId) {
        return assignments.get(cohortId, participantId);
    }

    @PutMapping("/assignments/{participantId}/score")
    @PreAuthorize("hasRole('jury')")
    ScoreView score(@PathVariable String cohortId, @PathVariable String participantId,
                    @Valid @RequestBody ScoreRequest request) {
        return assignments.score(cohortId, participantId, request);
    }

    @PostMapping("/scoring/close")
    @PreAuthorize("hasRole('coordinator')")
    RankingView closeScoring(@PathVariable String cohortId) {
        return assignments.closeScoring(cohortId);
    }

    @GetMapping("/ranking")
    @PreAuthorize("hasAnyRole('coordinator', 'jury')")
    RankingView ranking(@PathVariable String cohortId) {
        return assignments.ranking(cohortId);
    }

    @PostMapping("/award")
    @PreAuthorize("hasRole('coordinator')")
    ResponseEntity<AwardView> grantAward(@PathVariable String cohortId,
                                         @Valid @RequestBody(required = false) AwardRequest request) {
        AwardView award = assignments.grantAward(cohortId, request == null ? new AwardRequest(null, null) : request);
        return ResponseEntity.status(HttpStatus.CREATED).body(award);
    }

    @PostMapping("/award/announce")
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Maakt de toegekende Koploperprijs bekend: symposiumpagina, felicitatie aan de winnaar, "
            + "bericht aan de andere deelnemers")
    @ApiResponse(responseCode = "200", description = "Bekendgemaakt")
    @ApiResponse(responseCode = "403", description = "Geen coördinator",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "Onbekende groep",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "Nog niet toegekend (award-not-granted) of al bekendgemaakt "
            + "(award-already-announced)", content = @Content(mediaType = "application/problem+json"))
    AwardView announceAward(@PathVariable String cohortId) {
        return assignments.announceAward(cohortId);
    }
}
