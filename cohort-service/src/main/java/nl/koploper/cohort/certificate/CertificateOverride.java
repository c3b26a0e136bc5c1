package nl.koploper.cohort.certificate;

import java.time.Instant;

/**
 * The coordinator's decision that an organisation gets its certificate although it does not meet the completion
 * criteria, with the reason it is kept and shown for.
 *
 * @param overriddenBy the token subject of the coordinator who decided
 */
public record CertificateOverride(String participantId, String reason, String overriddenBy, Instant overriddenAt) {
}
