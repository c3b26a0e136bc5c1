package nl.koploper.assessment.cases;

import java.util.List;
import nl.koploper.assessment.catalogue.IssueCatalogue;
import nl.koploper.contracts.tenant.GemeenteProfile;
import nl.koploper.platform.branding.GemeenteLogos;
import nl.koploper.platform.gemeente.GemeenteRegistry;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.ETags;
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
import org.springframework.web.bind.annotation.RequestHeader;
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
class FinalReviewController {

    private final CaseService cases;
    private final IssueCatalogue catalogue;
    private final GemeenteRegistry gemeenten;
    private final GemeenteLogos logos;

    FinalReviewController(CaseService cases, IssueCatalogue catalogue, GemeenteRegistry gemeenten,
                          GemeenteLogos logos) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.gemeenten = gemeenten;
        this.logos = logos;
    }

    /** The eindmeting's answers; participants read them too (they are about their organisation). */
    record FinalReviewView(String status, java.time.Instant startedAt, java.time.Instant completedAt,
                           Integer finalYear, List<CaseView.IssueView> issues, Long version) {
    }

    @GetMapping("/final-review")
    ResponseEntity<FinalReviewView> get(@PathVariable String caseId) {
        return view(cases.get(caseId));
    }

    @PostMapping("/final-review")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    ResponseEntity<FinalReviewView> start(@PathVariable String caseId,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return view(cases.startFinalReview(caseId, ETags.expectedVersion(ifMatch)));
    }

    @PutMapping("/final-review")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    ResponseEntity<FinalReviewView> revise(@PathVariable String caseId,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @RequestBody Requests.BulkReviewRequest request) {
        List<AssessmentCase.ReviewChange> changes = Requests.reviewChanges(request, catalogue);
        return view(cases.finalReview(caseId, ETags.expectedVersion(ifMatch), changes));
    }

    @PutMapping("/final-review/issues/{code}")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    ResponseEntity<FinalReviewView> reviseIssue(@PathVariable String caseId, @PathVariable String code,
                                                @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                @RequestBody Requests.IssueReviewRequest request) {
        List<AssessmentCase.ReviewChange> changes = Requests.reviewChange(code, request, catalogue);
        return view(cases.finalReview(caseId, ETags.expectedVersion(ifMatch), changes));
    }

    @PostMapping("/final-review/complete")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    ResponseEntity<FinalReviewView> complete(@PathVariable String caseId,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return view(cases.completeFinalReview(caseId, ETags.expectedVersion(ifMatch)));
    }

    @PutMapping("/final-year")
    @PreAuthorize("hasRole('coordinator')")
    ResponseEntity<FinalReviewView> finalYear(@PathVariable String caseId,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @RequestBody Requests.BaselineYearRequest request) {
        return view(cases.setFinalYear(caseId, ETags.expectedVersion(ifMatch), request.validYear()));
    }

    @GetMapping("/comparison")
    Comparison comparison(@PathVariable String caseId) {
        return cases.comparison(caseId);
    }

    /** The completed eindmeting as a PDF; before it is completed there is none (404), as for a draft profile. */
    @GetMapping(value = "/final-review.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String caseId) {
        AssessmentCase c = cases.get(caseId);
        if (c.finalReviewedAt() == null) {
            throw new NotFoundException("Completed eindmeting of case", caseId);
        }
        String tenant = TenantContext.require().value();
        String gemeente = gemeenten.profile(tenant).map(GemeenteProfile::displayName).orElse(tenant);
        byte[] pdf = FinalAssessmentPdf.render(c, cases.compare(c), gemeente, logos.of(tenant).orElse(null));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"eindmeting.pdf\"")
                .body(pdf);
    }

    private ResponseEntity<FinalReviewView> view(AssessmentCase c) {
        String status = c.finalStartedAt() == null ? "NOT_STARTED"
                : c.finalReviewedAt() == null ? "IN_PROGRESS" : "COMPLETED";
        List<CaseView.IssueView> issues = c.finalReview() == null ? List.of() : c.finalReview().stream()
                .map(r -> {
                    var issue = catalogue.get(r.code());
                    return new CaseView.IssueView(r.code(), issue.title(), issue.coreSubject().name(), r.internal(),
                            r.productsAndServices());
                }).toList();
        return ResponseEntity.ok().eTag(ETags.of(c.version()))
                .body(new FinalReviewView(status, c.finalStartedAt(), c.finalReviewedAt(), c.finalYear(), issues,
                        c.version()));
    }
}
