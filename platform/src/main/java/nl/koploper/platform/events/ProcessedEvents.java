package nl.koploper.platform.events;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The event ids a consumer has applied, in the current tenant's database (collection {@value #COLLECTION}, one
 * document per consumer and event with {@code _id = <consumer>:<event id>}, so the unique {@code _id} index decides a
 * race).
 *
 * <p>Which idempotency helper to use:
 * <ul>
 *   <li>the effect is a change of one aggregate: {@link AggregateRoot#firstDelivery} (load, change, save); the
 *       applied id is stored in the same document write as the effect, so it is exactly once;</li>
 *   <li>the effect creates a document: give it an id derived from the event id and let the unique {@code _id} refuse
 *       the second insert;</li>
 *   <li>anything else (an e-mail, a call, several documents): this store. Without multi-document transactions the
 *       mark and the effect cannot be one write, so {@link #runOnce} applies the effect first and marks it after: a
 *       crash in between repeats the effect on redelivery (at least once), a redelivery after the mark changes
 *       nothing.</li>
 * </ul>
 */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate tenantTemplate;

    /** @param tenantTemplate the tenant-scoped template: the marks live with the tenant's data */
    public ProcessedEvents(MongoTemplate tenantTemplate) {
        this.tenantTemplate = tenantTemplate;
    }

    public boolean alreadyApplied(String consumer, String eventId) {
        return collection().find(Filters.eq("_id", key(consumer, eventId))).first() != null;
    }

    /** Marks the event applied for {@code consumer}; false when it already was. */
    public boolean markApplied(String consumer, String eventId) {
        try {
            collection().insertOne(new Document("_id", key(consumer, eventId))
                    .append("consumer", consumer)
                    .append("eventId", eventId)
                    .append("appliedAt", Date.from(Instant.now())));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Runs {@code effect} unless {@code consumer} already applied this event; true when it ran. */
    public boolean runOnce(String consumer, ReceivedEvent<?> event, Runnable effect) {
        if (alreadyApplied(consumer, event.id())) {
            return false;
        }
        effect.run();
        markApplied(consumer, event.id());
        return true;
    }

    private MongoCollection<Document> collection() {
        return tenantTemplate.getCollection(COLLECTION);
    }

    private static String key(String consumer, String eventId) {
        return consumer + ":" + eventId;
    }
}
