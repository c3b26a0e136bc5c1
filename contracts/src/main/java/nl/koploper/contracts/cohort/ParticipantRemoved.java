package nl.koploper.contracts.cohort;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * The coordinator removed a participant (placed or waiting) from a cohort.
 *
 * @param wasWaitlisted true when it was removed from the waiting list rather than from a place
 * @param reason        why, as the coordinator gave it (always present)
 */
@EventType(value = "nl.koploper.cohort.participant-removed.v1", topic = Topics.COHORT_EVENTS)
public record ParticipantRemoved(String tenantId, String cohortId, String cohortName, String participantId,
                                 String organisationName, ContactDetails contact, boolean wasWaitlisted,
                                 String reason, Instant removedAt) {
}
