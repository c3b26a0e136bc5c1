package nl.koploper.assessment.review;

import java.time.Instant;

/**
 * The review of one ISO 26000 issue: an answer per perspective, each null until the advisor has given it.
 *
 * @param code the issue's clause number, e.g. {@code 6.5.4} (stored in a list, not as a map key: Mongo keys take no dots)
 */
public record IssueReview(String code, Answer internal, Answer productsAndServices, Instant updatedAt) {

    public Answer answer(Perspective perspective) {
        return perspective == Perspective.INTERNAL ? internal : productsAndServices;
    }

    public boolean complete() {
        return internal != null && productsAndServices != null;
    }

    /** This review with the given answers; a null answer keeps what was there. */
    public IssueReview merge(Answer newInternal, Answer newProductsAndServices, Instant now) {
        return new IssueReview(code, newInternal != null ? newInternal : internal,
                newProductsAndServices != null ? newProductsAndServices : productsAndServices, now);
    }
}
