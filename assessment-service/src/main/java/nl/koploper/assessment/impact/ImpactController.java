package nl.koploper.assessment.impact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

    private static final String REPORT = "Cases that are closed do not count. A platform-admin names the gemeente "
            + "with the tenant query parameter.";
    private static final String READERS = "Only the coordinator or platform-admin reads the impact report";
    private static final String NO_COHORT = "cohortId names no cohort with cases in this gemeente";

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
    @Operation(summary = "Read the gemeente's impact report, of one cohort or of all its cohorts (coordinator, "
            + "platform-admin)", description = REPORT)
    @ApiResponse(responseCode = "200", description = "The report")
    @ApiResponse(responseCode = "403", description = READERS)
    @ApiResponse(responseCode = "404", description = NO_COHORT)
    ImpactReport report(@RequestParam(required = false) String cohortId) {
        return impact.report(cohort(cohortId));
    }

    @GetMapping(value = "/impact.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAnyRole('coordinator', 'platform-admin')")
    @Operation(summary = "Download the gemeente's impact report as a PDF in Dutch, of one cohort or all its cohorts "
            + "(coordinator, platform-admin)", description = REPORT)
    @ApiResponse(responseCode = "200", description = "The PDF, inline (impactrapportage.pdf)",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string",
                    format = "binary")))
    @ApiResponse(responseCode = "403", description = READERS)
    @ApiResponse(responseCode = "404", description = NO_COHORT)
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String cohortId) {
        ImpactReport report = impact.report(cohort(cohortId));
        byte[] pdf = ImpactPdf.render(report, logos.of(report.gemeente()).orElse(null));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"impactrapportage.pdf\"").body(pdf);
    }

    @GetMapping("/impact/platform")
    @PreAuthorize("hasRole('platform-admin')")
    @Operation(summary = "Read the impact figures of every gemeente and their totals (platform-admin)")
    @ApiResponse(responseCode = "200", description = "Per gemeente its report, and the totals")
    @ApiResponse(responseCode = "403", description = "Only platform-admin sees all gemeenten")
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
