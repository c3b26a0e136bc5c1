package nl.koploper.contracts.cohort;

import java.time.Instant;
import java.util.List;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * A cohort was cancelled before it started.
 *
 * @param affectedParticipants every placed and waiting participant, to be told
 */
@EventType(value = "nl.koploper.cohort.cohort-cancelled.v1", topic = Topics.COHORT_EVENTS)
public record CohortCancelled(String tenantId, String cohortId, String cohortName, String reason,
                              List<ParticipantSummary> affectedParticipants, Instant cancelledAt) {
}
