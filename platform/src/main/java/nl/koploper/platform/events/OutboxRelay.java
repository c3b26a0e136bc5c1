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
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.platform.tenancy.TenantRoutingMongoDatabaseFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
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
 * <p>Per aggregate: claim a lease (a document in {@value #LEASES} of the tenant database, taken with one
 * findAndModify when absent or expired, so two replicas never publish one aggregate at the same time), read the
 * pending events, send those past the lease's {@code publishedThrough} sequence one by one in order, waiting for each
 * acknowledgement and advancing {@code publishedThrough}, {@code $pull} every event up to it, release the lease (its
 * document, with the progress, stays). A crash anywhere leaves the events in the document and the lease to expire,
 * after which any replica publishes them: at least once, in order per aggregate (and per partition, the key being the
 * aggregate id). An event that a stale domain save puts back after the pull is at or below the progress and is not
 * sent again.
 *
 * <p>The lease lives outside the aggregate so that a domain save, which replaces the whole document, cannot wipe it;
 * see {@link AggregateRoot} for how the relay stays out of the way of optimistic locking.
 */
final class OutboxRelay implements SmartLifecycle {

    static final String LEASES = "outbox_leases";

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
    private final AtomicLong aggregatesPending = new AtomicLong();

    private volatile ScheduledExecutorService scheduler;

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
        meters.gauge("koploper.events.aggregates.pending", aggregatesPending);
    }

    /** One pass over every tenant database and the shared one; returns how many events this relay published. */
    int publishPending() {
        int count = 0;
        long pending = 0;
        List<String> collections = aggregateCollections();
        for (String databaseName : client.listDatabaseNames()) {
            TenantId tenant = databases.tenantOf(databaseName).orElse(null);
            if (tenant == null && !databaseName.equals(sharedDatabase)) {
                continue;
            }
            MongoDatabase database = client.getDatabase(databaseName);
            for (String collectionName : collections) {
                MongoCollection<Document> aggregates = database.getCollection(collectionName);
                List<Object> ids = aggregates.find(Filters.exists(PENDING + ".0"))
                        .projection(Projections.include("_id"))
                        .limit(settings.batchSize())
                        .map(document -> document.get("_id"))
                        .into(new ArrayList<>());
                pending += ids.size();
                for (Object id : ids) {
                    count += publishAggregate(tenant, database, aggregates, id);
                }
            }
        }
        aggregatesPending.set(pending);
        return count;
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
        long publishedThrough = lease.get(PUBLISHED_THROUGH, Number.class) == null
                ? 0 : lease.get(PUBLISHED_THROUGH, Number.class).longValue();
        int sent = 0;
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
            List<Document> events = aggregate == null ? List.of() : aggregate.getList(PENDING, Document.class, List.of());
            for (Document event : events) {
                long sequence = event.get("sequence", Number.class).longValue();
                if (sequence <= publishedThrough) {
                    continue; // published before; put back by a save from an older copy of the aggregate
                }
                // Still ours? (and record what is acknowledged so far, so a successor starts after it)
                if (!advance(leases, leaseId, publishedThrough)) {
                    log.warn("Lost the outbox lease on {} in {}; another relay continues", leaseId, database.getName());
                    release = false;
                    break;
                }
                sender.sendAndWait(toRecord(tenant, String.valueOf(aggregateId), event));
                publishedThrough = sequence;
                sent++;
                published.increment();
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
            if (publishedThrough > 0) {
                // Removing acknowledged events is right whoever holds the lease now.
                aggregates.updateOne(Filters.eq("_id", aggregateId), Updates.pullByFilter(
                        new Document(PENDING, new Document("sequence", new Document("$lte", publishedThrough)))));
            }
            if (release) {
                leases.updateOne(Filters.and(Filters.eq("_id", leaseId), Filters.eq("owner", owner)),
                        Updates.combine(Updates.set(PUBLISHED_THROUGH, publishedThrough), Updates.unset("owner"),
                                Updates.set("until", RELEASED)));
            }
        }
        return sent;
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

    private void passSafely() {
        try {
            publishPending();
        } catch (RuntimeException e) {
            // A broken pass (database briefly away) must not end the schedule.
            log.warn("Outbox relay pass failed; trying again in {}", settings.interval(), e);
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "koploper-outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.interval().toMillis();
        scheduler.scheduleWithFixedDelay(this::passSafely, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = scheduler;
        scheduler = null;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public boolean isAutoStartup() {
        return settings.enabled();
    }
}
