package nl.koploper.cohort.cohort;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.koploper.platform.events.AggregateStore;
import nl.koploper.platform.mail.EmailAddresses;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Loads and saves cohorts of the current gemeente (see {@link AggregateStore} for the gemeente filter and how a change
 * that loses a race, such as a registration for the last place, is applied again to the fresh cohort).
 */
@Component
public class CohortStore extends AggregateStore<Cohort> {

    CohortStore(MongoTemplate mongo) {
        super(mongo, Cohort.class, "Cohort");
    }

    Cohort insert(Cohort cohort) {
        return mongo.insert(cohort);
    }

    Optional<Cohort> findByRequestKey(String requestKey) {
        return Optional.ofNullable(mongo.findOne(ofThisGemeente(Criteria.where("requestKey").is(requestKey)),
                Cohort.class));
    }

    /** A page of the gemeente's cohorts, newest first. */
    List<Cohort> page(int page, int size) {
        Query query = ofThisGemeente(new Criteria())
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
                .skip((long) page * size)
                .limit(size);
        return mongo.find(query, Cohort.class);
    }

    /**
     * The gemeente's cohorts that take registrations at {@code now} ({@link Cohort#takesRegistrations}), the first
     * registration deadline first; at most {@code limit}.
     */
    public List<Cohort> takingRegistrations(Instant now, int limit) {
        Query query = ofThisGemeente(Criteria.where("status").is(CohortStatus.OPEN)
                .and("registrationDeadline").gte(now))
                .with(Sort.by(Sort.Order.asc("registrationDeadline"), Sort.Order.asc("name"), Sort.Order.asc("_id")))
                .limit(limit);
        return mongo.find(query, Cohort.class).stream().filter(cohort -> cohort.takesRegistrations(now)).toList();
    }

    /**
     * The gemeente's cohorts on whose jury {@code jurorEmail} is (the jury keeps addresses in lower case), the latest
     * year first; at most {@code limit}.
     */
    public List<Cohort> judgedBy(String jurorEmail, int limit) {
        Query query = ofThisGemeente(Criteria.where("jurors").is(EmailAddresses.normal(jurorEmail)))
                .with(Sort.by(Sort.Order.desc("year"), Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
                .limit(limit);
        return mongo.find(query, Cohort.class);
    }

    long count() {
        return mongo.count(ofThisGemeente(new Criteria()), Cohort.class);
    }
}
