package nl.koploper.contracts.cohort;

/** One participant of a cohort, as the cohort-wide events (minimum reached, started, completed, cancelled) list it. */
public record ParticipantSummary(String participantId, String organisationName, String kvkNumber,
                                 ContactDetails contact) {
}
