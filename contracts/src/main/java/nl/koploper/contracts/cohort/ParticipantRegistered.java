package nl.koploper.contracts.cohort;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * An organisation registered for a cohort: placed, or (the cohort being full) put on its waiting list.
 *
 * @param organisationType {@code COMPANY}, {@code MUNICIPALITY}, {@code HOUSING_CORPORATION}, {@code CARE_INSTITUTION}
 *                         or {@code OTHER}; more may be added
 * @param sbiCode          the SBI code as digits without dots, e.g. {@code 96021}
 * @param waitlisted       true when the cohort was full and the organisation waits for a place
 * @param waitlistPosition its place in the waiting list counting from 1, or null when placed
 */
@EventType(value = "nl.koploper.cohort.participant-registered.v1", topic = Topics.COHORT_EVENTS)
public record ParticipantRegistered(String tenantId, String cohortId, String cohortName, String participantId,
                                    String organisationName, String kvkNumber, String organisationType,
                                    String sbiCode, double sizeFte, ContactDetails contact, boolean waitlisted,
                                    Integer waitlistPosition, Instant registeredAt) {
}
