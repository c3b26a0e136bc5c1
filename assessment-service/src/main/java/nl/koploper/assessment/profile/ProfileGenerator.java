package nl.koploper.assessment.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.koploper.assessment.catalogue.CoreSubject;
import nl.koploper.assessment.catalogue.Iso26000Issue;
import nl.koploper.assessment.catalogue.IssueCatalogue;
import nl.koploper.assessment.catalogue.Recommendation;
import nl.koploper.assessment.catalogue.RecommendationCatalogue;
import nl.koploper.assessment.review.Answer;
import nl.koploper.assessment.review.IssueReview;
import nl.koploper.assessment.review.Perspective;
import nl.koploper.assessment.review.Relevance;

/**
 * Writes the draft of a Duurzaamheidsprofiel from the review. Pure: the same review, organisation and footprint give
 * the same draft.
 *
 * <p><b>Score per core subject</b> (0-100): over the subject's answers (issue × perspective) whose relevance is not
 * NOT_RELEVANT, with weight w = 1 for RELEVANT and 2 for VERY_RELEVANT,
 * {@code score = round(100 × Σ w·maturity / Σ w·4)}, half up. A subject without relevant answers has no score (null),
 * rather than a 0 that would read as "bad".
 *
 * <p><b>Strengths</b>: relevant answers with maturity ≥ 3; <b>improvements</b>: relevant answers with maturity ≤ 1;
 * very relevant first, then the highest (strengths) or lowest (improvements) maturity, then clause order.
 *
 * <p><b>Recommendations</b>: a catalogue entry is a candidate when it suits the organisation's sector (its SBI
 * section letter or 2-digit division, or {@code *}), type and size (FTE within its range), and addresses at least one
 * relevant answer with a maturity gap (4 − maturity) above 0. Candidates are ranked by
 * <ol>
 *   <li>the highest relevance among the answers it addresses (very relevant before relevant);</li>
 *   <li>then points: 10 × the largest gap among the answers at that relevance, + 10 when its footprint theme is one of
 *       the footprint's two largest themes (worth one maturity step), + 5 when it is meant for the organisation's
 *       sector rather than for every sector (half a step: tailored advice before generic advice of equal need);</li>
 *   <li>ties: effort LOW before MEDIUM before HIGH, then id;</li>
 * </ol>
 * and the first {@value #MAX_RECOMMENDATIONS} are the draft's.
 */
public final class ProfileGenerator {

    public static final int MAX_RECOMMENDATIONS = 10;
    static final int STRENGTH_FROM = 3;
    static final int IMPROVEMENT_UP_TO = 1;
    static final int POINTS_PER_GAP = 10;
    static final int FOOTPRINT_THEME_BONUS = 10;
    static final int SECTOR_BONUS = 5;

    private final IssueCatalogue issues;
    private final RecommendationCatalogue recommendations;

    public ProfileGenerator(IssueCatalogue issues, RecommendationCatalogue recommendations) {
        this.issues = issues;
        this.recommendations = recommendations;
    }

    /** The content of a generated draft. */
    public record Draft(List<SubjectScore> scores, List<Finding> strengths, List<Finding> improvements,
                        List<ProfileRecommendation> recommendations) {
    }

    /** One answer with its issue, for sorting and filtering. */
    private record Answered(Iso26000Issue issue, int clauseOrder, Perspective perspective, Answer answer) {
        Finding finding() {
            return new Finding(issue.code(), issue.title(), issue.coreSubject(), perspective, answer.relevance(),
                    answer.maturity(), answer.notes());
        }
    }

    /** A candidate recommendation with what ranks it. */
    private record Candidate(Recommendation recommendation, Relevance relevance, int gap, boolean sectorMatch,
                             boolean themeMatch) {
        int points() {
            return POINTS_PER_GAP * gap + (themeMatch ? FOOTPRINT_THEME_BONUS : 0) + (sectorMatch ? SECTOR_BONUS : 0);
        }
    }

    /**
     * @param footprint the baseline footprint, or null when none has been calculated yet (no theme bonus then)
     */
    public Draft generate(List<IssueReview> review, OrganisationFacts organisation, FootprintBasis footprint) {
        List<Answered> relevant = relevantAnswers(review);
        return new Draft(scores(relevant), strengths(relevant), improvements(relevant),
                recommend(relevant, organisation, footprint));
    }

    /** The score per core subject of a review (the same formula as a profile's), e.g. of the eindmeting. */
    public List<SubjectScore> scoresOf(List<IssueReview> review) {
        return scores(relevantAnswers(review));
    }

    private List<Answered> relevantAnswers(List<IssueReview> review) {
        Map<String, IssueReview> byCode = review.stream()
                .collect(Collectors.toMap(IssueReview::code, Function.identity(), (a, b) -> b));
        List<Answered> answered = new ArrayList<>();
        List<Iso26000Issue> all = issues.issues();
        for (int order = 0; order < all.size(); order++) {
            IssueReview issueReview = byCode.get(all.get(order).code());
            if (issueReview == null) {
                continue;
            }
            for (Perspective perspective : Perspective.values()) {
                Answer answer = issueReview.answer(perspective);
                if (answer != null && answer.relevance().relevant() && answer.maturity() != null) {
                    answered.add(new Answered(all.get(order), order, perspective, answer));
                }
            }
        }
        return answered;
    }

    static Integer score(List<Answer> relevant) {
        int weighted = 0;
        int possible = 0;
        for (Answer answer : relevant) {
            weighted += answer.relevance().weight() * answer.maturity();
            possible += answer.relevance().weight() * Answer.MAX_MATURITY;
        }
        if (possible == 0) {
            return null;
        }
        return BigDecimal.valueOf(100L * weighted).divide(BigDecimal.valueOf(possible), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }

    private static List<SubjectScore> scores(List<Answered> relevant) {
        List<SubjectScore> scores = new ArrayList<>();
        for (CoreSubject subject : CoreSubject.values()) {
            List<Answer> ofSubject = relevant.stream().filter(a -> a.issue().coreSubject() == subject)
                    .map(Answered::answer).toList();
            scores.add(new SubjectScore(subject, subject.dutchName(), score(ofSubject), ofSubject.size()));
        }
        return scores;
    }

    private static List<Finding> strengths(List<Answered> relevant) {
        return relevant.stream().filter(a -> a.answer().maturity() >= STRENGTH_FROM)
                .sorted(Comparator.comparing((Answered a) -> -a.answer().relevance().weight())
                        .thenComparing(a -> -a.answer().maturity())
                        .thenComparing(Answered::clauseOrder)
                        .thenComparing(Answered::perspective))
                .map(Answered::finding).toList();
    }

    private static List<Finding> improvements(List<Answered> relevant) {
        return relevant.stream().filter(a -> a.answer().maturity() <= IMPROVEMENT_UP_TO)
                .sorted(Comparator.comparing((Answered a) -> -a.answer().relevance().weight())
                        .thenComparing(a -> a.answer().maturity())
                        .thenComparing(Answered::clauseOrder)
                        .thenComparing(Answered::perspective))
                .map(Answered::finding).toList();
    }

    private List<ProfileRecommendation> recommend(List<Answered> relevant, OrganisationFacts organisation,
                                                  FootprintBasis footprint) {
        List<String> largestThemes = footprint == null ? List.of() : footprint.largestThemes();
        List<Candidate> candidates = new ArrayList<>();
        for (Recommendation r : recommendations.recommendations()) {
            if (!r.suitsSector(organisation.sbiCode()) || !r.suitsType(organisation.type())
                    || !r.suitsSize(organisation.sizeFte())) {
                continue;
            }
            List<Answer> needs = relevant.stream()
                    .filter(a -> r.issues().contains(a.issue().code()) && a.answer().gap() > 0)
                    .map(Answered::answer).toList();
            if (needs.isEmpty()) {
                continue;
            }
            Relevance top = needs.stream().map(Answer::relevance).max(Comparator.comparing(Relevance::weight))
                    .orElseThrow();
            int gap = needs.stream().filter(a -> a.relevance() == top).mapToInt(Answer::gap).max().orElseThrow();
            boolean themeMatch = r.footprintTheme() != null && largestThemes.contains(r.footprintTheme().name());
            candidates.add(new Candidate(r, top, gap, !r.forAllSectors(), themeMatch));
        }
        return candidates.stream()
                .sorted(Comparator.comparing((Candidate c) -> -c.relevance().weight())
                        .thenComparing(c -> -c.points())
                        .thenComparing(c -> c.recommendation().effort())
                        .thenComparing(c -> c.recommendation().id()))
                .limit(MAX_RECOMMENDATIONS)
                .map(c -> ProfileRecommendation.fromCatalogue(c.recommendation(), c.relevance(), c.gap(),
                        c.sectorMatch(), c.themeMatch()))
                .toList();
    }
}
