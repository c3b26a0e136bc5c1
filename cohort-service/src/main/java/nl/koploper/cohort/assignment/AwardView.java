package nl.koploper.cohort.assignment;

import java.time.Instant;

/**
 * The Koploperprijs as granted, for the coordinator and the jury (nobody else sees it through this service);
 * {@code announcedAt} is null while it is still secret.
 */
record AwardView(String participantId, String organisationName, boolean topOfRanking, String motivation,
                 Instant grantedAt, Instant announcedAt) {

    static AwardView of(Award award) {
        return award == null ? null : new AwardView(award.participantId(), award.organisationName(),
                award.topOfRanking(), award.motivation(), award.grantedAt(), award.announcedAt());
    }
}
