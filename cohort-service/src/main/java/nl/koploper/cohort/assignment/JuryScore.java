package nl.koploper.cohort.assignment;

import java.time.Instant;

/**
 * One juror's score of one submission; a juror scoring again replaces it.
 *
 * @param juror            the juror's e-mail address, lower case (how a jury token is matched to the cohort's jury)
 * @param scoredRevision   the submission's revision the juror scored, so a later revision shows as not yet re-read
 * @param comment          optional
 */
public record JuryScore(String juror, String participantId, RubricScores scores, String comment, int scoredRevision,
                        Instant scoredAt) {
}
