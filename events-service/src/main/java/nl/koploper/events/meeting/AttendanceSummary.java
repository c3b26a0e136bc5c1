package nl.koploper.events.meeting;

/**
 * A meeting's attendance in numbers, over its current (not withdrawn) invitations.
 *
 * @param notRecorded invitations for which the coordinator recorded nothing
 */
public record AttendanceSummary(int invited, int present, int absent, int notRecorded) {
}
