package nl.koploper.cohort.certificate;

import java.time.LocalDate;
import nl.koploper.cohort.cohort.Cohort;

/** A certificate as the coordinator's list shows it; {@code downloadPath} serves the PDF. */
record CertificateView(String participantId, String organisationName, String verificationCode, LocalDate issuedOn,
                       String downloadPath) {

    static CertificateView of(Cohort cohort, Certificate certificate) {
        return new CertificateView(certificate.participantId(), certificate.organisationName(),
                VerificationCodes.display(certificate.verificationCode()), certificate.issuedOn(),
                cohort.certificatePath(certificate.participantId()));
    }
}
