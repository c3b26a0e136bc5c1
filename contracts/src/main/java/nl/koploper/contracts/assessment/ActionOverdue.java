package nl.koploper.contracts.assessment;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * An action of an organisation's action plan (DuOn-Agenda) passed its due date without being done or dropped. Sent
 * once per action and due date: moving the due date makes a new notice possible. Key = the case id.
 *
 * @param recipient           the participant's contact (role {@code PARTICIPANT}), who is reminded
 * @param actionTitle         the action's title as the participant wrote it
 * @param actionOwner         who in the organisation carries the action (free text)
 * @param dueDate             the passed due date, ISO-8601 date ({@code 2027-05-31})
 * @param actionPlanUrlPath   the API path of the action plan, e.g. {@code /api/assessments/cases/<caseId>/action-plan};
 *                            informational only: mail never links to an API endpoint, notification-service links to
 *                            the portal's page {@code <public-base-url>/actieplan/<caseId>} built from {@code caseId}
 */
@EventType(value = "nl.koploper.assessment.action-overdue.v1", topic = Topics.ASSESSMENT_EVENTS)
public record ActionOverdue(String tenantId, String caseId, String cohortId, String participantId,
                            String organisationName, String actionId, String actionTitle, String actionOwner,
                            String dueDate, AssessmentRecipient recipient, String advisorEmail,
                            String actionPlanUrlPath, Instant noticedAt) {
}
