package nl.koploper.cohort.cohort;

/** Where a cohort is in its year: DRAFT → OPEN → STARTED → COMPLETED, or CANCELLED from DRAFT or OPEN. */
public enum CohortStatus {
    /** Being prepared by the coordinator; nobody can register yet. */
    DRAFT,
    /** Taking registrations (until the registration deadline) and keeping a waiting list. */
    OPEN,
    /** The year is under way; registration is closed. */
    STARTED,
    COMPLETED,
    CANCELLED
}
