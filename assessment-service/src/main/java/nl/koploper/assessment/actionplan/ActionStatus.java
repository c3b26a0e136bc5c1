package nl.koploper.assessment.actionplan;

/** Where an action stands; DONE and DROPPED are finished: such an action is never overdue. */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, DROPPED;

    public boolean finished() {
        return this == DONE || this == DROPPED;
    }
}
