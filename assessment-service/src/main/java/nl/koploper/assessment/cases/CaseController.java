package nl.koploper.assessment.cases;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import nl.koploper.assessment.catalogue.IssueCatalogue;
import nl.koploper.assessment.review.Review;
import nl.koploper.platform.web.ETags;
import nl.koploper.platform.web.IfMatch;
import nl.koploper.platform.web.PageView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gemeente's assessment cases: the coordinator sees all and assigns advisors; an advisor sees and works on the
 * cases assigned to them; a participant reads its own. Reads answer with the case version as ETag; every change
 * honours {@code If-Match} (412 when stale).
 */
@RestController
@Validated
@RequestMapping("/api/assessments/cases")
@PreAuthorize("hasAnyRole('coordinator', 'advisor', 'participant', 'platform-admin')")
class CaseController {

    static final String CLOSED = "rule case-closed: the organisation left the cohort; its case cannot change";
    private static final String VISIT_FIRST = "rule visit-not-planned: the review is recorded at the visit, plan it "
            + "first; ";
    private static final String REVIEW_RULES = "An absent perspective keeps its current answer. When every issue has "
            + "both answers the case becomes REVIEWED and NulmetingCompleted is published.";

    private final CaseService cases;
    private final IssueCatalogue catalogue;

    CaseController(CaseService cases, IssueCatalogue catalogue) {
        this.cases = cases;
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "List the assessment cases the caller may see, by organisation name, a page at a time",
            description = "The coordinator (and platform-admin) sees every opened case of the gemeente, an advisor "
                    + "the cases assigned to them, a participant its own organisation's.")
    PageView<CaseSummary> list(@RequestParam(required = false) @Size(max = 100) String cohortId,
                               @RequestParam(required = false) CaseStatus status,
                               @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return cases.list(cohortId == null || cohortId.isBlank() ? null : cohortId, status, page, size);
    }

    @GetMapping("/{caseId}")
    @Operation(summary = "Read one assessment case: organisation, advisor, visit, nulmeting, baseline footprint and profiles",
            description = "The ETag is the case's version: send it as If-Match with a change. A case the caller may "
                    + "not see (another advisor's, another organisation's) is a 404, as one that does not exist.")
    ResponseEntity<CaseView> get(@PathVariable String caseId) {
        return withETag(cases.get(caseId));
    }

    @PutMapping("/{caseId}/advisor")
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Assign an advisor from the gemeente's advisor register to the case, or replace them "
            + "(coordinator)", description = "Assigning the same advisor again changes nothing.")
    @ApiResponse(responseCode = "200", description = "Assigned; a new advisor is published as AdvisorAssigned (they "
            + "are mailed and may then work on the case)")
    @ApiResponse(responseCode = "400", description = "advisorId missing or not in the gemeente's register, or locale "
            + "not nl or en; nothing changes")
    @ApiResponse(responseCode = "403", description = "Only the coordinator assigns advisors")
    @ApiResponse(responseCode = "409", description = CLOSED)
    ResponseEntity<CaseView> assignAdvisor(@PathVariable String caseId, IfMatch ifMatch,
                                           @RequestBody Requests.AssignAdvisorRequest request) {
        return withETag(cases.assignAdvisor(caseId, ifMatch.expectedVersion(), request));
    }

    @PutMapping("/{caseId}/baseline-year")
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Choose the footprint year that counts as the case's baseline (coordinator)")
    @ApiResponse(responseCode = "200", description = "Set; the case with the baseline of that year")
    @ApiResponse(responseCode = "403", description = "Only the coordinator chooses the baseline year")
    @ApiResponse(responseCode = "409", description = CLOSED)
    ResponseEntity<CaseView> baselineYear(@PathVariable String caseId, IfMatch ifMatch,
                                          @RequestBody Requests.BaselineYearRequest request) {
        return withETag(cases.setBaselineYear(caseId, ifMatch.expectedVersion(), request.validYear()));
    }

    @PutMapping("/{caseId}/visit")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    @Operation(summary = "Plan or move the on-site nulmeting visit (coordinator, or the case's advisor)",
            description = "The first plan invites the contact and the advisor (NulmetingVisitPlanned, with a "
                    + "calendar entry); a move sends both one update (NulmetingVisitRescheduled). The same time and "
                    + "place again changes and sends nothing.")
    @ApiResponse(responseCode = "200", description = "Planned or moved")
    @ApiResponse(responseCode = "400", description = "start or end missing, not existing in Europe/Amsterdam (the "
            + "hour skipped for summer time), end not after start, start not in the future, or location missing or "
            + "over 500 characters")
    @ApiResponse(responseCode = "403", description = "Only the coordinator or an advisor plans visits")
    @ApiResponse(responseCode = "409", description = "rule advisor-not-assigned: assign an advisor first (they are "
            + "invited); " + CLOSED)
    ResponseEntity<CaseView> planVisit(@PathVariable String caseId, IfMatch ifMatch,
                                       @RequestBody Requests.VisitRequest request) {
        return withETag(cases.planVisit(caseId, ifMatch.expectedVersion(), request));
    }

    @PutMapping("/{caseId}/nulmeting/issues/{code}")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    @Operation(summary = "Record the nulmeting's answers for one ISO 26000 issue (coordinator, or the case's advisor)",
            description = REVIEW_RULES)
    @ApiResponse(responseCode = "200", description = "Recorded; the case with its nulmeting")
    @ApiResponse(responseCode = "400", description = "code is not an ISO 26000 issue of the catalogue, or an answer "
            + "is incomplete or out of range (each wrong field named); nothing changes")
    @ApiResponse(responseCode = "403", description = "Only the coordinator or an advisor records the nulmeting")
    @ApiResponse(responseCode = "409", description = VISIT_FIRST + CLOSED)
    ResponseEntity<CaseView> recordNulmetingIssue(@PathVariable String caseId, @PathVariable String code,
                                                  IfMatch ifMatch, @RequestBody Requests.IssueReviewRequest request) {
        List<Review.IssueChange> changes = Requests.reviewChange(code, request, catalogue);
        return withETag(cases.recordNulmeting(caseId, ifMatch.expectedVersion(), changes));
    }

    @PutMapping("/{caseId}/nulmeting")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    @Operation(summary = "Record the nulmeting's answers for several issues at once (coordinator, or the case's "
            + "advisor)", description = REVIEW_RULES + " The whole list is checked first: one wrong entry changes "
            + "nothing.")
    @ApiResponse(responseCode = "200", description = "Recorded; the case with its nulmeting")
    @ApiResponse(responseCode = "400", description = "issues empty, an unknown or repeated code, or an answer "
            + "incomplete or out of range (each wrong field named, e.g. issues[3].internal.maturity); nothing changes")
    @ApiResponse(responseCode = "403", description = "Only the coordinator or an advisor records the nulmeting")
    @ApiResponse(responseCode = "409", description = VISIT_FIRST + CLOSED)
    ResponseEntity<CaseView> recordNulmeting(@PathVariable String caseId, IfMatch ifMatch,
                                             @RequestBody Requests.BulkReviewRequest request) {
        List<Review.IssueChange> changes = Requests.reviewChanges(request, catalogue);
        return withETag(cases.recordNulmeting(caseId, ifMatch.expectedVersion(), changes));
    }

    private ResponseEntity<CaseView> withETag(AssessmentCase assessmentCase) {
        return ResponseEntity.ok().eTag(ETags.of(assessmentCase.version()))
                .body(CaseView.of(assessmentCase, catalogue, cases.baseline(assessmentCase).orElse(null),
                        cases.profiles(assessmentCase)));
    }
}
