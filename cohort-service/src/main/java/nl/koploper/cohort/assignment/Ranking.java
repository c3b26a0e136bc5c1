package nl.koploper.cohort.assignment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import nl.koploper.cohort.cohort.Participant;

/**
 * The jury's ranking of a cohort's scored submissions. A submission's score is the average over the jurors who scored
 * it of their total (4 to 20). Ties in that average are broken, in this order, by the higher average on
 * <em>credibility</em> (the Koploperprijs rewards a message the organisation lives up to), then on <em>clarity</em>,
 * then by more jurors having scored it. Submissions equal on all of those share a rank, and the coordinator decides
 * between them. Averages are compared exactly (as fractions), not as rounded decimals.
 */
public final class Ranking {

    private final List<Entry> entries;

    private Ranking(List<Entry> entries) {
        this.entries = entries;
    }

    /**
     * @param rank      1 for the best; submissions equal on every tie-break share a rank
     * @param tieBreak  null when this entry's average total differs from the one above it; otherwise how the tie with
     *                  the entry above was settled (or that it was not)
     */
    public record Entry(int rank, String participantId, String organisationName, BigDecimal averageTotal,
                        BigDecimal averageClarity, BigDecimal averageCredibility, BigDecimal averageReach,
                        BigDecimal averageOriginality, int jurors, String tieBreak) {
    }

    /** One submission's scores, before ranking. */
    private record Tally(String participantId, String organisationName, List<RubricScores> scores) {

        long sum(ToIntFunction<RubricScores> criterion) {
            return scores.stream().mapToLong(criterion::applyAsInt).sum();
        }

        int count() {
            return scores.size();
        }

        BigDecimal average(ToIntFunction<RubricScores> criterion) {
            return BigDecimal.valueOf(sum(criterion)).divide(BigDecimal.valueOf(count()), 2, RoundingMode.HALF_UP);
        }
    }

    private static final Comparator<Tally> BY_TOTAL = averageOf(RubricScores::total);
    private static final Comparator<Tally> BY_CREDIBILITY = averageOf(RubricScores::credibility);
    private static final Comparator<Tally> BY_CLARITY = averageOf(RubricScores::clarity);
    private static final Comparator<Tally> BY_JURORS = Comparator.comparingInt(Tally::count);

    static Ranking of(List<Submission> submissions, List<JuryScore> juryScores,
                      Function<String, Participant> participants) {
        List<Tally> tallies = new ArrayList<>();
        for (Submission submission : submissions) {
            List<RubricScores> scores = juryScores.stream()
                    .filter(score -> score.participantId().equals(submission.participantId()))
                    .map(JuryScore::scores)
                    .toList();
            if (!scores.isEmpty()) {
                tallies.add(new Tally(submission.participantId(),
                        participants.apply(submission.participantId()).organisation().name(), scores));
            }
        }
        // Best first; the original order (hand-in order) only decides the listing of entries sharing a rank.
        tallies.sort(BY_TOTAL.thenComparing(BY_CREDIBILITY).thenComparing(BY_CLARITY).thenComparing(BY_JURORS)
                .reversed());
        List<Entry> entries = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < tallies.size(); i++) {
            Tally tally = tallies.get(i);
            Tally above = i == 0 ? null : tallies.get(i - 1);
            String tieBreak = null;
            if (above == null) {
                rank = 1;
            } else if (BY_TOTAL.compare(above, tally) != 0) {
                rank = i + 1;
            } else {
                tieBreak = settle(above, tally);
                if (tieBreak.startsWith("Tied")) {
                    // shares the rank of the entry above
                } else {
                    rank = i + 1;
                }
            }
            entries.add(new Entry(rank, tally.participantId(), tally.organisationName(),
                    tally.average(RubricScores::total), tally.average(RubricScores::clarity),
                    tally.average(RubricScores::credibility), tally.average(RubricScores::reach),
                    tally.average(RubricScores::originality), tally.count(), tieBreak));
        }
        return new Ranking(List.copyOf(entries));
    }

    // Says why an entry with the same average total as the one above it is placed below it.
    private static String settle(Tally above, Tally tally) {
        String same = "Same average total as " + above.organisationName() + " (" + tally.average(RubricScores::total)
                + "); ";
        if (BY_CREDIBILITY.compare(above, tally) != 0) {
            return same + "placed below it on average credibility (" + tally.average(RubricScores::credibility)
                    + " against " + above.average(RubricScores::credibility) + ")";
        }
        if (BY_CLARITY.compare(above, tally) != 0) {
            return same + "placed below it on average clarity (" + tally.average(RubricScores::clarity)
                    + " against " + above.average(RubricScores::clarity) + ")";
        }
        if (BY_JURORS.compare(above, tally) != 0) {
            return same + "placed below it because fewer jurors scored it (" + tally.count() + " against "
                    + above.count() + ")";
        }
        return "Tied with " + above.organisationName() + " on average total, credibility, clarity and number of "
                + "jurors; they share the rank and the coordinator decides between them";
    }

    // Compares sum_a / count_a with sum_b / count_b exactly, by cross-multiplying.
    private static Comparator<Tally> averageOf(ToIntFunction<RubricScores> criterion) {
        return (a, b) -> Long.compare(a.sum(criterion) * b.count(), b.sum(criterion) * a.count());
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The entries ranked first (more than one when they are tied on every tie-break). */
    public List<Entry> top() {
        return entries.stream().filter(entry -> entry.rank() == 1).toList();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
