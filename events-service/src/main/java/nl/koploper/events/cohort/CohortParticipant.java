package nl.koploper.events.cohort;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organisation placed in a cohort (or that was), as cohort-service's events said: its contact person is whom a
 * meeting of the cohort invites by default. One that left keeps its document with {@code leftAt}, so a redelivered
 * older placement does not bring it back (a later one does).
 *
 * @param id       the cohort and participant id, {@code cohortId/participantId}
 * @param placedAt when it got its place (registration with a place, promotion, or the cohort's list at its minimum)
 */
@Document("cohort_participants")
record CohortParticipant(@Id String id, @Indexed String cohortId, String participantId, String contactName,
                         String email, String locale, Instant placedAt, Instant leftAt) {

    static String idOf(String cohortId, String participantId) {
        return cohortId + "/" + participantId;
    }

    boolean placed() {
        return leftAt == null && placedAt != null;
    }
}
