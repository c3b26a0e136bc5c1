package nl.koploper.assessment.impact;

import nl.koploper.assessment.cases.CaseLookup;
import nl.koploper.platform.branding.GemeenteLogos;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gemeente's impact report for its coordinator (and the Koploper team naming the gemeente), per cohort or over
 * all its cohorts, as JSON and as PDF; and the figures over every gemeente, for platform-admin only.
 */
@RestController
@RequestMapping("/api/assessments")
class ImpactController {

    private final ImpactService impact;
    private final CaseLookup cases;
    private final GemeenteLogos logos;

    ImpactController(ImpactService impact, CaseLookup cases, GemeenteLogos logos) {
        this.impact = impact;
        this.cases = cases;
        this.logos = logos;
    }

    @GetMapping("/impact")
    @PreAuthorize("hasAnyRole('coordinator', 'platform-admin')")
    ImpactReport report(@RequestParam(required = false) String cohortId) {
        return impact.report(cohort(cohortId));
    }

    @GetMapping(value = "/impact.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAnyRole('coordinator', 'platform-admin')")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String cohortId) {
        ImpactReport report = impact.report(cohort(cohortId));
        byte[] pdf = ImpactPdf.render(report, logos.of(report.gemeente()).orElse(null));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"impactrapportage.pdf\"").body(pdf);
    }

    @GetMapping("/impact/platform")
    @PreAuthorize("hasRole('platform-admin')")
    PlatformImpact platform() {
        return PlatformImpact.of(impact.platform());
    }

    /** The cohort, checked: one of this gemeente's (a cohort without cases here is another's, or unknown: 404). */
    private String cohort(String cohortId) {
        if (cohortId == null) {
            return null;
        }
        if (cohortId.isBlank() || cohortId.length() > 100) {
            throw new InvalidInputException("cohortId", "Name a cohort id (at most 100 characters), or leave it out "
                    + "for all cohorts");
        }
        if (cases.opened(cohortId).isEmpty()) {
            throw new NotFoundException("Cohort", cohortId);
        }
        return cohortId;
    }

}
