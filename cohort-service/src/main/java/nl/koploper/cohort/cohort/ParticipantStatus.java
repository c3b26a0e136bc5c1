package nl.koploper.cohort.cohort;

/** A registration's standing in its cohort. */
public enum ParticipantStatus {
    /** Has one of the cohort's places. */
    PLACED,
    /** The cohort was full; waits, in registration order, for a place to come free. */
    WAITLISTED,
    /** Left on its own initiative. */
    WITHDRAWN,
    /** Taken out by the coordinator, with a reason. */
    REMOVED;

    boolean active() {
        return this == PLACED || this == WAITLISTED;
    }
}
