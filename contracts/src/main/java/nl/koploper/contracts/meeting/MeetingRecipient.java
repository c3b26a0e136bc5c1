package nl.koploper.contracts.meeting;

/**
 * One invitee whom an event concerns, as mail is addressed to them.
 *
 * @param invitationId  the invitation, stable for its whole life
 * @param participantId the cohort participant or network member invited, or null for a guest invited by e-mail
 * @param kind          {@code PARTICIPANT}, {@code NETWORK_MEMBER} or {@code GUEST}; more may be added
 * @param locale        the language to write in, {@code nl} or {@code en}
 * @param rsvpUrl       the personal RSVP link (a signed token that expires when the meeting starts), or null when
 *                      there is nothing left to answer (a cancellation)
 */
public record MeetingRecipient(String invitationId, String participantId, String kind, String name, String email,
                               String locale, String rsvpUrl) {
}
