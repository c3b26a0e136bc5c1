package nl.koploper.cohort.network;

/** Where a membership stands. */
enum NetworkMemberStatus {
    ACTIVE,
    /** The member left on its own. */
    LEFT,
    /** The coordinator removed it, with a reason. */
    REMOVED
}
