package nl.koploper.platform.events;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.PreconditionFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Loads and saves the aggregates of one kind for the current gemeente, and is the one place where a change meets a
 * concurrent one. A service's store extends it with its own queries.
 *
 * <p>Every query names the tenant twice: the template routes to the gemeente's own database, and the filter also
 * requires the document's {@code tenantId}, so a routing mistake finds nothing instead of another gemeente's data.
 *
 * <p>A change is load, apply, versioned save. When the save loses against a concurrent one (two registrations for
 * the last place), the change is applied again to the fresh document, a bounded number of times: the rules are judged
 * anew, so the loser lands where the new state puts it (the waiting list) instead of being sent away with an error
 * it could do nothing about. A change made against a version the client named ({@code If-Match}) is never retried:
 * the client decided on what it saw, so a newer version is a 412.
 */
public class AggregateStore<A extends AggregateRoot> {

    /** Enough for a burst of changes to one aggregate; a change still losing after these gets a 409 to retry. */
    public static final int MAX_ATTEMPTS = 8;

    private static final Logger log = LoggerFactory.getLogger(AggregateStore.class);

    protected final MongoTemplate mongo;
    private final Class<A> type;
    private final String name;

    /**
     * @param name what the aggregate is called in messages, e.g. {@code Cohort}
     */
    protected AggregateStore(MongoTemplate mongo, Class<A> type, String name) {
        this.mongo = mongo;
        this.type = type;
        this.name = name;
    }

    /** The aggregate of the current gemeente, or a 404 (which is also what another gemeente's looks like). */
    public A get(String id) {
        A aggregate = mongo.findOne(ofThisGemeente(Criteria.where("_id").is(id)), type);
        if (aggregate == null) {
            throw new NotFoundException(name, id);
        }
        return aggregate;
    }

    /**
     * Applies {@code change} and saves, retrying on a concurrent save as described above.
     *
     * @param expectedVersion the version the client's {@code If-Match} names, or null to accept whatever is current
     */
    public <T> T change(String id, Long expectedVersion, Function<A, T> change) {
        for (int attempt = 1; ; attempt++) {
            A aggregate = get(id);
            if (expectedVersion != null && !expectedVersion.equals(aggregate.version())) {
                throw stale(id);
            }
            T result = change.apply(aggregate);
            try {
                mongo.save(aggregate);
                return result;
            } catch (OptimisticLockingFailureException e) {
                if (expectedVersion != null) {
                    throw stale(id);
                }
                if (attempt >= MAX_ATTEMPTS) {
                    log.warn("{} {} changed concurrently {} times in a row; giving up", name, id, attempt);
                    throw e;
                }
                backOff(attempt);
            }
        }
    }

    /** {@code criteria} and the current gemeente's {@code tenantId}. */
    protected static Query ofThisGemeente(Criteria criteria) {
        return Query.query(criteria.and("tenantId").is(TenantContext.require().value()));
    }

    private PreconditionFailedException stale(String id) {
        return new PreconditionFailedException(name + " '" + id
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
