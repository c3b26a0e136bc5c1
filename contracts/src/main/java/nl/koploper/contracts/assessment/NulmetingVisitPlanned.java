package nl.koploper.contracts.assessment;

import java.time.Instant;
import java.util.List;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * The advisor planned the on-site nulmeting (baseline assessment) visit: the participant's contact and the advisor
 * each get a calendar invitation, SEQUENCE 0.
 *
 * @param caseId        the assessment case, which is also the cohort participant id
 * @param participantId the cohort participant (the organisation)
 * @param recipients    the participant's contact person and the advisor
 */
@EventType(value = "nl.koploper.assessment.nulmeting-visit-planned.v1", topic = Topics.ASSESSMENT_EVENTS)
public record NulmetingVisitPlanned(String tenantId, String caseId, String cohortId, String participantId,
                                    String organisationName, VisitDetails visit,
                                    List<AssessmentRecipient> recipients, Instant plannedAt) {
}
