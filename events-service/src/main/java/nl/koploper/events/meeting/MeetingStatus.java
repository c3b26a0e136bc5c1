package nl.koploper.events.meeting;

/** Where a meeting is in its life. */
public enum MeetingStatus {
    /** Proposed (the kick-off, once a cohort reaches its minimum) and not yet confirmed: nobody has been told. */
    DRAFT,
    /** Invitations are out; it can still be rescheduled or cancelled until it starts. */
    SCHEDULED,
    /** Called off; the invitees were told. */
    CANCELLED,
    /** It took place (its end has passed). */
    HELD
}
