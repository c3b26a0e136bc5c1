package nl.koploper.events.feed;

import java.util.Optional;
import nl.koploper.platform.tenancy.TenantContext;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The feeds of the current gemeente and their generations: issuing keeps the generation, revoking raises it. */
@Component
class FeedSubscriptions {

    private final MongoTemplate mongo;

    FeedSubscriptions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The feed's current generation, starting it at 1 the first time it is asked for. */
    long current(FeedKind kind, String subjectId) {
        return upsert(kind, subjectId, new Update().setOnInsert("generation", 1L)).generation();
    }

    /** Ends every URL issued so far; the next one asked for works again. */
    void revoke(FeedKind kind, String subjectId) {
        // One atomic increment: two revocations at once both end the old URLs, neither is lost.
        upsert(kind, subjectId, new Update().inc("generation", 1L));
    }

    Optional<Long> generation(FeedKind kind, String subjectId) {
        return Optional.ofNullable(mongo.findOne(query(kind, subjectId), FeedSubscription.class))
                .map(FeedSubscription::generation);
    }

    private FeedSubscription upsert(FeedKind kind, String subjectId, Update update) {
        // On insert, the upsert takes _id and tenantId from the query's equalities.
        return mongo.findAndModify(query(kind, subjectId), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), FeedSubscription.class);
    }

    private static Query query(FeedKind kind, String subjectId) {
        return Query.query(Criteria.where("_id").is(kind.name() + ":" + subjectId)
                .and("tenantId").is(TenantContext.require().value()));
    }
}
