package nl.koploper.contracts.assessment;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * An organisation's action plan (DuOn-Agenda) was made: its first action was planned. Recorded once per case.
 * cohort-service counts it towards the certificate's completion criteria.
 *
 * @param caseId        the assessment case, which is also the cohort participant id
 * @param participantId the cohort participant (the organisation)
 */
@EventType(value = "nl.koploper.assessment.action-plan-started.v1", topic = Topics.ASSESSMENT_EVENTS)
public record ActionPlanStarted(String tenantId, String caseId, String cohortId, String participantId,
                                String organisationName, Instant startedAt) {
}
