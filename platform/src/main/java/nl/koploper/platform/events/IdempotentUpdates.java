package nl.koploper.platform.events;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Applies a consumed event to one aggregate document in a single conditional update that also records the event id
 * in the aggregate's {@code appliedEventIds}: exactly once, with no read. See {@link ProcessedEvents} for when to use
 * which helper.
 */
public class IdempotentUpdates {

    private final MongoTemplate tenantTemplate;

    /** @param tenantTemplate the tenant-scoped template */
    public IdempotentUpdates(MongoTemplate tenantTemplate) {
        this.tenantTemplate = tenantTemplate;
    }

    /**
     * Applies {@code update} to aggregate {@code aggregateId} of {@code type} unless it already applied {@code event};
     * false for a redelivery (or a missing aggregate). The update also increments {@code version}, so that a domain save
     * from a copy loaded before it fails its optimistic lock instead of silently undoing it.
     */
    public boolean applyOnce(Class<? extends AggregateRoot> type, String aggregateId, ReceivedEvent<?> event,
                             Update update) {
        update.addToSet("appliedEventIds", event.id()).inc("version", 1);
        return tenantTemplate.updateFirst(
                query(where("_id").is(aggregateId).and("appliedEventIds").ne(event.id())), update, type)
                .getMatchedCount() == 1;
    }
}
