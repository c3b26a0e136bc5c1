package nl.koploper.contracts.cohort;

import java.time.Instant;
import java.time.LocalDate;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * A participant that finished a cohort received its certificate of participation (certificaat van deelname).
 *
 * @param verificationCode the code printed on the certificate; {@code GET /api/public/certificates/{code}} confirms it
 *                         (people check it on the portal's page {@code <public-base-url>/certificaat/{code}}, which
 *                         calls that)
 * @param downloadPath     where the coordinator and the participant itself download the PDF (behind the gateway)
 * @param issuedOn         the date printed on it (Dutch local date)
 */
@EventType(value = "nl.koploper.cohort.certificate-issued.v1", topic = Topics.COHORT_EVENTS)
public record CertificateIssued(String tenantId, String cohortId, String cohortName, int year, String participantId,
                                String organisationName, ContactDetails contact, String gemeenteName,
                                String verificationCode, String downloadPath, LocalDate issuedOn,
                                Instant issuedAt) {
}
