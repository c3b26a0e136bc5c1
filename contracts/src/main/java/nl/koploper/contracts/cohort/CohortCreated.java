package nl.koploper.contracts.cohort;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/** A coordinator created a cohort (a Koplopergroep) in DRAFT; nobody can register yet. */
@EventType(value = "nl.koploper.cohort.cohort-created.v1", topic = Topics.COHORT_EVENTS)
public record CohortCreated(String tenantId, String cohortId, String name, int year, int minimumParticipants,
                            int maximumParticipants, Instant registrationDeadline, Instant assignmentDeadline,
                            Instant createdAt) {
}
