package nl.koploper.events.meeting;

import java.time.Instant;
import java.util.List;
import nl.koploper.platform.events.AggregateStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Loads and saves meetings of the current gemeente (see {@link AggregateStore} for the tenant filter and how a change
 * that loses a race, such as two acceptances for the last place, is applied again to the fresh meeting).
 */
@Component
public class MeetingStore extends AggregateStore<Meeting> {

    MeetingStore(MongoTemplate mongo) {
        super(mongo, Meeting.class, "Meeting");
    }

    Meeting insert(Meeting meeting) {
        return mongo.insert(meeting);
    }

    /** A page of the gemeente's meetings (of one cohort, when given), soonest first. */
    List<Meeting> page(String cohortId, int page, int size) {
        Query query = ofThisGemeente(ofCohort(cohortId))
                .with(Sort.by(Sort.Order.asc("startsAt"), Sort.Order.asc("_id")))
                .skip((long) page * size)
                .limit(size);
        return mongo.find(query, Meeting.class);
    }

    long count(String cohortId) {
        return mongo.count(ofThisGemeente(ofCohort(cohortId)), Meeting.class);
    }

    /** The cohort's meetings that have not started yet and were not cancelled: where a late registrant is invited. */
    public List<Meeting> upcoming(String cohortId, Instant now) {
        return mongo.find(ofThisGemeente(Criteria.where("cohortId").is(cohortId)
                .and("status").in(MeetingStatus.DRAFT, MeetingStatus.SCHEDULED)
                .and("startsAt").gt(now)), Meeting.class);
    }

    private static Criteria ofCohort(String cohortId) {
        return cohortId == null ? new Criteria() : Criteria.where("cohortId").is(cohortId);
    }
}
