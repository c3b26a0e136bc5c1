package nl.koploper.contracts.cohort;

import java.time.Instant;
import java.util.List;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * A cohort completed its year.
 *
 * @param finishedParticipants the participants that were still taking part at the end: they join the gemeente's
 *                             network and receive a certificate of participation
 */
@EventType(value = "nl.koploper.cohort.cohort-completed.v1", topic = Topics.COHORT_EVENTS)
public record CohortCompleted(String tenantId, String cohortId, String cohortName, int year,
                              List<ParticipantSummary> finishedParticipants, Instant completedAt) {
}
