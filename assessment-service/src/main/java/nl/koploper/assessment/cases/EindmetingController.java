package nl.koploper.assessment.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.util.List;
import nl.koploper.assessment.catalogue.IssueCatalogue;
import nl.koploper.assessment.review.Review;
import nl.koploper.platform.branding.GemeenteLogos;
import nl.koploper.platform.gemeente.GemeenteRegistry;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.ETags;
import nl.koploper.platform.web.IfMatch;
import nl.koploper.platform.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The eindmeting (final assessment) of a case and its comparison with the nulmeting. The advisor (or coordinator)
 * starts it once the profile is published, revises the prefilled answers and completes it; the footprint of a later
 * year than the baseline is its footprint. The ETag is the case's version.
 */
@RestController
@RequestMapping("/api/assessments/cases/{caseId}")
@PreAuthorize("hasAnyRole('coordinator', 'advisor', 'participant', 'platform-admin')")
class EindmetingController {

    private static final String WORKERS = "Only the coordinator or an advisor works on the eindmeting";
    private static final String IN_PROGRESS = "rule eindmeting-not-started: start it first; rule "
            + "eindmeting-completed: completed, it cannot change; " + CaseController.CLOSED;

    private final CaseService cases;
    private final IssueCatalogue catalogue;
    private final GemeenteRegistry gemeenten;
    private final GemeenteLogos logos;

    EindmetingController(CaseService cases, IssueCatalogue catalogue, GemeenteRegistry gemeenten,
                         GemeenteLogos logos) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.gemeenten = gemeenten;
        this.logos = logos;
    }

    /** The eindmeting's answers; participants read them too (they are about their organisation). */
    record EindmetingView(@Schema(allowableValues = {"NOT_STARTED", "IN_PROGRESS", "COMPLETED"}) String status,
                          Instant startedAt, Instant completedAt, Integer finalYear,
                          List<CaseView.IssueView> issues, Long version) {
    }

    @GetMapping("/eindmeting")
    @Operation(summary = "Read the eindmeting's status and answers (participants read their own)",
            description = "The ETag is the case's version: send it as If-Match with a change.")
    ResponseEntity<EindmetingView> get(@PathVariable String caseId) {
        return view(cases.get(caseId));
    }

    @PostMapping("/eindmeting")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    @Operation(summary = "Start the eindmeting, prefilled with the nulmeting's answers (coordinator, or the case's "
            + "advisor)")
    @ApiResponse(responseCode = "200", description = "Started (IN_PROGRESS); the eindmeting with its prefilled answers")
    @ApiResponse(responseCode = "403", description = WORKERS)
    @ApiResponse(responseCode = "409", description = "rule profile-not-published: the eindmeting compares against a "
            + "published profile; rule eindmeting-started: started already; " + CaseController.CLOSED)
    ResponseEntity<EindmetingView> start(@PathVariable String caseId, IfMatch ifMatch) {
        return view(cases.startEindmeting(caseId, ifMatch.expectedVersion()));
    }

    @PutMapping("/eindmeting")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    @Operation(summary = "Revise the eindmeting's answers for several issues at once (coordinator, or the case's "
            + "advisor)", description = "An absent perspective keeps its answer; one wrong entry changes nothing.")
    @ApiResponse(responseCode = "200", description = "Revised; the eindmeting")
    @ApiResponse(responseCode = "400", description = "issues empty, an unknown or repeated code, or an answer "
            + "incomplete or out of range (each wrong field named); nothing changes")
    @ApiResponse(responseCode = "403", description = WORKERS)
    @ApiResponse(responseCode = "409", description = IN_PROGRESS)
    ResponseEntity<EindmetingView> revise(@PathVariable String caseId, IfMatch ifMatch,
                                          @RequestBody Requests.BulkReviewRequest request) {
        List<Review.IssueChange> changes = Requests.reviewChanges(request, catalogue);
        return view(cases.recordEindmeting(caseId, ifMatch.expectedVersion(), changes));
    }

    @PutMapping("/eindmeting/issues/{code}")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    @Operation(summary = "Revise the eindmeting's answers for one ISO 26000 issue (coordinator, or the case's "
            + "advisor)", description = "An absent perspective keeps its answer.")
    @ApiResponse(responseCode = "200", description = "Revised; the eindmeting")
    @ApiResponse(responseCode = "400", description = "code is not an ISO 26000 issue of the catalogue, or an answer "
            + "is incomplete or out of range; nothing changes")
    @ApiResponse(responseCode = "403", description = WORKERS)
    @ApiResponse(responseCode = "409", description = IN_PROGRESS)
    ResponseEntity<EindmetingView> reviseIssue(@PathVariable String caseId, @PathVariable String code, IfMatch ifMatch,
                                               @RequestBody Requests.IssueReviewRequest request) {
        List<Review.IssueChange> changes = Requests.reviewChange(code, request, catalogue);
        return view(cases.recordEindmeting(caseId, ifMatch.expectedVersion(), changes));
    }

    @PostMapping("/eindmeting/complete")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    @Operation(summary = "Complete the eindmeting: it counts in the impact report and cannot change any more "
            + "(coordinator, or the case's advisor)")
    @ApiResponse(responseCode = "200", description = "Completed; the eindmeting")
    @ApiResponse(responseCode = "403", description = WORKERS)
    @ApiResponse(responseCode = "409", description = "rule review-incomplete: an issue misses an answer; "
            + IN_PROGRESS)
    ResponseEntity<EindmetingView> complete(@PathVariable String caseId, IfMatch ifMatch) {
        return view(cases.completeEindmeting(caseId, ifMatch.expectedVersion()));
    }

    @PutMapping("/final-year")
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Choose the footprint year of the eindmeting; null for the newest year after the baseline "
            + "(coordinator)")
    @ApiResponse(responseCode = "200", description = "Set; the eindmeting")
    @ApiResponse(responseCode = "403", description = "Only the coordinator chooses the eindmeting's year")
    @ApiResponse(responseCode = "409", description = CaseController.CLOSED)
    ResponseEntity<EindmetingView> finalYear(@PathVariable String caseId, IfMatch ifMatch,
                                             @RequestBody Requests.BaselineYearRequest request) {
        return view(cases.setFinalYear(caseId, ifMatch.expectedVersion(), request.validYear()));
    }

    @GetMapping("/comparison")
    @Operation(summary = "Compare the eindmeting with the nulmeting: scores per core subject and the footprint per "
            + "scope and theme", description = "Final values are null while there is no eindmeting, or no footprint "
            + "of a year after the baseline's.")
    Comparison comparison(@PathVariable String caseId) {
        return cases.comparison(caseId);
    }

    /** The completed eindmeting as a PDF; before it is completed there is none (404), as for a draft profile. */
    @GetMapping(value = "/eindmeting.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Download the completed eindmeting with its comparison as a PDF in Dutch")
    @ApiResponse(responseCode = "200", description = "The PDF, inline (eindmeting.pdf)",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string",
                    format = "binary")))
    @ApiResponse(responseCode = "404", description = "No such case for the caller, or its eindmeting is not completed")
    ResponseEntity<byte[]> pdf(@PathVariable String caseId) {
        AssessmentCase c = cases.get(caseId);
        if (!c.eindmetingCompleted()) {
            throw new NotFoundException("Completed eindmeting of case", caseId);
        }
        String gemeente = TenantContext.require().value();
        String gemeenteName = gemeenten.displayName(gemeente);
        byte[] pdf = EindmetingPdf.render(c, cases.compare(c), gemeenteName, logos.of(gemeente).orElse(null));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"eindmeting.pdf\"")
                .body(pdf);
    }

    private ResponseEntity<EindmetingView> view(AssessmentCase c) {
        Review eindmeting = c.eindmeting();
        return ResponseEntity.ok().eTag(ETags.of(c.version()))
                .body(new EindmetingView(c.eindmetingStatus(), eindmeting == null ? null : eindmeting.startedAt(),
                        eindmeting == null ? null : eindmeting.completedAt(), c.finalYear(),
                        CaseView.issueViews(eindmeting, catalogue), c.version()));
    }
}
