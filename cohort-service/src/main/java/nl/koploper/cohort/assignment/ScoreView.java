package nl.koploper.cohort.assignment;

import java.time.Instant;

/**
 * One juror's score of one submission.
 *
 * @param scoredRevision the submission's revision the juror scored; lower than the submission's own when it was
 *                       revised after scoring
 */
record ScoreView(String juror, int clarity, int credibility, int reach, int originality, int total, String comment,
                 int scoredRevision, Instant scoredAt) {

    static ScoreView of(JuryScore score) {
        return new ScoreView(score.juror(), score.scores().clarity(), score.scores().credibility(),
                score.scores().reach(), score.scores().originality(), score.scores().total(), score.comment(),
                score.scoredRevision(), score.scoredAt());
    }
}
