package nl.koploper.assessment.cases;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import nl.koploper.assessment.catalogue.IssueCatalogue;
import nl.koploper.platform.web.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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

    private final CaseService cases;
    private final IssueCatalogue catalogue;

    CaseController(CaseService cases, IssueCatalogue catalogue) {
        this.cases = cases;
        this.catalogue = catalogue;
    }

    @GetMapping
    PageView<CaseSummary> list(@RequestParam(required = false) @Size(max = 100) String cohortId,
                               @RequestParam(required = false) CaseStatus status,
                               @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return cases.list(cohortId == null || cohortId.isBlank() ? null : cohortId, status, page, size);
    }

    @GetMapping("/{caseId}")
    ResponseEntity<CaseView> get(@PathVariable String caseId) {
        return withETag(cases.get(caseId));
    }

    @PutMapping("/{caseId}/advisor")
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Wijst een adviseur uit het adviseursregister toe (of vervangt de adviseur)")
    @ApiResponse(responseCode = "200", description = "Assigned; a change of advisor publishes AdvisorAssigned")
    @ApiResponse(responseCode = "400", description = "advisorId missing or not in the gemeente's register, locale "
            + "not nl or en; nothing changes")
    @ApiResponse(responseCode = "403", description = "Not a coordinator")
    @ApiResponse(responseCode = "404", description = "No such case in this gemeente")
    @ApiResponse(responseCode = "409", description = "case-closed")
    @ApiResponse(responseCode = "412", description = "If-Match names an older version")
    ResponseEntity<CaseView> assignAdvisor(@PathVariable String caseId,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @RequestBody Requests.AssignAdvisorRequest request) {
        return withETag(cases.assignAdvisor(caseId, ETags.expectedVersion(ifMatch), request));
    }

    @PutMapping("/{caseId}/baseline-year")
    @PreAuthorize("hasRole('coordinator')")
    ResponseEntity<CaseView> baselineYear(@PathVariable String caseId,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                          @RequestBody Requests.BaselineYearRequest request) {
        return withETag(cases.setBaselineYear(caseId, ETags.expectedVersion(ifMatch), request.validYear()));
    }

    @PutMapping("/{caseId}/visit")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    ResponseEntity<CaseView> planVisit(@PathVariable String caseId,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                       @RequestBody Requests.VisitRequest request) {
        return withETag(cases.planVisit(caseId, ETags.expectedVersion(ifMatch), request));
    }

    @PutMapping("/{caseId}/review/issues/{code}")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    ResponseEntity<CaseView> reviewIssue(@PathVariable String caseId, @PathVariable String code,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         @RequestBody Requests.IssueReviewRequest request) {
        List<AssessmentCase.ReviewChange> changes = Requests.reviewChange(code, request, catalogue);
        return withETag(cases.review(caseId, ETags.expectedVersion(ifMatch), changes));
    }

    @PutMapping("/{caseId}/review")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    ResponseEntity<CaseView> reviewIssues(@PathVariable String caseId,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                          @RequestBody Requests.BulkReviewRequest request) {
        List<AssessmentCase.ReviewChange> changes = Requests.reviewChanges(request, catalogue);
        return withETag(cases.review(caseId, ETags.expectedVersion(ifMatch), changes));
    }

    private ResponseEntity<CaseView> withETag(AssessmentCase assessmentCase) {
        return ResponseEntity.ok().eTag(ETags.of(assessmentCase.version()))
                .body(CaseView.of(assessmentCase, catalogue, cases.baseline(assessmentCase).orElse(null),
                        cases.profiles(assessmentCase)));
    }
}
