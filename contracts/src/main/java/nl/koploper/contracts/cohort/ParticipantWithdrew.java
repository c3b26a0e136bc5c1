package nl.koploper.contracts.cohort;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * A participant (placed or waiting) withdrew its registration.
 *
 * @param wasWaitlisted true when it left the waiting list rather than a place
 * @param reason        the reason it gave, or null
 */
@EventType(value = "nl.koploper.cohort.participant-withdrew.v1", topic = Topics.COHORT_EVENTS)
public record ParticipantWithdrew(String tenantId, String cohortId, String cohortName, String participantId,
                                  String organisationName, ContactDetails contact, boolean wasWaitlisted,
                                  String reason, Instant withdrewAt) {
}
