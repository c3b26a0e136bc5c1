package nl.koploper.platform.events;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.platform.tenancy.TenantRoutingMongoDatabaseFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/**
 * Publishes the pending events of {@link AggregateRoot} documents, in every tenant database of this service and in its
 * shared database ({@code <service>}, the {@code sharedMongoTemplate}'s). An aggregate in a tenant database is published
 * with that database's tenant; one in the shared database (e.g. cohort-service's gemeenten) with the {@code tenantId}
 * field of its document, and is left pending (with a warning) while it has no valid one.
 *
 * <p>Where to look: a save of an aggregate with pending events ({@link #aggregateSaved}, called by {@link OutboxWakeUp}
 * after the write) marks its collection and database in {@value #MARKS} of the shared database (one upsert that
 * counts up {@code marks}) and wakes this process's relay. So the relay never has to search every gemeente: its
 * passes read the marks, publish what is pending there, and delete a mark only when its place is empty and nobody
 * marked it again in the meantime (the delete matches the {@code marks} it read). An idle relay costs one query on
 * an empty collection per pass, whether the deployment has two gemeenten or 342.
 *
 * <p>When: a pass runs on the relay's own thread ({@link WakeUpLoop}) as soon as a save in this process wakes it, and
 * then looks only at the aggregates saved (by their ids, in the database of the save's gemeente and in the shared
 * one, as the caller cannot tell which template saved): what that costs does not grow with the collection.
 * Every {@code interval} a pass looks at every mark: events saved by another replica whose relay died, left by a
 * failed send, or held by another relay's lease when the wake-up came. Every {@code fullScanInterval}, and in the
 * first pass after start-up, it looks in every database instead: the safety net for a process that died between the
 * save and its mark.
 *
 * <p>Per aggregate: claim a lease (a document in {@value #LEASES} of the tenant database, taken with one
 * findAndModify when absent or expired, so two replicas never publish one aggregate at the same time), read the
 * pending events, and send those past the lease's {@code publishedThrough} sequence in order without waiting for each
 * acknowledgement: the idempotent producer writes them to the partition (the key is the aggregate id) in the order
 * they were sent. A run of events on one topic is sent at once and then every acknowledgement is awaited; the
 * progress moves to the last event of the unbroken acknowledged prefix, and the next run (another topic) is only
 * sent after that, so events on different topics also arrive in the order they were recorded. Then {@code $pull}
 * every event up to the progress and release the lease (its document, with the progress, stays). A failed send
 * leaves it and every later event pending, to be sent again from there in a later pass: the events after it may
 * have reached the broker as well and then arrive twice, which consumers absorb ({@link ProcessedEvents},
 * {@link AggregateRoot#firstDelivery}). A crash anywhere leaves the events in the document
 * and the lease to expire, after which any replica publishes them: at least once, in order per aggregate. An event
 * that a stale domain save puts back after the pull is at or below the progress and is not sent again.
 *
 * <p>The lease lives outside the aggregate so that a domain save, which replaces the whole document, cannot wipe it;
 * see {@link AggregateRoot} for how the relay stays out of the way of optimistic locking.
 */
final class OutboxRelay implements SmartLifecycle {

    static final String LEASES = "outbox_leases";
    /** In the shared database: where saves left pending events, one document per database and collection. */
    static final String MARKS = "outbox_marks";

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String PENDING = "pendingEvents";
    private static final String PUBLISHED_THROUGH = "publishedThrough";
    private static final String TENANT_ID = "tenantId";
    private static final Date RELEASED = new Date(0);

    private final MongoClient client;
    private final TenantRoutingMongoDatabaseFactory databases;
    private final MongoMappingContext mappingContext;
    private final EventSender sender;
    private final String source;
    private final String sharedDatabase;
    private final EventsProperties.Relay settings;
    private final String owner;
    private final Clock clock;
    private final Counter published;
    private final AtomicLong placesPending = new AtomicLong();
    /** Where the next pass looks at every aggregate: a full batch left more, or a save named no id. */
    private final Set<Place> announced = ConcurrentHashMap.newKeySet();
    /** The aggregates saves announced since the last pass began, per place; changed only by compute and remove. */
    private final Map<Place, Set<Object>> announcedAggregates = new ConcurrentHashMap<>();
    /** Aggregate collections that exist in the shared database, as the last full scan found them. */
    private volatile Set<String> sharedCollections = Set.of();
    private final WakeUpLoop loop;
    private long lastMarkedPass = System.nanoTime();
    private Long lastFullScan; // null until the first pass, which is a full scan

    /** A collection in one database; also the {@code _id} of its mark. */
    private record Place(String database, String collection) {

        String markId() {
            return database + "/" + collection;
        }
    }

    OutboxRelay(MongoClient client, TenantRoutingMongoDatabaseFactory databases, MongoMappingContext mappingContext,
                EventSender sender, String serviceName, EventsProperties.Relay settings, String owner,
                MeterRegistry meters, Clock clock) {
        this.client = client;
        this.databases = databases;
        this.mappingContext = mappingContext;
        this.sender = sender;
        this.source = "/koploper/" + serviceName;
        this.sharedDatabase = serviceName;
        this.settings = settings;
        this.owner = owner;
        this.clock = clock;
        this.published = Counter.builder("koploper.events.published")
                .description("Events the outbox relay published and the broker acknowledged").register(meters);
        Gauge.builder("koploper.events.places.pending", placesPending, AtomicLong::get)
                .description("Collections (per database) where the outbox relay's last timed pass left events pending")
                .register(meters);
        this.loop = new WakeUpLoop("koploper-outbox-relay", settings.interval(), this::pass);
    }

    /**
     * An aggregate with pending events was just saved in {@code collection} of the database of {@code tenant} (when a
     * gemeente is current) or of the shared one: mark the place, so that any replica's relay finds it, and publish
     * soon. This process's relay looks in both databases, a query each, as the caller cannot tell which template
     * saved; the mark goes to the tenant's database, and to the shared one when no gemeente is current or when the
     * collection lives there.
     */
    void aggregateSaved(String collection, TenantId tenant, Object aggregateId) {
        Place tenantPlace = tenant == null ? null : new Place(databases.databaseName(tenant), collection);
        Place sharedPlace = new Place(sharedDatabase, collection);
        if (tenantPlace != null) {
            mark(tenantPlace);
            announce(tenantPlace, aggregateId);
        }
        if (tenantPlace == null || sharedCollections.contains(collection)) {
            mark(sharedPlace);
        }
        announce(sharedPlace, aggregateId);
        loop.wakeUp();
    }

    /**
     * Atomic with the pass's remove: an id is either in the set the pass takes or in a new one for the next pass.
     * Without an id (a document the mapping layer handed over without one) the next pass looks at the whole place.
     */
    private void announce(Place place, Object aggregateId) {
        if (aggregateId == null) {
            announced.add(place);
            return;
        }
        announcedAggregates.compute(place, (key, ids) -> {
            Set<Object> announcedHere = ids == null ? ConcurrentHashMap.newKeySet() : ids;
            announcedHere.add(aggregateId);
            return announcedHere;
        });
    }

    private void mark(Place place) {
        Bson filter = Filters.eq("_id", place.markId());
        Bson update = Updates.combine(Updates.setOnInsert("database", place.database()),
                Updates.setOnInsert("collection", place.collection()), Updates.inc("marks", 1L));
        try {
            try {
                marks().updateOne(filter, update, new UpdateOptions().upsert(true));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                // Another save inserted the mark at the same moment: count this one on it.
                marks().updateOne(filter, update, new UpdateOptions().upsert(true));
            }
        } catch (RuntimeException e) {
            // The save itself went through: this process's relay still looks there, and the full scan would too.
            log.warn("Could not mark {} as holding pending events", place.markId(), e);
        }
    }

    private MongoCollection<Document> marks() {
        return client.getDatabase(sharedDatabase).getCollection(MARKS);
    }

    /**
     * The loop's pass: every database at start-up and once a full-scan interval has gone by, every mark once an
     * interval has, else only where this process's saves announced pending events.
     */
    private void pass() {
        long now = System.nanoTime();
        if (lastFullScan == null || now - lastFullScan >= settings.fullScanInterval().toNanos()) {
            lastFullScan = now;
            lastMarkedPass = now;
            announced.clear(); // this pass looks there too; what is announced from now on gets the next pass
            announcedAggregates.clear();
            publishPending();
        } else if (now - lastMarkedPass >= settings.interval().toNanos()) {
            lastMarkedPass = now;
            announced.clear();
            announcedAggregates.clear();
            publishMarked();
        } else {
            publishAnnounced();
        }
    }

    /**
     * Looks only at the aggregates saves of this process announced, and where a full batch left more; @return how
     * many events it published
     */
    int publishAnnounced() {
        int count = 0;
        for (Place place : List.copyOf(announced)) {
            announced.remove(place);
            count += publishPlace(place);
        }
        for (Place place : List.copyOf(announcedAggregates.keySet())) {
            Set<Object> ids = announcedAggregates.remove(place);
            if (ids != null) {
                count += publishAggregates(place, ids);
            }
        }
        return count;
    }

    /** Publishes those of {@code ids} that hold pending events in {@code place}, each found by its id. */
    private int publishAggregates(Place place, Set<Object> ids) {
        TenantId tenant = databases.tenantOf(place.database()).orElse(null);
        if (tenant == null && !place.database().equals(sharedDatabase)) {
            return 0;
        }
        MongoDatabase database = client.getDatabase(place.database());
        MongoCollection<Document> aggregates = database.getCollection(place.collection());
        int count = 0;
        for (Object id : ids) {
            // Also asked of the database the save did not write to (see aggregateSaved): no lease is taken there.
            if (aggregates.find(Filters.and(Filters.eq("_id", id), Filters.exists(PENDING + ".0")))
                    .projection(Projections.include("_id")).first() != null) {
                count += publishAggregate(tenant, database, aggregates, id);
            }
        }
        return count;
    }

    /** Looks where any save marked pending events and deletes the marks it leaves empty; @return events published */
    int publishMarked() {
        int count = 0;
        long pending = 0;
        for (Document mark : marks().find()) {
            Place place = new Place(mark.getString("database"), mark.getString("collection"));
            if (place.database() == null || place.collection() == null) {
                marks().deleteOne(Filters.eq("_id", mark.get("_id")));
                continue;
            }
            count += publishPlace(place);
            if (isEmpty(place)) {
                // Only if nobody marked it again since it was read: that save's events are found by the next pass.
                marks().deleteOne(Filters.and(Filters.eq("_id", mark.get("_id")),
                        Filters.eq("marks", mark.get("marks"))));
            } else {
                pending++;
            }
        }
        placesPending.set(pending);
        return count;
    }

    private int publishPlace(Place place) {
        TenantId tenant = databases.tenantOf(place.database()).orElse(null);
        if (tenant == null && !place.database().equals(sharedDatabase)) {
            return 0;
        }
        return publishCollection(tenant, client.getDatabase(place.database()), place.collection()).published();
    }

    private boolean isEmpty(Place place) {
        return client.getDatabase(place.database()).getCollection(place.collection())
                .find(Filters.exists(PENDING + ".0")).projection(Projections.include("_id")).first() == null;
    }

    /**
     * One pass over every tenant database and the shared one; marks what it leaves pending, so that the timed passes
     * keep at it. Returns how many events this relay published.
     */
    int publishPending() {
        int count = 0;
        long pending = 0;
        List<String> collections = aggregateCollections();
        Set<String> inShared = new HashSet<>();
        for (String databaseName : client.listDatabaseNames()) {
            TenantId tenant = databases.tenantOf(databaseName).orElse(null);
            boolean shared = databaseName.equals(sharedDatabase);
            if (tenant == null && !shared) {
                continue;
            }
            MongoDatabase database = client.getDatabase(databaseName);
            if (shared) {
                database.listCollectionNames().forEach(name -> {
                    if (collections.contains(name)) {
                        inShared.add(name);
                    }
                });
            }
            for (String collectionName : collections) {
                Outcome outcome = publishCollection(tenant, database, collectionName);
                count += outcome.published();
                if (outcome.aggregates() > 0 && !isEmpty(new Place(databaseName, collectionName))) {
                    mark(new Place(databaseName, collectionName));
                    pending++;
                }
            }
        }
        sharedCollections = Set.copyOf(inShared);
        placesPending.set(pending);
        return count;
    }

    private record Outcome(int aggregates, int published) {
    }

    /** Publishes up to a batch of aggregates with pending events in one collection; a full batch asks for more. */
    private Outcome publishCollection(TenantId tenant, MongoDatabase database, String collectionName) {
        MongoCollection<Document> aggregates = database.getCollection(collectionName);
        List<Object> ids = aggregates.find(Filters.exists(PENDING + ".0"))
                .projection(Projections.include("_id"))
                .limit(settings.batchSize())
                .map(document -> document.get("_id"))
                .into(new ArrayList<>());
        int count = 0;
        for (Object id : ids) {
            count += publishAggregate(tenant, database, aggregates, id);
        }
        if (ids.size() >= settings.batchSize()) {
            announced.add(new Place(database.getName(), collectionName));
            loop.wakeUp();
        }
        return new Outcome(ids.size(), count);
    }

    /** @param databaseTenant the tenant of a tenant database, null for the shared database */
    private int publishAggregate(TenantId databaseTenant, MongoDatabase database, MongoCollection<Document> aggregates,
                                 Object aggregateId) {
        MongoCollection<Document> leases = database.getCollection(LEASES);
        String leaseId = aggregates.getNamespace().getCollectionName() + ":" + aggregateId;
        Document lease = claim(leases, leaseId);
        if (lease == null) {
            return 0;
        }
        Progress progress = new Progress(lease.get(PUBLISHED_THROUGH, Number.class) == null
                ? 0 : lease.get(PUBLISHED_THROUGH, Number.class).longValue());
        boolean release = true;
        try {
            // Read only after claiming: what another relay already published is behind publishedThrough.
            Document aggregate = aggregates.find(Filters.eq("_id", aggregateId))
                    .projection(Projections.include(PENDING, TENANT_ID)).first();
            TenantId tenant = databaseTenant != null ? databaseTenant : tenantField(aggregate);
            if (tenant == null) {
                log.warn("Not publishing {} in shared database {}: it has no valid {}", leaseId, database.getName(),
                        TENANT_ID);
                return 0;
            }
            List<Document> events = new ArrayList<>();
            for (Document event : aggregate == null ? List.<Document>of()
                    : aggregate.getList(PENDING, Document.class, List.of())) {
                // Skipped: published before, and put back by a save from an older copy of the aggregate.
                if (sequenceOf(event) > progress.publishedThrough) {
                    events.add(event);
                }
            }
            int next = 0;
            while (next < events.size()) {
                // Still ours? (and record what is acknowledged so far, so a successor starts after it)
                if (!advance(leases, leaseId, progress.publishedThrough)) {
                    log.warn("Lost the outbox lease on {} in {}; another relay continues", leaseId, database.getName());
                    release = false;
                    break;
                }
                String topic = events.get(next).getString("topic");
                int end = next;
                while (end < events.size() && topic.equals(events.get(end).getString("topic"))) {
                    end++;
                }
                sendRun(tenant, String.valueOf(aggregateId), events.subList(next, end), progress);
                next = end;
            }
        } catch (TimeoutException e) {
            // The record may still reach the broker: keep the lease so nobody else sends the next ones before it.
            release = false;
            log.warn("Publishing {} in {} timed out; retried after the lease expires", leaseId, database.getName(), e);
        } catch (ExecutionException | RuntimeException e) {
            log.warn("Publishing {} in {} failed; retried in a later pass", leaseId, database.getName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release = false;
        } finally {
            if (progress.publishedThrough > 0) {
                // Removing acknowledged events is right whoever holds the lease now.
                aggregates.updateOne(Filters.eq("_id", aggregateId), Updates.pullByFilter(
                        new Document(PENDING, new Document("sequence",
                                new Document("$lte", progress.publishedThrough)))));
            }
            if (release) {
                leases.updateOne(Filters.and(Filters.eq("_id", leaseId), Filters.eq("owner", owner)),
                        Updates.combine(Updates.set(PUBLISHED_THROUGH, progress.publishedThrough),
                                Updates.unset("owner"), Updates.set("until", RELEASED)));
            }
        }
        return progress.sent;
    }

    /** How far the relay got with one aggregate: the last event of the acknowledged prefix, and how many it sent. */
    private static final class Progress {
        long publishedThrough;
        int sent;

        Progress(long publishedThrough) {
            this.publishedThrough = publishedThrough;
        }
    }

    /**
     * Sends {@code run} (consecutive events of one aggregate on one topic) without waiting in between, then awaits
     * the acknowledgements in order and moves {@code progress} over each one up to the first failure. Before throwing
     * that failure it lets every later send settle, so that nothing of this relay is still in flight for the
     * aggregate when the lease is released and the events are sent again.
     */
    private void sendRun(TenantId tenant, String aggregateId, List<Document> run, Progress progress)
            throws ExecutionException, TimeoutException, InterruptedException {
        List<CompletableFuture<?>> acknowledgements = new ArrayList<>(run.size());
        RuntimeException refused = null;
        for (Document event : run) {
            try {
                acknowledgements.add(sender.send(toRecord(tenant, aggregateId, event)));
            } catch (RuntimeException e) {
                refused = e; // the producer took none of this one (closed, record too large, metadata unavailable)
                break;
            }
        }
        long deadline = System.nanoTime() + sender.sendTimeout().toNanos();
        Exception failure = null;
        for (int i = 0; i < acknowledgements.size(); i++) {
            try {
                acknowledgements.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (failure == null) {
                    progress.publishedThrough = sequenceOf(run.get(i));
                    progress.sent++;
                    published.increment();
                }
            } catch (ExecutionException e) {
                failure = failure == null ? e : failure;
            } catch (TimeoutException e) {
                throw e; // the lease stays: still in flight
            }
        }
        if (failure instanceof ExecutionException e) {
            throw e;
        }
        if (refused != null) {
            throw refused;
        }
    }

    private static long sequenceOf(Document event) {
        return event.get("sequence", Number.class).longValue();
    }

    private static TenantId tenantField(Document aggregate) {
        Object value = aggregate == null ? null : aggregate.get(TENANT_ID);
        return value instanceof String slug && TenantId.isValid(slug) ? TenantId.of(slug) : null;
    }

    /** The lease document (with the progress) when this relay now holds it, null when another relay does. */
    private Document claim(MongoCollection<Document> leases, String leaseId) {
        Instant now = clock.instant();
        Document current = leases.find(Filters.eq("_id", leaseId)).first();
        if (current != null && current.getDate("until").toInstant().isAfter(now)) {
            return null; // held: skip without a write (and without a duplicate-key error in the server's log)
        }
        try {
            // Matches a released or expired lease; with none at all the upsert inserts ours; a live lease makes the
            // upsert collide on _id, and that collision is the answer "someone else has it".
            return leases.findOneAndUpdate(
                    Filters.and(Filters.eq("_id", leaseId), Filters.lt("until", Date.from(now))),
                    Updates.combine(Updates.set("owner", owner),
                            Updates.set("until", Date.from(now.plus(settings.leaseDuration())))),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        } catch (MongoCommandException e) {
            if (ErrorCategory.fromErrorCode(e.getErrorCode()) == ErrorCategory.DUPLICATE_KEY) {
                return null;
            }
            throw e;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return null;
            }
            throw e;
        }
    }

    /** Records the progress and renews the lease, only while this relay still holds it. */
    private boolean advance(MongoCollection<Document> leases, String leaseId, long publishedThrough) {
        Instant now = clock.instant();
        return leases.updateOne(
                Filters.and(Filters.eq("_id", leaseId), Filters.eq("owner", owner), Filters.gt("until", Date.from(now))),
                Updates.combine(Updates.set(PUBLISHED_THROUGH, publishedThrough),
                        Updates.set("until", Date.from(now.plus(settings.leaseDuration()))))).getMatchedCount() == 1;
    }

    private ProducerRecord<Object, Object> toRecord(TenantId tenant, String aggregateId, Document event) {
        ProducerRecord<Object, Object> record = new ProducerRecord<>(event.getString("topic"), aggregateId,
                event.getString("payload"));
        header(record, EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_1_0);
        header(record, EventHeaders.ID, event.getString("eventId"));
        header(record, EventHeaders.SOURCE, source);
        header(record, EventHeaders.TYPE, event.getString("type"));
        header(record, EventHeaders.TIME, event.getDate("time").toInstant().toString());
        header(record, EventHeaders.SUBJECT, aggregateId);
        header(record, EventHeaders.CONTENT_TYPE, EventHeaders.APPLICATION_JSON);
        header(record, EventHeaders.TENANT, tenant.value());
        return record;
    }

    private static void header(ProducerRecord<?, ?> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> aggregateCollections() {
        List<String> names = new ArrayList<>();
        for (MongoPersistentEntity<?> entity : mappingContext.getPersistentEntities()) {
            if (AggregateRoot.class.isAssignableFrom(entity.getType()) && !names.contains(entity.getCollection())) {
                names.add(entity.getCollection());
            }
        }
        return names;
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop(Duration.ofSeconds(10));
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    @Override
    public boolean isAutoStartup() {
        return settings.enabled();
    }
}
