package nl.koploper.assessment.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.koploper.assessment.catalogue.IssueCatalogue;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * What the nulmeting and the eindmeting each consist of: the advisor's answers per ISO 26000 issue (in catalogue
 * order), when the review was started and when it was completed. An answer given for one perspective replaces that
 * perspective's answer and keeps the other, so the number of answers only grows.
 *
 * <p>The stored names are those of the documents written before this type (ADR 0015): the eindmeting is unwrapped
 * into its case with the prefix {@code final} ({@code finalReview}, {@code finalStartedAt}, {@code finalReviewedAt});
 * the nulmeting keeps only its answers, as the case's {@code review} array ({@link NulmetingAnswers}).
 */
public class Review {

    @Field("Review")
    private List<IssueReview> issues = new ArrayList<>();
    @Field("StartedAt")
    private Instant startedAt;
    @Field("ReviewedAt")
    private Instant completedAt;

    @PersistenceCreator
    private Review() {
    }

    private Review(List<IssueReview> issues, Instant startedAt) {
        this.issues = new ArrayList<>(issues);
        this.startedAt = startedAt;
    }

    /** A review without answers that was never explicitly started: the nulmeting, answered from the visit on. */
    public static Review empty() {
        return new Review(List.of(), null);
    }

    static Review of(List<IssueReview> issues) {
        return new Review(issues, null);
    }

    /** A review started now with this one's answers, for the advisor to revise. */
    public Review startedFrom(Instant now) {
        return new Review(issues, now);
    }

    /** Applies one batch of answers (validated as a whole before) and keeps the issues in catalogue order. */
    public void record(List<IssueChange> changes, IssueCatalogue catalogue, Instant now) {
        for (IssueChange change : changes) {
            Optional<IssueReview> existing = issue(change.code());
            IssueReview updated = existing.orElse(new IssueReview(change.code(), null, null, now))
                    .merge(change.internal(), change.productsAndServices(), now);
            existing.ifPresentOrElse(e -> issues.set(issues.indexOf(e), updated), () -> issues.add(updated));
        }
        issues.sort(Comparator.comparing(r -> catalogue.issues().indexOf(catalogue.get(r.code()))));
    }

    /** Marks the review completed; the caller checks first that {@link #complete} holds. */
    public void markCompleted(Instant now) {
        this.completedAt = now;
    }

    /** How many of the 2 × 37 answers (each issue, both perspectives) are still missing. */
    public int missingAnswers(IssueCatalogue catalogue) {
        int given = issues.stream().filter(r -> catalogue.contains(r.code()))
                .mapToInt(r -> (r.internal() != null ? 1 : 0) + (r.productsAndServices() != null ? 1 : 0)).sum();
        return 2 * catalogue.size() - given;
    }

    /** Every issue of the catalogue answered from both perspectives. */
    public boolean complete(IssueCatalogue catalogue) {
        return missingAnswers(catalogue) == 0;
    }

    public Optional<IssueReview> issue(String code) {
        return issues.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public Answer answer(String code, Perspective perspective) {
        return issue(code).map(r -> r.answer(perspective)).orElse(null);
    }

    public List<IssueReview> issues() {
        return Collections.unmodifiableList(issues);
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public boolean completed() {
        return completedAt != null;
    }

    /** One issue's new answers; null keeps the current answer of that perspective. */
    public record IssueChange(String code, Answer internal, Answer productsAndServices) {
    }
}
