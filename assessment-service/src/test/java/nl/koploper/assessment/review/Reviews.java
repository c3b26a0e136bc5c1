package nl.koploper.assessment.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koploper.assessment.catalogue.CoreSubject;

/**
 * A review "mother": every issue answered alike from both perspectives, with the answers a test cares about set on
 * top.
 */
public final class Reviews {

    private static final Instant AT = Instant.parse("2027-03-18T12:00:00Z");

    private final Map<String, IssueReview> byCode = new LinkedHashMap<>();

    private Reviews(Relevance relevance, Integer maturity) {
        CoreSubject.allIssueCodes().forEach(code -> byCode.put(code,
                new IssueReview(code, Answer.of(relevance, maturity, null), Answer.of(relevance, maturity, null), AT)));
    }

    public static Reviews everyIssue(Relevance relevance, Integer maturity) {
        return new Reviews(relevance, maturity);
    }

    public Reviews with(String code, Perspective perspective, Relevance relevance, Integer maturity) {
        IssueReview current = byCode.get(code);
        Answer answer = Answer.of(relevance, maturity, "notitie " + code);
        byCode.put(code, perspective == Perspective.INTERNAL
                ? new IssueReview(code, answer, current.productsAndServices(), AT)
                : new IssueReview(code, current.internal(), answer, AT));
        return this;
    }

    /** Both perspectives of {@code code}. */
    public Reviews with(String code, Relevance relevance, Integer maturity) {
        return with(code, Perspective.INTERNAL, relevance, maturity)
                .with(code, Perspective.PRODUCTS_AND_SERVICES, relevance, maturity);
    }

    public List<IssueReview> build() {
        return new ArrayList<>(byCode.values());
    }
}
