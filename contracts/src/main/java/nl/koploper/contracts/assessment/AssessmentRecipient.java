package nl.koploper.contracts.assessment;

/**
 * Someone an assessment event is addressed to.
 *
 * @param role   {@code PARTICIPANT} (the organisation's contact person) or {@code ADVISOR}; more may be added
 * @param locale the language to write in, {@code nl} or {@code en}
 */
public record AssessmentRecipient(String role, String name, String email, String locale) {
}
