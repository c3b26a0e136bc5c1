package nl.koploper.cohort.certificate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A certificate of participation, issued on completion to a participant that finished the year. What it shows is
 * kept as it was printed (the gemeente's name at the time, the date), so that a later download is the same document.
 *
 * @param verificationCode see {@link VerificationCodes}
 * @param issuedOn         the Dutch local date of the completion
 */
public record Certificate(String participantId, String organisationName, String gemeenteName, String verificationCode,
                          LocalDate issuedOn, Instant issuedAt) {
}
