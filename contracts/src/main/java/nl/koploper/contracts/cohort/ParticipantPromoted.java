package nl.koploper.contracts.cohort;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * A place came free and the first organisation on the waiting list got it.
 *
 * @param vacatedBy the participant whose withdrawal or removal freed the place
 */
@EventType(value = "nl.koploper.cohort.participant-promoted.v1", topic = Topics.COHORT_EVENTS)
public record ParticipantPromoted(String tenantId, String cohortId, String cohortName, String participantId,
                                  String organisationName, ContactDetails contact, String vacatedBy,
                                  Instant promotedAt) {
}
