package nl.koploper.cohort.certificate;

import java.time.LocalDate;

/** What the public verification confirms about a certificate: no ids, no contact, nothing beyond what it shows. */
record VerificationView(String organisationName, String cohortName, String gemeenteName, LocalDate issuedOn) {
}
