package nl.koploper.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.platform.tenancy.TenantRoutingMongoDatabaseFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

class OutboxRelayIT extends AbstractEventsIT {

    @Autowired
    MongoTemplate mongoTemplate;
    @Autowired
    MongoClient mongo;
    @Autowired
    TenantRoutingMongoDatabaseFactory databases;
    @Autowired
    MongoMappingContext mappingContext;
    @Autowired
    EventSender sender;
    @Autowired
    SampleHandlers.SampleHappenedHandler handler;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("sharedMongoTemplate")
    MongoTemplate sharedMongoTemplate;

    @Test
    void savedEventIsPublishedWithEnvelopeAndKeyAndLeavesThePendingList() {
        TenantId tenant = TenantId.of("westerkwartier");
        Sample sample = new Sample(newId());
        sample.happen("hello");
        PendingEvent recorded = sample.pendingEvents().get(0);

        TenantContext.runAs(tenant, () -> mongoTemplate.save(sample));

        try (TopicReader topic = read(EventsTestApplication.TOPIC)) {
            await().atMost(PATIENCE).pollInSameThread().until(() -> topic.withKey(sample.id()).size() == 1);
            ConsumerRecord<String, String> record = topic.withKey(sample.id()).get(0);
            assertThat(header(record, EventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(header(record, EventHeaders.ID)).isEqualTo(recorded.eventId());
            assertThat(header(record, EventHeaders.SOURCE)).isEqualTo("/koploper/eventstest");
            assertThat(header(record, EventHeaders.TYPE)).isEqualTo("nl.koploper.eventstest.sample-happened.v1");
            assertThat(OffsetDateTime.parse(header(record, EventHeaders.TIME)).toInstant())
                    .isEqualTo(recorded.time().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            assertThat(header(record, EventHeaders.SUBJECT)).isEqualTo(sample.id());
            assertThat(header(record, EventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
            assertThat(header(record, EventHeaders.TENANT)).isEqualTo("westerkwartier");
            assertThat(record.value()).contains("\"label\":\"hello\"");
        }
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TenantContext.callAs(tenant,
                () -> mongoTemplate.findById(sample.id(), Sample.class)).pendingEvents()).isEmpty());
        // and the platform consumer hands it to the handler inside the message's tenant
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(handler.seen).anySatisfy(seen -> {
            assertThat(seen.event().id()).isEqualTo(recorded.eventId());
            assertThat(seen.event().tenant()).isEqualTo(tenant);
            assertThat(seen.tenantInContext()).isEqualTo(tenant);
            assertThat(seen.event().payload()).isEqualTo(new SampleHappened(sample.id(), "hello"));
        }));
    }

    @Test
    void anAggregateInTheSharedDatabaseIsPublishedWithTheTenantOfItsDocument() {
        SharedSample registered = new SharedSample(newId(), "groningen");
        registered.happen("registered");
        registered.happen("renamed");
        List<String> expected = registered.pendingEvents().stream().map(PendingEvent::eventId).toList();
        SharedSample orphan = new SharedSample(newId(), null); // no tenant: nothing to put in the header
        orphan.happen("lost");
        sharedMongoTemplate.save(registered);
        sharedMongoTemplate.save(orphan);

        try (TopicReader topic = read(EventsTestApplication.TOPIC)) {
            await().atMost(PATIENCE).pollInSameThread().untilAsserted(() -> assertThat(
                    topic.withKey(registered.id()).stream().map(record -> header(record, EventHeaders.ID)).toList())
                    .containsExactlyElementsOf(expected));
            assertThat(topic.withKey(registered.id()))
                    .allSatisfy(record -> assertThat(header(record, EventHeaders.TENANT)).isEqualTo("groningen"));
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                    sharedMongoTemplate.findById(registered.id(), SharedSample.class).pendingEvents()).isEmpty());
            // the one without a tenant stays pending instead of going out without one
            relay("relay-shared").publishPending();
            assertThat(topic.withKey(orphan.id())).isEmpty();
            assertThat(sharedMongoTemplate.findById(orphan.id(), SharedSample.class).pendingEvents()).hasSize(1);
        } finally {
            sharedMongoTemplate.remove(orphan); // or every later pass warns about it
        }
    }

    @Test
    void eventsLeftBehindByADeadReplicaArePublishedOnceEachAndInOrderByConcurrentRelays() {
        TenantId tenant = TenantId.of("oldambt");
        MongoCollection<Document> leases = mongo.getDatabase(databases.databaseName(tenant))
                .getCollection(OutboxRelay.LEASES);
        Map<String, List<String>> expectedIdsPerAggregate = new LinkedHashMap<>();
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Sample sample = new Sample(newId());
            for (int n = 1; n <= 6; n++) {
                sample.happen("step-" + n);
            }
            samples.add(sample);
            expectedIdsPerAggregate.put(sample.id(), sample.pendingEvents().stream().map(PendingEvent::eventId).toList());
            // The replica that wrote it died holding the lease, before publishing anything.
            leases.insertOne(new Document("_id", "samples:" + sample.id()).append("owner", "dead-replica")
                    .append("until", Date.from(Instant.now().plus(Duration.ofHours(1)))));
        }
        TenantContext.runAs(tenant, () -> samples.forEach(mongoTemplate::save));

        OutboxRelay relayA = relay("relay-a");
        OutboxRelay relayB = relay("relay-b");
        relayA.publishPending();
        assertThat(pendingCounts(tenant, samples)).containsOnly(6);

        // The dead replica's lease runs out: both live relays compete.
        leases.updateMany(Filters.eq("owner", "dead-replica"),
                Updates.set("until", Date.from(Instant.now().minusSeconds(1))));
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> drain(relayA, tenant, samples));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> drain(relayB, tenant, samples));
        CompletableFuture.allOf(a, b).join();

        try (TopicReader topic = read(EventsTestApplication.TOPIC)) {
            await().atMost(PATIENCE).pollInSameThread().untilAsserted(() -> {
                for (Map.Entry<String, List<String>> expected : expectedIdsPerAggregate.entrySet()) {
                    List<String> published = topic.withKey(expected.getKey()).stream()
                            .map(record -> header(record, EventHeaders.ID)).toList();
                    assertThat(published).containsExactlyElementsOf(expected.getValue());
                }
            });
        }
        // every lease released, its progress kept
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(leases.countDocuments(Filters.and(
                Filters.in("_id", samples.stream().map(s -> "samples:" + s.id()).toList()),
                Filters.exists("owner")))).isZero());
        assertThat(leases.find(Filters.eq("_id", "samples:" + samples.get(0).id())).first().get("publishedThrough"))
                .isEqualTo(6L);
    }

    @Test
    void eventsPutBackByASaveFromAnOlderCopyAreNotPublishedAgain() {
        TenantId tenant = TenantId.of("pekela");
        Sample sample = new Sample(newId());
        sample.happen("first");
        sample.happen("second");
        TenantContext.runAs(tenant, () -> mongoTemplate.save(sample));
        // A request loads the aggregate while its events are still pending ...
        Sample olderCopy = TenantContext.callAs(tenant, () -> mongoTemplate.findById(sample.id(), Sample.class));
        // ... the relay publishes and pulls them (it leaves the version alone) ...
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TenantContext.callAs(tenant,
                () -> mongoTemplate.findById(sample.id(), Sample.class)).pendingEvents()).isEmpty());
        // ... and the request saves its change: its copy still lists the two published events.
        olderCopy.happen("third");
        TenantContext.runAs(tenant, () -> mongoTemplate.save(olderCopy));
        List<String> expected = olderCopy.pendingEvents().stream().map(PendingEvent::eventId).toList();

        try (TopicReader topic = read(EventsTestApplication.TOPIC)) {
            await().atMost(PATIENCE).pollInSameThread().untilAsserted(() -> assertThat(
                    topic.withKey(sample.id()).stream().map(record -> header(record, EventHeaders.ID)).toList())
                    .containsExactlyElementsOf(expected));
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(TenantContext.callAs(tenant,
                    () -> mongoTemplate.findById(sample.id(), Sample.class)).pendingEvents()).isEmpty());
            // further relay passes find nothing more to send
            relay("relay-c").publishPending();
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).pollInSameThread()
                    .until(() -> topic.withKey(sample.id()).size() == 3);
        }
    }

    @Test
    void aSaveWakesTheRelayLongBeforeItsInterval() {
        // The context's relay runs a timed pass only every hour (AbstractEventsIT): this is the wake-up alone.
        TenantId tenant = TenantId.of("midden-groningen");
        Sample sample = new Sample(newId());
        sample.happen("now");
        String eventId = sample.pendingEvents().get(0).eventId();

        try (TopicReader topic = read(EventsTestApplication.TOPIC)) {
            TenantContext.runAs(tenant, () -> mongoTemplate.insert(sample));
            await().atMost(PATIENCE).pollInSameThread().pollInterval(Duration.ofMillis(20))
                    .until(() -> topic.withKey(sample.id()).size() == 1);
            assertThat(header(topic.withKey(sample.id()).get(0), EventHeaders.ID)).isEqualTo(eventId);
        }
    }

    @Test
    void aSaveHasItsOwnAggregatePublishedAndNotTheRestOfTheCollection() {
        // The context's relay runs a timed pass only every hour (AbstractEventsIT): this is the wake-up alone.
        TenantId tenant = TenantId.of("pekela");
        MongoCollection<Document> samples = mongo.getDatabase(databases.databaseName(tenant)).getCollection("samples");
        // The relay's first pass after start-up looks everywhere: have it done before the aggregate below exists.
        Sample earlier = new Sample(newId());
        earlier.happen("earlier");
        TenantContext.runAs(tenant, () -> mongoTemplate.save(earlier));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TenantContext.callAs(tenant,
                () -> mongoTemplate.findById(earlier.id(), Sample.class)).pendingEvents()).isEmpty());
        String unannouncedId = newId();
        // Left pending by a replica that died before its save was announced: no save of this process names it.
        samples.insertOne(new Document("_id", unannouncedId).append("pendingEvents",
                List.of(pendingEvent(unannouncedId, 1, "unannounced"))));
        Sample saved = new Sample(newId());
        saved.happen("announced");

        try (TopicReader topic = read(EventsTestApplication.TOPIC)) {
            TenantContext.runAs(tenant, () -> mongoTemplate.save(saved));

            await().atMost(PATIENCE).pollInSameThread().until(() -> topic.withKey(saved.id()).size() == 1);
            // The pass the save started looked at that aggregate only; the other waits for the timed pass.
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).pollInSameThread()
                    .until(() -> topic.withKey(unannouncedId).isEmpty());
            assertThat(samples.find(Filters.eq("_id", unannouncedId)).first().getList("pendingEvents", Document.class))
                    .hasSize(1);
        } finally {
            samples.deleteOne(Filters.eq("_id", unannouncedId)); // or a later full scan publishes it
        }
    }

    @Test
    void aTimedPassPublishesWhatAnotherReplicaMarkedAndLooksNowhereElseUntilTheFullScan() {
        TenantId marked = TenantId.of("veendam");
        TenantId unmarked = TenantId.of("stadskanaal");
        String markedId = newId();
        String unmarkedId = newId();
        MongoCollection<Document> marks = mongo.getDatabase("eventstest").getCollection(OutboxRelay.MARKS);
        String markId = databases.databaseName(marked) + "/samples";
        // Written without the mapping layer, so no save wakes the context's relay; the replica that saved the first
        // one marked its place and died before publishing. Nobody marked the second (its saver died before that).
        mongo.getDatabase(databases.databaseName(marked)).getCollection("samples").insertOne(new Document("_id",
                markedId).append("pendingEvents", List.of(pendingEvent(markedId, 1, "marked"))));
        relay("relay-dead-saver").aggregateSaved("samples", marked, markedId);
        mongo.getDatabase(databases.databaseName(unmarked)).getCollection("samples").insertOne(new Document("_id",
                unmarkedId).append("pendingEvents", List.of(pendingEvent(unmarkedId, 1, "unmarked"))));
        assertThat(marks.find(Filters.eq("_id", markId)).first()).isNotNull();

        OutboxRelay survivor = relay("relay-survivor");
        try (TopicReader topic = read(EventsTestApplication.TOPIC)) {
            survivor.publishMarked();
            await().atMost(PATIENCE).pollInSameThread().until(() -> topic.withKey(markedId).size() == 1);
            assertThat(marks.find(Filters.eq("_id", markId)).first()).isNull(); // its place is empty now
            survivor.publishMarked();
            assertThat(topic.withKey(unmarkedId)).isEmpty();

            survivor.publishPending(); // the full scan finds the unmarked one
            await().atMost(PATIENCE).pollInSameThread().until(() -> topic.withKey(unmarkedId).size() == 1);
            assertThat(topic.withKey(markedId)).hasSize(1);
        }
    }

    @Test
    void aFailedSendKeepsItAndEveryLaterEventPendingAndTheAcknowledgedOnesGone() {
        TenantId tenant = TenantId.of("eemsdelta");
        MongoDatabase database = mongo.getDatabase(databases.databaseName(tenant));
        String id = newId();
        // Written without the mapping layer, so no save wakes the context's relay: only the relay below sends.
        // The third event is larger than the producer accepts (max.request.size, 1 MB): its send fails.
        database.getCollection("samples").insertOne(new Document("_id", id).append("tenantId", tenant.value())
                .append("pendingEvents", List.of(
                        pendingEvent(id, 1, "first"), pendingEvent(id, 2, "second"),
                        pendingEvent(id, 3, "x".repeat(2_000_000)), pendingEvent(id, 4, "fourth"))));
        try (TopicReader topic = read(EventsTestApplication.TOPIC)) {
            relay("relay-failing").publishPending();

            await().atMost(PATIENCE).pollInSameThread().until(() -> topic.withKey(id).size() >= 2);
            assertThat(topic.withKey(id).subList(0, 2)).extracting(record -> header(record, EventHeaders.ID))
                    .containsExactly(id + "-1", id + "-2");
            // The failed one and everything after it stay, to be sent again from there; the fourth may have gone
            // out already (sent without waiting) and then arrives twice, which consumers absorb.
            Document left = database.getCollection("samples").find(Filters.eq("_id", id)).first();
            assertThat(left.getList("pendingEvents", Document.class)).extracting(event -> event.get("sequence"))
                    .containsExactly(3L, 4L);
            Document lease = database.getCollection(OutboxRelay.LEASES).find(Filters.eq("_id", "samples:" + id)).first();
            assertThat(lease.get("publishedThrough")).isEqualTo(2L);
            assertThat(lease.containsKey("owner")).isFalse();
            // and its place is marked, so that the timed passes try again without searching every gemeente
            assertThat(mongo.getDatabase("eventstest").getCollection(OutboxRelay.MARKS)
                    .find(Filters.eq("_id", database.getName() + "/samples")).first()).isNotNull();
        } finally {
            database.getCollection("samples").deleteOne(Filters.eq("_id", id)); // or every later pass fails on it
        }
    }

    private static Document pendingEvent(String aggregateId, long sequence, String label) {
        return new Document("eventId", aggregateId + "-" + sequence).append("sequence", sequence)
                .append("type", "nl.koploper.eventstest.sample-happened.v1").append("topic", EventsTestApplication.TOPIC)
                .append("time", new Date()).append("payload", EventJson.write(new SampleHappened(aggregateId, label)));
    }

    private void drain(OutboxRelay relay, TenantId tenant, List<Sample> samples) {
        await().atMost(PATIENCE).until(() -> {
            relay.publishPending();
            return pendingCounts(tenant, samples).stream().allMatch(count -> count == 0);
        });
    }

    private List<Integer> pendingCounts(TenantId tenant, List<Sample> samples) {
        return TenantContext.callAs(tenant, () -> samples.stream()
                .map(sample -> mongoTemplate.findById(sample.id(), Sample.class).pendingEvents().size()).toList());
    }

    private OutboxRelay relay(String owner) {
        return new OutboxRelay(mongo, databases, mappingContext, sender, "eventstest",
                new EventsProperties.Relay(true, Duration.ofMillis(100), Duration.ofHours(1),
                        Duration.ofSeconds(30), 100), owner,
                new SimpleMeterRegistry(), Clock.systemUTC());
    }
}
