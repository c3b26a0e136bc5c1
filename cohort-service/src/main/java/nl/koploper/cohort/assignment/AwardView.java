package nl.koploper.cohort.assignment;

import java.time.Instant;
import nl.koploper.cohort.cohort.Award;

/** The Koploperprijs as granted. */
record AwardView(String participantId, String organisationName, boolean topOfRanking, String motivation,
                 Instant grantedAt) {

    static AwardView of(Award award) {
        return award == null ? null : new AwardView(award.participantId(), award.organisationName(),
                award.topOfRanking(), award.motivation(), award.grantedAt());
    }
}
