package nl.koploper.events.award;

import java.time.Instant;

/**
 * The winner as the symposium shows it: the organisation and the coordinator's motivation (null when the winner is
 * simply the top of the jury's ranking and no motivation was given).
 */
public record AwardView(String participantId, String organisationName, String motivation, boolean topOfRanking,
                        Instant grantedAt) {

    static AwardView of(CohortAward award) {
        return new AwardView(award.participantId(), award.organisationName(), award.motivation(),
                award.topOfRanking(), award.grantedAt());
    }
}
