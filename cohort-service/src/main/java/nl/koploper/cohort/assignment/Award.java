package nl.koploper.cohort.assignment;

import java.time.Instant;

/**
 * The cohort's Koploperprijs. Granting it keeps it secret (only the coordinator and the jury see the winner); the
 * announcement makes it public.
 *
 * @param topOfRanking true when the winner was the top of the jury's ranking
 * @param motivation   the coordinator's motivation (required when the winner is not the top of the ranking)
 * @param announcedAt  when the coordinator announced it, or null while it is still secret
 */
public record Award(String participantId, String organisationName, boolean topOfRanking, String motivation,
                    Instant grantedAt, Instant announcedAt) {

    public boolean announced() {
        return announcedAt != null;
    }

    Award announce(Instant now) {
        return new Award(participantId, organisationName, topOfRanking, motivation, grantedAt, now);
    }
}
