package nl.koploper.contracts.assessment;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * The nulmeting (baseline assessment) of an organisation is complete: every ISO 26000 issue is answered from both
 * perspectives, so the case became REVIEWED. Recorded once per case. cohort-service counts it towards the
 * certificate's completion criteria.
 *
 * @param caseId        the assessment case, which is also the cohort participant id
 * @param participantId the cohort participant (the organisation)
 */
@EventType(value = "nl.koploper.assessment.nulmeting-completed.v1", topic = Topics.ASSESSMENT_EVENTS)
public record NulmetingCompleted(String tenantId, String caseId, String cohortId, String participantId,
                                 String organisationName, Instant completedAt) {
}
