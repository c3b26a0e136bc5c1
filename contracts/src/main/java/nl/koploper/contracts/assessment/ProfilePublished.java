package nl.koploper.contracts.assessment;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * The advisor published a version of the organisation's Duurzaamheidsprofiel (sustainability profile); it is
 * immutable from now on. The participant's contact is told where to read it.
 *
 * @param version        1, 2, ... per case; a later version replaces an earlier one for the participant
 * @param contact        the participant's contact person (role {@code PARTICIPANT})
 * @param advisorName    the advisor who wrote it, for the mail's signature
 * @param advisorEmail   the advisor's e-mail, for replies
 * @param profileUrlPath the API path of the published profile, e.g.
 *                       {@code /api/assessments/cases/<caseId>/profiles/1}; informational only: mail never links to
 *                       an API endpoint, notification-service links to the portal's page
 *                       {@code <public-base-url>/profiel/<caseId>} built from {@code caseId}
 * @param recommendationCount how many recommendations the profile gives
 */
@EventType(value = "nl.koploper.assessment.profile-published.v1", topic = Topics.ASSESSMENT_EVENTS)
public record ProfilePublished(String tenantId, String caseId, String cohortId, String participantId,
                               String organisationName, int version, AssessmentRecipient contact, String advisorName,
                               String advisorEmail, String profileUrlPath, int recommendationCount,
                               Instant publishedAt) {
}
