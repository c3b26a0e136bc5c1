package nl.koploper.cohort.cohort;

import java.time.Instant;

/**
 * The cohort's Koploperprijs.
 *
 * @param topOfRanking true when the winner was the top of the jury's ranking
 * @param motivation   the coordinator's motivation (required when the winner is not the top of the ranking)
 */
public record Award(String participantId, String organisationName, boolean topOfRanking, String motivation,
                    Instant grantedAt) {
}
