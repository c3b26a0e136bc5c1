package nl.koploper.platform.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.Instant;
import nl.koploper.contracts.tenant.GemeenteProfile;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.test.SettableClock;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What the registry answers, what its in-memory cache keeps, for how long, and how much of it an anonymous caller can
 * fill.
 */
class GemeenteRegistryCacheTest {

    private static final Duration TTL = Duration.ofSeconds(5);

    private final SettableClock clock = new SettableClock();
    private MongoServer server;
    private MongoClient client;
    private MongoTemplate shared;
    private GemeenteRegistry registry;

    @BeforeEach
    void start() {
        clock.set(Instant.parse("2027-03-01T10:00:00Z"));
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        shared = new MongoTemplate(client, "registry");
        registry = new GemeenteRegistry(shared, TTL, true, clock);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aFloodOfUnknownSlugsNeitherGrowsTheCacheNorPushesOutTheRegisteredGemeenten() {
        registry.apply(profile("groningen", true, 1));
        assertThat(registry.requireActive("groningen").value()).isEqualTo("groningen");

        for (int i = 0; i < 10_000; i++) {
            String unknown = "onbekend-" + i;
            assertThatThrownBy(() -> registry.requireActive(unknown)).isInstanceOf(NotFoundException.class);
        }

        assertThat(registry.cachedUnknown()).isBetween(1L, (long) GemeenteRegistry.MAX_UNKNOWN);
        deactivateBehindTheRegistrysBack("groningen");
        assertThat(registry.isActive("groningen")).as("still answered from the cache").isTrue();
    }

    @Test
    void aChangeMadeByAnotherReplicaIsVisibleWhenTheCachedAnswerExpires() {
        registry.apply(profile("groningen", true, 1));
        assertThat(registry.isActive("groningen")).isTrue();
        assertThat(registry.isRegistered("delfzijl")).isFalse();

        deactivateBehindTheRegistrysBack("groningen");
        shared.getCollection(GemeenteRegistry.COLLECTION).insertOne(new Document("_id", "delfzijl")
                .append("active", true).append("revision", 1L));
        clock.set(clock.instant().plus(TTL).minusMillis(1));
        assertThat(registry.isActive("groningen")).isTrue();
        assertThat(registry.isRegistered("delfzijl")).isFalse();

        clock.set(clock.instant().plusMillis(1));
        assertThat(registry.isActive("groningen")).isFalse();
        assertThat(registry.isRegistered("delfzijl")).isTrue();
    }

    @Test
    void aChangeAppliedInThisReplicaIsVisibleAtOnce() {
        assertThat(registry.isRegistered("groningen")).isFalse();
        registry.apply(profile("groningen", true, 1));
        assertThat(registry.isActive("groningen")).isTrue();
        registry.apply(profile("groningen", false, 2));
        assertThat(registry.isActive("groningen")).isFalse();
    }

    @Test
    void aZeroTtlAsksTheDatabaseEveryTime() {
        GemeenteRegistry uncached = new GemeenteRegistry(shared, Duration.ZERO, true, clock);
        uncached.apply(profile("groningen", true, 1));
        assertThat(uncached.isActive("groningen")).isTrue();
        deactivateBehindTheRegistrysBack("groningen");
        assertThat(uncached.isActive("groningen")).isFalse();
    }

    @Test
    void theDisplayNameOfARegisteredGemeenteElseItsSlug() {
        registry.apply(profile("groningen", true, 1));

        assertThat(registry.displayName("groningen")).isEqualTo("Gemeente groningen");
        assertThat(registry.displayName("nergenshuizen")).isEqualTo("nergenshuizen");
    }

    @Test
    void aPublicPathsGemeenteIsA400WhenNoSlugAtAllElseJudgedAsAnyOther() {
        registry.apply(profile("groningen", true, 1));
        registry.apply(profile("delfzijl", false, 1));

        assertThat(registry.requireActiveInPath("groningen")).isEqualTo(TenantId.of("groningen"));
        assertThatThrownBy(() -> registry.requireActiveInPath("Not A Slug!"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(tuple("tenant", "invalid")));
        assertThatThrownBy(() -> registry.requireActiveInPath("nergenshuizen")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registry.requireActiveInPath("delfzijl"))
                .isInstanceOf(GemeenteNotActiveException.class);
    }

    /** As another replica's consumer would: this registry's process does not hear of it. */
    private void deactivateBehindTheRegistrysBack(String gemeente) {
        shared.getCollection(GemeenteRegistry.COLLECTION).updateOne(Filters.eq("_id", gemeente),
                Updates.combine(Updates.set("active", false), Updates.inc("revision", 1L)));
    }

    private static GemeenteProfile profile(String gemeente, boolean active, long revision) {
        return new GemeenteProfile(gemeente, "Gemeente " + gemeente, "Ria Bakker", "ria@" + gemeente + ".example",
                "Koplopers " + gemeente, "koploper@" + gemeente + ".example", null, "nl", active, revision);
    }
}
