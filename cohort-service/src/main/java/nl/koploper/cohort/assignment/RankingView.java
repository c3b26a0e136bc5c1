package nl.koploper.cohort.assignment;

import java.time.Instant;
import java.util.List;
import nl.koploper.cohort.cohort.Cohort;

/**
 * The jury's ranking of a cohort's scored submissions, with the tie-break rule it applied, and the award once
 * granted.
 *
 * @param scoringClosedAt null while the jury still scores (the ranking may then change)
 */
record RankingView(List<Ranking.Entry> entries, String tieBreakRule, Instant scoringClosedAt, AwardView award) {

    static final String TIE_BREAK_RULE = "Ranked by the average over the jurors of their total (4-20); equal "
            + "averages are decided by the higher average credibility, then clarity, then the number of jurors who "
            + "scored it; submissions equal on all of these share the rank and the coordinator decides.";

    static RankingView of(Cohort cohort) {
        return new RankingView(cohort.ranking().entries(), TIE_BREAK_RULE, cohort.scoringClosedAt(),
                AwardView.of(cohort.award()));
    }
}
