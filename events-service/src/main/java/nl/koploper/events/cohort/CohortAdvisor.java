package nl.koploper.events.cohort;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The advisor of one of a cohort's organisations, as assessment-service's {@code AdvisorAssigned} said last.
 *
 * @param id the cohort and participant id, {@code cohortId/participantId}
 */
@Document("cohort_advisors")
record CohortAdvisor(@Id String id, @Indexed String cohortId, String participantId, String advisorId, String name,
                     String email, String locale, Instant assignedAt) {
}
