package nl.koploper.platform.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.koploper.contracts.EventType;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * Base class of a document that publishes events: its domain methods {@link #record} events, and saving it (an
 * ordinary versioned {@code MongoTemplate}/repository save) writes the state and the pending events in one
 * single-document write, so the state change and its events are atomic without multi-document transactions. The
 * {@link OutboxRelay} then publishes and removes them.
 *
 * <p>How the relay and the domain's optimistic locking live together: the relay never changes {@code version} and
 * keeps its lease and its progress outside this document (collection {@value OutboxRelay#LEASES}), so it neither
 * fails a domain save nor is starved by one; its only write here is a {@code $pull} of the events it has published.
 * A save that started before that pull (from a copy loaded while the events were still pending) puts those events
 * back; each event carries its sequence in the aggregate's history and the relay's progress says up to which
 * sequence it has published, so such events are only pulled again, never sent twice.
 *
 * <p>Do not delete an aggregate that still has pending events; mark it deleted and let the relay drain it.
 */
public abstract class AggregateRoot {

    @Id
    private String id;

    @Version
    private Long version;

    private List<PendingEvent> pendingEvents = new ArrayList<>();

    /** How many events this aggregate has recorded in its life; saved with the versioned document. */
    private long eventSequence;

    /** Ids of consumed events already applied to this aggregate (see {@link #firstDelivery}). */
    private Set<String> appliedEventIds = new LinkedHashSet<>();

    protected AggregateRoot() {
    }

    protected AggregateRoot(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public Long version() {
        return version;
    }

    /** Events recorded and not yet published, oldest first. */
    public List<PendingEvent> pendingEvents() {
        return Collections.unmodifiableList(pendingEvents);
    }

    /** Records an event of this change, to be published after the aggregate is saved. */
    protected final void record(Object payload) {
        record(payload, Instant.now());
    }

    /** Records an event that happened at {@code time} (pass the domain's clock). */
    protected final void record(Object payload, Instant time) {
        EventType type = payload.getClass().getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(payload.getClass().getName()
                    + " is not an event payload: annotate the contract record with @EventType");
        }
        eventSequence++;
        pendingEvents.add(new PendingEvent(UUID.randomUUID().toString(), eventSequence, type.value(), type.topic(), time,
                EventJson.write(payload)));
    }

    /**
     * For a consumer that applies an event through the aggregate's normal load, change, save: true (and remembered)
     * the first time this event reaches this aggregate, false for a redelivery, which must then change nothing. The
     * remembered id is saved in the same versioned write as the effect, so a concurrent redelivery loses on the
     * version check and, retried, sees the id.
     */
    protected final boolean firstDelivery(ReceivedEvent<?> event) {
        return appliedEventIds.add(event.id());
    }

    public boolean hasApplied(String eventId) {
        return appliedEventIds.contains(eventId);
    }
}
