package nl.koploper.platform.events;

import nl.koploper.platform.tenancy.TenantContext;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/**
 * Wakes the {@link OutboxRelay} after an aggregate with pending events is written ({@code save} or {@code insert}
 * through any {@code MongoTemplate} or repository, so also stores that insert new aggregates themselves), so its
 * events go out within milliseconds instead of at the next timed pass. The event comes after the write, on the
 * saving thread, where the current gemeente names the database; the relay is told the aggregate's id, so it looks at
 * that aggregate only.
 */
final class OutboxWakeUp extends AbstractMongoEventListener<AggregateRoot> {

    private final OutboxRelay relay;

    OutboxWakeUp(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<AggregateRoot> event) {
        if (!event.getSource().pendingEvents().isEmpty()) {
            // The id as stored (a string that looks like an ObjectId is stored as one).
            relay.aggregateSaved(event.getCollectionName(), TenantContext.current().orElse(null),
                    event.getDocument().get("_id"));
        }
    }
}
