package nl.koploper.cohort.certificate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.koploper.cohort.cohort.Cohort;
import nl.koploper.cohort.cohort.CohortStore;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.ProblemText;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anyone holding a certificate's code confirms it here (the API behind the portal's page
 * {@code <public-base-url>/certificaat/<code>} that the certificate and its mail print; no login; the gateway
 * rate-limits {@code /api/public/**}, so codes cannot be tried in bulk, and 80 random bits could not be guessed
 * anyway). It answers only what the certificate shows: organisation, cohort, gemeente and date; and the certificate
 * itself as PDF, since the code is printed on it and mailed to the participant anyway: whoever holds the code may hold
 * the document (notification-service attaches it to the certificate mail from here).
 */
@RestController
class PublicCertificateController {

    private static final String NOT_A_CODE = "Not a verification code: 16 letters and digits, optionally in groups of "
            + "four joined by hyphens";

    private final CertificateRegister register;
    private final CohortStore cohorts;
    private final CertificateLogos logos;
    private final CertificateLinks links;

    PublicCertificateController(CertificateRegister register, CohortStore cohorts, CertificateLogos logos,
                                CertificateLinks links) {
        this.register = register;
        this.cohorts = cohorts;
        this.logos = logos;
        this.links = links;
    }

    @GetMapping("/api/public/certificates/{code}")
    @Operation(summary = "Confirm a certificate by the verification code printed on it (anyone, no login)")
    @ApiResponse(responseCode = "200", description = "What the certificate shows: organisation, cohort, gemeente, date")
    @ApiResponse(responseCode = "400", description = NOT_A_CODE)
    @ApiResponse(responseCode = "404", description = "No certificate has this code")
    VerificationView verify(@PathVariable String code) {
        String canonical = canonical(code);
        return register.verify(canonical).orElseThrow(() -> new NotFoundException("Certificate", canonical));
    }

    /**
     * The same PDF as the coordinator's and participant's download ({@link CertificateController}): rendered on
     * request from the issued certificate, with the logo kept on completion. The register names the gemeente and
     * cohort; the cohort is then read in that gemeente, so a register entry can never show another gemeente's data.
     */
    @GetMapping(value = "/api/public/certificates/{code}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Download the certificate with this verification code as PDF (anyone holding the code, no "
            + "login)")
    @ApiResponse(responseCode = "200", description = "The certificate, as attachment",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
    @ApiResponse(responseCode = "400", description = NOT_A_CODE)
    @ApiResponse(responseCode = "404", description = "No certificate has this code")
    ResponseEntity<byte[]> pdf(@PathVariable String code) {
        String canonical = canonical(code);
        CertificateRegister.Location entry = register.locate(canonical)
                .orElseThrow(() -> new NotFoundException("Certificate", canonical));
        // Everything in the certificate's gemeente, the kept logo too (whatever gemeente a caller's token names).
        byte[] pdf = TenantContext.callAs(TenantId.of(entry.tenantId()), () -> {
            Cohort cohort = cohorts.get(entry.cohortId());
            Certificate certificate = cohort.certificates().stream()
                    .filter(c -> c.verificationCode().equals(canonical))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("Certificate", canonical));
            return CertificatePdf.render(certificate, cohort.name(), cohort.year(),
                    links.verificationPage(certificate.verificationCode()),
                    logos.logo(cohort).orElse(null));
        });
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificaat-" + VerificationCodes.display(canonical) + ".pdf").build().toString())
                .body(pdf);
    }

    private static String canonical(String code) {
        return VerificationCodes.normalize(code).orElseThrow(() -> new InvalidInputException("code", "invalid",
                new ProblemText("certificate.code", "must be a certificate verification code: "
                        + VerificationCodes.LENGTH + " letters and digits, optionally in groups of four joined by "
                        + "hyphens", VerificationCodes.LENGTH)));
    }
}
