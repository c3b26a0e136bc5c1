package nl.koploper.cohort.certificate;

import nl.koploper.cohort.cohort.VerificationCodes;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anyone holding a certificate's code confirms it here (no login; the gateway rate-limits {@code /api/public/**}, so
 * codes cannot be tried in bulk, and 80 random bits could not be guessed anyway). It answers only what the certificate
 * shows: organisation, cohort, gemeente and date.
 */
@RestController
class PublicCertificateController {

    private final CertificateRegister register;

    PublicCertificateController(CertificateRegister register) {
        this.register = register;
    }

    @GetMapping("/api/public/certificates/{code}")
    VerificationView verify(@PathVariable String code) {
        String canonical = VerificationCodes.normalize(code).orElseThrow(() -> new InvalidInputException("code",
                "must be a certificate verification code: " + VerificationCodes.LENGTH
                        + " letters and digits, optionally in groups of four joined by hyphens"));
        return register.verify(canonical).orElseThrow(() -> new NotFoundException("Certificate", canonical));
    }
}
