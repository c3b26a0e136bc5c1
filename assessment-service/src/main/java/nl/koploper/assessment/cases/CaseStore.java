package nl.koploper.assessment.cases;

import java.util.List;
import java.util.Optional;
import nl.koploper.platform.events.AggregateStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Loads and saves the assessment cases of the current gemeente (see {@link AggregateStore} for the gemeente filter and
 * the retry of a change that loses a race).
 */
@Component
public class CaseStore extends AggregateStore<AssessmentCase> {

    CaseStore(MongoTemplate mongo) {
        super(mongo, AssessmentCase.class, "Assessment case");
    }

    /** @return false when a case with this id exists already (its unique {@code _id} decides a race) */
    public boolean insertIfAbsent(AssessmentCase assessmentCase) {
        try {
            mongo.insert(assessmentCase);
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    public Optional<AssessmentCase> find(String id) {
        return Optional.ofNullable(mongo.findOne(ofThisGemeente(Criteria.where("_id").is(id)), AssessmentCase.class));
    }

    /** A page of the opened cases the criteria select (all, an advisor's, a contact's), by organisation name. */
    List<AssessmentCase> page(Criteria visibleTo, String cohortId, CaseStatus status, int page, int size) {
        Query query = ofThisGemeente(filter(visibleTo, cohortId, status))
                .with(Sort.by(Sort.Order.asc("organisation.name"), Sort.Order.asc("_id")))
                .skip((long) page * size).limit(size);
        return mongo.find(query, AssessmentCase.class);
    }

    /** Every opened case of the gemeente (of one cohort when given), in no particular order. */
    List<AssessmentCase> opened(String cohortId) {
        return mongo.find(ofThisGemeente(filter(null, cohortId, null)), AssessmentCase.class);
    }

    /** How many cases that are not closed have this advisor (an advisor register id). */
    public long countOpenAssignedTo(String advisorId) {
        return mongo.count(ofThisGemeente(Criteria.where("advisorId").is(advisorId).and("status")
                .ne(CaseStatus.CLOSED)), AssessmentCase.class);
    }

    long count(Criteria visibleTo, String cohortId, CaseStatus status) {
        return mongo.count(ofThisGemeente(filter(visibleTo, cohortId, status)), AssessmentCase.class);
    }

    private static Criteria filter(Criteria visibleTo, String cohortId, CaseStatus status) {
        // A case that never got a place (waiting list, or left from it) is no assessment: it is never listed.
        Criteria criteria = Criteria.where("openedAt").ne(null);
        if (cohortId != null) {
            criteria = criteria.and("cohortId").is(cohortId);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        return visibleTo == null ? criteria : new Criteria().andOperator(criteria, visibleTo);
    }
}
