package nl.koploper.contracts.cohort;

import java.time.Instant;
import java.util.List;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * A cohort started its year; registration is closed.
 *
 * @param participants           the placed participants, who take part this year
 * @param waitlistedParticipants those still waiting, who did not get a place in this cohort
 */
@EventType(value = "nl.koploper.cohort.cohort-started.v1", topic = Topics.COHORT_EVENTS)
public record CohortStarted(String tenantId, String cohortId, String cohortName, int year,
                            Instant assignmentDeadline, List<ParticipantSummary> participants,
                            List<ParticipantSummary> waitlistedParticipants, Instant startedAt) {
}
