package nl.koploper.events.award;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The award of one cohort, in the gemeente's database; its id is the cohort's, so there is one per cohort whatever
 * the number of deliveries. A later grant (a correction by the coordinator) replaces an earlier one.
 *
 * @param eventId the {@code AwardGranted} this was taken from
 */
@Document("cohort_awards")
record CohortAward(@Id String cohortId, String participantId, String organisationName, String motivation,
                   boolean topOfRanking, Instant grantedAt, String eventId) {
}
