package nl.koploper.assessment.review;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.mongodb.core.convert.MongoConversionContext;
import org.springframework.data.mongodb.core.convert.MongoValueConverter;

/**
 * Stores the nulmeting as the case's {@code review} array of issue answers, the shape of the documents written before
 * the {@link Review} type (ADR 0015); the nulmeting has no started or completed instant of its own.
 */
public class NulmetingAnswers implements MongoValueConverter<Review, List<Object>> {

    /** The declared type of every entry: the stored entries carry no type hint, as in any list of IssueReview. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final TypeInformation<Object> ISSUE = (TypeInformation) TypeInformation.of(IssueReview.class);

    @Override
    public Review read(List<Object> stored, MongoConversionContext context) {
        List<IssueReview> issues = new ArrayList<>();
        for (Object issue : stored) {
            issues.add((IssueReview) context.read(issue, ISSUE));
        }
        return Review.of(issues);
    }

    /** A case stored without the array (never the case, but the nulmeting is never null). */
    @Override
    public Review readNull(MongoConversionContext context) {
        return Review.empty();
    }

    @Override
    public List<Object> write(Review review, MongoConversionContext context) {
        List<Object> stored = new ArrayList<>();
        for (IssueReview issue : review.issues()) {
            stored.add(context.write(issue, ISSUE));
        }
        return stored;
    }
}
