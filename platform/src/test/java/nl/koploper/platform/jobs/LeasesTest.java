package nl.koploper.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who holds an entry of a work list, and when another replica may take it over. */
class LeasesTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> entries;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        entries = client.getDatabase("jobs").getCollection("work");
        entries.insertOne(new Document("_id", "a").append("dueDate", "2027-02-28"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void anEntryIsHeldByOneClaimantUntilItsLeaseRunsOut() {
        assertThat(Leases.claim(entries, Filters.eq("_id", "a"), "leaseUntil", NOW, LEASE)).isTrue();
        assertThat(Leases.claim(entries, Filters.eq("_id", "a"), "leaseUntil", NOW.plusSeconds(1), LEASE)).isFalse();
        assertThat(Leases.claim(entries, Filters.eq("_id", "a"), "leaseUntil", NOW.plus(LEASE), LEASE)).isTrue();
    }

    @Test
    void eachJobHasItsOwnLeaseOnTheSameEntry() {
        assertThat(Leases.claim(entries, Filters.eq("_id", "a"), "reminderLeaseUntil", NOW, LEASE)).isTrue();
        assertThat(Leases.claim(entries, Filters.eq("_id", "a"), "heldLeaseUntil", NOW, LEASE)).isTrue();
    }

    @Test
    void aReleasedLeaseOrAnEntryThatNoLongerMatchesDecides() {
        entries.updateOne(Filters.eq("_id", "a"), new Document("$set", new Document("leaseUntil", null)));
        assertThat(Leases.claim(entries, Filters.and(Filters.eq("_id", "a"), Filters.eq("dueDate", "2027-03-15")),
                "leaseUntil", NOW, LEASE)).isFalse();
        assertThat(Leases.claim(entries, Filters.eq("_id", "b"), "leaseUntil", NOW, LEASE)).isFalse();
        assertThat(Leases.claim(entries, Filters.and(Filters.eq("_id", "a"), Filters.eq("dueDate", "2027-02-28")),
                "leaseUntil", NOW, LEASE)).isTrue();
    }
}
