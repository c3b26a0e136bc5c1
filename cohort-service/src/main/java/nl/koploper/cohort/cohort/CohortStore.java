package nl.koploper.cohort.cohort;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.PreconditionFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Loads and saves cohorts of the current gemeente, and is the one place where a change meets a concurrent one.
 *
 * <p>Every query names the tenant twice: the template routes to the gemeente's own database, and the filter also
 * requires the document's {@code tenantId}, so a routing mistake finds nothing instead of another gemeente's cohort.
 *
 * <p>A change is load, apply, versioned save. When the save loses against a concurrent one (two registrations for
 * the last place), the change is applied again to the fresh document, a bounded number of times: the rules are judged
 * anew, so the loser of the race for the last place lands on the waiting list instead of being sent away with an
 * error it could do nothing about. A change made against a version the client named ({@code If-Match}) is never
 * retried: the client decided on what it saw, so a newer version is a 412.
 */
@Component
public class CohortStore {

    /** Enough for a burst of registrations for one cohort; a change still losing after these gets a 409 to retry. */
    static final int MAX_ATTEMPTS = 8;

    private static final Logger log = LoggerFactory.getLogger(CohortStore.class);

    private final MongoTemplate mongo;

    CohortStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The cohort of the current gemeente, or a 404 (which is also what another gemeente's cohort looks like). */
    public Cohort get(String cohortId) {
        Cohort cohort = mongo.findOne(ofThisGemeente(Criteria.where("_id").is(cohortId)), Cohort.class);
        if (cohort == null) {
            throw new NotFoundException("Cohort", cohortId);
        }
        return cohort;
    }

    /**
     * Applies {@code change} and saves, retrying on a concurrent save as described above.
     *
     * @param expectedVersion the version the client's {@code If-Match} names, or null to accept whatever is current
     */
    public <T> T change(String cohortId, Long expectedVersion, Function<Cohort, T> change) {
        for (int attempt = 1; ; attempt++) {
            Cohort cohort = get(cohortId);
            if (expectedVersion != null && !expectedVersion.equals(cohort.version())) {
                throw stale(cohortId);
            }
            T result = change.apply(cohort);
            try {
                mongo.save(cohort);
                return result;
            } catch (OptimisticLockingFailureException e) {
                if (expectedVersion != null) {
                    throw stale(cohortId);
                }
                if (attempt >= MAX_ATTEMPTS) {
                    log.warn("Cohort {} changed concurrently {} times in a row; giving up", cohortId, attempt);
                    throw e;
                }
                backOff(attempt);
            }
        }
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

    long count() {
        return mongo.count(ofThisGemeente(new Criteria()), Cohort.class);
    }

    private static Query ofThisGemeente(Criteria criteria) {
        return Query.query(criteria.and("tenantId").is(TenantContext.require().value()));
    }

    private static PreconditionFailedException stale(String cohortId) {
        return new PreconditionFailedException("Cohort '" + cohortId
                + "' has changed since the version in If-Match; reload it and decide again");
    }

    // Spread the retries of racing requests so that they do not collide again in lock-step.
    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a concurrent change", e);
        }
    }
}
