package nl.koploper.cohort.assignment;

import java.time.Instant;
import java.time.OffsetDateTime;
import nl.koploper.cohort.cohort.Cohort;
import nl.koploper.platform.web.AmsterdamWallClock;

/**
 * Which group a communication assignment belongs to and until when it is handed in, as its jurors and placed
 * participants may read it: nothing about who takes part. The deadline is in Dutch local time with its offset, as
 * the gemeente set it; {@code deadlinePassed} is judged by the service's clock, the one that refuses a late hand-in.
 */
record CohortAssignmentView(String id, String name, int year, OffsetDateTime assignmentDeadline,
                            boolean deadlinePassed, Instant scoringClosedAt) {

    static CohortAssignmentView of(Cohort cohort, Instant now) {
        return new CohortAssignmentView(cohort.id(), cohort.name(), cohort.year(),
                AmsterdamWallClock.offsetTime(cohort.assignmentDeadline()),
                now.isAfter(cohort.assignmentDeadline()), cohort.scoringClosedAt());
    }
}
