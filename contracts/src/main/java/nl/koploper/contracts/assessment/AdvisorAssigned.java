package nl.koploper.contracts.assessment;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * The coordinator assigned the advisor of an organisation's assessment case, or replaced them: from now on only this
 * advisor works on the organisation (footprint-service lets only them, besides the coordinator, read and enter its
 * footprint data). Assigning the same advisor again records nothing.
 *
 * @param caseId            the assessment case, which is also the cohort participant id (footprint-service's
 *                          organisation id)
 * @param advisorId         the subject of the advisor's login: how every service recognises the advisor's requests
 * @param advisor           the advisor as a recipient (role {@code ADVISOR}), for a mail telling them
 * @param previousAdvisorId the advisor replaced, or null for the first assignment
 */
@EventType(value = "nl.koploper.assessment.advisor-assigned.v1", topic = Topics.ASSESSMENT_EVENTS)
public record AdvisorAssigned(String tenantId, String caseId, String cohortId, String participantId,
                              String organisationName, String advisorId, AssessmentRecipient advisor,
                              String previousAdvisorId, Instant assignedAt) {
}
