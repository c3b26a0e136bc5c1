package nl.koploper.cohort.cohort;

import java.time.Instant;
import java.time.OffsetDateTime;
import nl.koploper.platform.web.AmsterdamWallClock;

/**
 * A cohort as the API shows it. Deadlines are given in Dutch local time with their offset, as the gemeente set
 * them; moments that merely happened are UTC.
 */
record CohortView(String id, String name, int year, int minimum, int maximum, OffsetDateTime registrationDeadline,
                  OffsetDateTime assignmentDeadline, CohortStatus status, int placed, int waitlisted,
                  Instant createdAt, Instant openedAt, Instant startedAt, Instant completedAt, Instant cancelledAt,
                  String cancellationReason, long version) {

    static CohortView of(Cohort cohort) {
        return new CohortView(cohort.id(), cohort.name(), cohort.year(), cohort.minimumParticipants(),
                cohort.maximumParticipants(), AmsterdamWallClock.offsetTime(cohort.registrationDeadline()),
                AmsterdamWallClock.offsetTime(cohort.assignmentDeadline()),
                cohort.status(), cohort.placed().size(), cohort.waitingList().size(), cohort.createdAt(),
                cohort.openedAt(), cohort.startedAt(), cohort.completedAt(), cohort.cancelledAt(),
                cohort.cancellationReason(), cohort.version());
    }
}
