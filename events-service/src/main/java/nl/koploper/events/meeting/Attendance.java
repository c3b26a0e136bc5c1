package nl.koploper.events.meeting;

/** Whether an invitee was at the meeting, as the coordinator recorded it. */
public enum Attendance {
    PRESENT,
    ABSENT,
    /** Nothing recorded (yet): not the same as absent, which the impact report counts. */
    NOT_RECORDED
}
