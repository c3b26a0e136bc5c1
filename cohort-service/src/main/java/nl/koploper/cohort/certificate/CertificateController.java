package nl.koploper.cohort.certificate;

import java.util.List;
import nl.koploper.cohort.cohort.Callers;
import nl.koploper.cohort.cohort.Certificate;
import nl.koploper.cohort.cohort.Cohort;
import nl.koploper.cohort.cohort.CohortStore;
import nl.koploper.platform.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A completed cohort's certificates: the coordinator lists them; the coordinator and the participant itself download
 * one as PDF (rendered on request from what was issued, so every download is the same certificate).
 */
@RestController
@RequestMapping("/api/cohorts/{cohortId}/certificates")
class CertificateController {

    private final CohortStore cohorts;
    private final CertificateRegister register;
    private final CertificateLogos logos;
    private final CertificateLinks links;

    CertificateController(CohortStore cohorts, CertificateRegister register, CertificateLogos logos,
                          CertificateLinks links) {
        this.cohorts = cohorts;
        this.register = register;
        this.logos = logos;
        this.links = links;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('coordinator', 'platform-admin')")
    List<CertificateView> list(@PathVariable String cohortId) {
        Cohort cohort = cohorts.get(cohortId);
        return cohort.certificates().stream().map(certificate -> CertificateView.of(cohort, certificate)).toList();
    }

    @GetMapping(value = "/{participantId}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAnyRole('coordinator', 'participant', 'platform-admin')")
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
