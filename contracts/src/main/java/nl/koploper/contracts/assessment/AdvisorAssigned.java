package nl.koploper.contracts.assessment;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * The coordinator assigned the advisor of an organisation's assessment case, or replaced them: from now on only this
 * advisor works on the organisation (footprint-service lets only them, besides the coordinator, read and enter its
 * footprint data), and notification-service tells the advisor. Assigning the same advisor again records nothing.
 *
 * @param caseId              the assessment case, which is also the cohort participant id (footprint-service's
 *                            organisation id)
 * @param advisorId           the advisor's entry in the gemeente's advisor register (assessment-service); the
 *                            advisor's login is recognised by the e-mail address in {@code advisor} (the token's
 *                            {@code email} claim). Events recorded before the register carry the login's subject here
 * @param advisor             the advisor as a recipient (role {@code ADVISOR}), for the mail telling them; its e-mail
 *                            address is the one they sign in with
 * @param previousAdvisorId   the advisor replaced, or null for the first assignment
 * @param advisorOrganisation the advisor's own organisation (the consultancy they work for), as the register names
 *                            it; null in events of before the register
 * @param caseUrlPath         the portal page of the case for the advisor, relative to the portal's public address,
 *                            e.g. {@code /adviseur/organisaties/<caseId>}; null in events of before the register
 */
@EventType(value = "nl.koploper.assessment.advisor-assigned.v1", topic = Topics.ASSESSMENT_EVENTS)
public record AdvisorAssigned(String tenantId, String caseId, String cohortId, String participantId,
                              String organisationName, String advisorId, AssessmentRecipient advisor,
                              String previousAdvisorId, Instant assignedAt, String advisorOrganisation,
                              String caseUrlPath) {
}
