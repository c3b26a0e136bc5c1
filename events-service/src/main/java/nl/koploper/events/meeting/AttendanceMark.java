package nl.koploper.events.meeting;

/** One line of the coordinator's bulk attendance list. */
public record AttendanceMark(String invitationId, boolean present) {

    public static AttendanceMark present(String invitationId) {
        return new AttendanceMark(invitationId, true);
    }

    public static AttendanceMark absent(String invitationId) {
        return new AttendanceMark(invitationId, false);
    }
}
