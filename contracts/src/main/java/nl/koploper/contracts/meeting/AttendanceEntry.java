package nl.koploper.contracts.meeting;

/**
 * Whether one invitee was at a meeting.
 *
 * @param participantId the cohort participant or network member, or null for a guest
 * @param kind          {@code PARTICIPANT}, {@code NETWORK_MEMBER} or {@code GUEST}; more may be added
 */
public record AttendanceEntry(String invitationId, String participantId, String kind, String name,
                              boolean present) {
}
