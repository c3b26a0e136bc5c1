package nl.koploper.contracts.cohort;

import java.time.Instant;
import java.util.List;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * The number of placed participants reached the cohort's minimum for the first time, so the kick-off meeting can be
 * planned. Published once per cohort, even if the count later drops and rises again.
 *
 * @param participants the placed participants at that moment
 */
@EventType(value = "nl.koploper.cohort.cohort-minimum-reached.v1", topic = Topics.COHORT_EVENTS)
public record CohortMinimumReached(String tenantId, String cohortId, String cohortName, int year,
                                   int minimumParticipants, List<ParticipantSummary> participants,
                                   Instant reachedAt) {
}
