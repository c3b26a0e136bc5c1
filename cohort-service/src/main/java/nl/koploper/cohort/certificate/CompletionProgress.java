package nl.koploper.cohort.certificate;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What assessment-service reported of one organisation's year, for the certificate's criteria; in the gemeente's
 * database, one per participant (the assessment case id is the participant id). Each moment is kept once it is
 * known; a later report of the same step does not undo it.
 */
@Document("completion_progress")
record CompletionProgress(@Id String participantId, String tenantId, String cohortId, Instant nulmetingCompletedAt,
                          Instant profilePublishedAt, Instant actionPlanStartedAt) {
}
