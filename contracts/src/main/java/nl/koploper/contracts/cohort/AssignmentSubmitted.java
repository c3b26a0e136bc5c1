package nl.koploper.contracts.cohort;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * A participant handed in (or revised) its communication assignment.
 *
 * @param revision 1 for the first submission, one more for every revision before the deadline
 */
@EventType(value = "nl.koploper.cohort.assignment-submitted.v1", topic = Topics.COHORT_EVENTS)
public record AssignmentSubmitted(String tenantId, String cohortId, String cohortName, String participantId,
                                  String organisationName, ContactDetails contact, String title, int revision,
                                  Instant submittedAt) {
}
