package nl.koploper.cohort.certificate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.koploper.cohort.cohort.Callers;
import nl.koploper.cohort.cohort.Cohort;
import nl.koploper.cohort.cohort.CohortStore;
import nl.koploper.platform.gemeente.GemeenteRegistry;
import nl.koploper.platform.security.CurrentUser;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.NotFoundException;
import org.springframework.http.ContentDisposition;
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
 * A completed cohort's certificates: the coordinator lists them; the coordinator and the participant itself download
 * one as PDF (rendered on request from what was issued, so every download is the same certificate). The coordinator
 * sees per organisation which completion criteria are met, sets the attendance criterion and overrides the criteria
 * for one organisation with a reason.
 */
@RestController
@RequestMapping("/api/cohorts/{cohortId}/certificates")
class CertificateController {

    private final CohortStore cohorts;
    private final CertificateRegister register;
    private final CertificateLogos logos;
    private final CertificateLinks links;
    private final CompletionFacts facts;
    private final GemeenteRegistry gemeenten;
    private final Clock clock;

    CertificateController(CohortStore cohorts, CertificateRegister register, CertificateLogos logos,
                          CertificateLinks links, CompletionFacts facts, GemeenteRegistry gemeenten, Clock clock) {
        this.cohorts = cohorts;
        this.register = register;
        this.logos = logos;
        this.links = links;
        this.facts = facts;
        this.gemeenten = gemeenten;
        this.clock = clock;
    }

    @GetMapping("/criteria")
    @PreAuthorize("hasAnyRole('coordinator', 'platform-admin')")
    @Operation(summary = "Show per organisation which certificate criteria it meets, with the overrides "
            + "(coordinator, platform-admin)")
    CertificateCriteriaView criteria(@PathVariable String cohortId) {
        Cohort cohort = cohorts.get(cohortId);
        return CertificateCriteriaView.of(cohort, facts.of(cohort));
    }

    @PutMapping("/criteria")
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Set how many of the cohort's meetings an organisation must attend for its certificate "
            + "(coordinator)",
            description = "It can change until the cohort completes; the certificates are judged then.")
    @ApiResponse(responseCode = "200", description = "Set; the criteria per organisation, judged anew")
    @ApiResponse(responseCode = "400", description = "minimumMeetingsAttended is missing or not 0 to 50")
    @ApiResponse(responseCode = "403", description = "Only a coordinator")
    @ApiResponse(responseCode = "409", description = "rule cohort-closed: the cohort is COMPLETED or CANCELLED")
    CertificateCriteriaView setCriteria(@PathVariable String cohortId,
                                        @Valid @RequestBody CertificateCriteriaRequests.Criteria request) {
        Cohort cohort = cohorts.change(cohortId, null, c -> {
            c.requireMeetingsAttended(request.minimumMeetingsAttended());
            return c;
        });
        return CertificateCriteriaView.of(cohort, facts.of(cohort));
    }

    @PostMapping("/{participantId}/override")
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Give an organisation its certificate although it misses the criteria, with a reason "
            + "(coordinator)")
    @ApiResponse(responseCode = "200", description = "Recorded; the organisation's criteria. In a completed cohort "
            + "the certificate is issued at once, otherwise at completion")
    @ApiResponse(responseCode = "403", description = "Only a coordinator")
    @ApiResponse(responseCode = "404", description = "No such cohort or participant")
    @ApiResponse(responseCode = "409", description = "rule cohort-not-started: the cohort is not STARTED or COMPLETED; "
            + "rule participant-not-placed; rule certificate-already-issued; rule certificate-already-overridden")
    CertificateCriteriaView.Organisation override(@PathVariable String cohortId, @PathVariable String participantId,
                                                  @Valid @RequestBody CertificateCriteriaRequests.Override request) {
        String gemeenteName = gemeenten.displayName(TenantContext.require().value());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String by = CurrentUser.require().subject();
        Cohort cohort = cohorts.change(cohortId, null, c -> {
            c.overrideCertificateCriteria(participantId, request.reason(), by, gemeenteName,
                    VerificationCodes::generate, now);
            return c;
        });
        // A certificate issued now must verify at once, as those issued at completion do.
        register.completed(cohort);
        return CertificateCriteriaView.of(cohort, facts.of(cohort)).organisations().stream()
                .filter(organisation -> organisation.participantId().equals(participantId))
                .findFirst().orElseThrow();
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('coordinator', 'platform-admin')")
    @Operation(summary = "List the certificates issued in the cohort (coordinator, platform-admin)")
    List<CertificateView> list(@PathVariable String cohortId) {
        Cohort cohort = cohorts.get(cohortId);
        return cohort.certificates().stream().map(certificate -> CertificateView.of(cohort, certificate)).toList();
    }

    @GetMapping(value = "/{participantId}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAnyRole('coordinator', 'participant', 'platform-admin')")
    @Operation(summary = "Download an organisation's certificate as PDF (coordinator, platform-admin, the participant "
            + "itself)")
    @ApiResponse(responseCode = "200", description = "The certificate, as attachment",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
    @ApiResponse(responseCode = "404", description = "No such cohort or participant, no certificate issued to it, or "
            + "another organisation than the participant user's own")
    ResponseEntity<byte[]> download(@PathVariable String cohortId, @PathVariable String participantId) {
        Cohort cohort = cohorts.get(cohortId);
        Callers.participantVisibleToCaller(cohort, participantId);
        Certificate certificate = cohort.certificates().stream()
                .filter(c -> c.participantId().equals(participantId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Certificate", participantId));
        // A certificate must verify once it can be downloaded, also if the completion stopped before registering it.
        register.completed(cohort);
        byte[] pdf = CertificatePdf.render(certificate, cohort.name(), cohort.year(),
                links.verificationPage(certificate.verificationCode()),
                logos.logo(cohort).orElse(null));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificaat-" + participantId + ".pdf").build().toString())
                .body(pdf);
    }
}
