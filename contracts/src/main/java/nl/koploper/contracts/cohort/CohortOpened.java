package nl.koploper.contracts.cohort;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/** A cohort opened for registration until {@code registrationDeadline}. */
@EventType(value = "nl.koploper.cohort.cohort-opened.v1", topic = Topics.COHORT_EVENTS)
public record CohortOpened(String tenantId, String cohortId, String name, int year, int minimumParticipants,
                           int maximumParticipants, Instant registrationDeadline, Instant openedAt) {
}
