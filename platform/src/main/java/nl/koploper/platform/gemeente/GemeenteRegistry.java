package nl.koploper.platform.gemeente;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.koploper.contracts.tenant.GemeenteProfile;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.ProblemText;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * This service's copy of the gemeente registry that cohort-service owns: the newest {@link GemeenteProfile} of every
 * gemeente, kept from {@code tenant.events.v1} by {@link GemeenteRegistryListener} in the service's shared database
 * (collection {@value #COLLECTION}), so every replica of the service reads the same copy.
 *
 * <p>{@link #apply} keeps a profile only when its revision is higher than the stored one (the comparison is in the
 * update's filter, so it holds against a concurrent apply in another replica): a redelivered or late, older event
 * changes nothing.
 *
 * <p>Answers are cached in memory for {@code koploper.tenancy.registry-cache-ttl} (5 s by default), because the check
 * runs on every request. So a deactivation (or a registration) takes effect on every replica within that time after
 * the replica's consumer has applied the event; the replica that applies it forgets its cached answer at once. The
 * cache is bounded: at most {@value #MAX_KNOWN} registered gemeenten (the Netherlands has 342) and, apart from them,
 * at most {@value #MAX_UNKNOWN} unknown slugs, so public links probed with made-up slugs neither grow it nor push the
 * registered gemeenten out.
 */
public class GemeenteRegistry {

    /** The collection of the copy in the service's shared database. */
    public static final String COLLECTION = "gemeente_registry";

    static final int MAX_KNOWN = 1024;
    static final int MAX_UNKNOWN = 256;

    private static final Logger log = LoggerFactory.getLogger(GemeenteRegistry.class);

    private final MongoTemplate shared;
    private final Duration cacheTtl;
    private final boolean required;
    private final Cache<String, GemeenteProfile> known;
    private final Cache<String, Boolean> unknown;

    /**
     * @param shared   the service's shared database (not a tenant's)
     * @param cacheTtl how long an answer is reused; zero turns the cache off
     * @param required {@code koploper.tenancy.require-registered-gemeente}: when false, {@link #requireActive} lets
     *                 every valid slug through (the request filter is then not installed either)
     */
    public GemeenteRegistry(MongoTemplate shared, Duration cacheTtl, boolean required, Clock clock) {
        this.shared = shared;
        this.cacheTtl = cacheTtl;
        this.required = required;
        Instant origin = clock.instant();
        Ticker ticker = () -> Duration.between(origin, clock.instant()).toNanos();
        this.known = Caffeine.newBuilder().maximumSize(MAX_KNOWN).expireAfterWrite(cacheTtl).ticker(ticker).build();
        this.unknown = Caffeine.newBuilder().maximumSize(MAX_UNKNOWN).expireAfterWrite(cacheTtl).ticker(ticker).build();
    }

    /** The newest profile this service has of {@code tenant}, if it is registered at all (active or not). */
    public Optional<GemeenteProfile> profile(String tenant) {
        if (tenant == null) {
            return Optional.empty();
        }
        GemeenteProfile cached = known.getIfPresent(tenant);
        if (cached != null) {
            return Optional.of(cached);
        }
        if (unknown.getIfPresent(tenant) != null) {
            return Optional.empty();
        }
        Optional<GemeenteProfile> stored = Optional.ofNullable(collection().find(Filters.eq("_id", tenant)).first())
                .map(GemeenteRegistry::toProfile);
        if (!cacheTtl.isZero()) {
            stored.ifPresentOrElse(profile -> known.put(tenant, profile), () -> unknown.put(tenant, true));
        }
        return stored;
    }

    /** The gemeente's name as people read it on a page or a PDF ("Gemeente Westerkwartier"), else its slug. */
    public String displayName(String tenant) {
        return profile(tenant).map(GemeenteProfile::displayName).orElse(tenant);
    }

    public boolean isRegistered(String tenant) {
        return profile(tenant).isPresent();
    }

    public boolean isActive(String tenant) {
        return profile(tenant).map(GemeenteProfile::active).orElse(false);
    }

    /** Whether requests are checked against the registry ({@code koploper.tenancy.require-registered-gemeente}). */
    public boolean isRequired() {
        return required;
    }

    /**
     * For endpoints that take the gemeente from a path (public links): the gemeente when it is registered and active;
     * a 404 {@link NotFoundException} when it is not registered (or not a slug), a 403
     * {@link GemeenteNotActiveException} when it is deactivated. With the check switched off, any slug passes.
     */
    public TenantId requireActive(String tenant) {
        if (!TenantId.isValid(tenant)) {
            throw new NotFoundException("Gemeente", String.valueOf(tenant));
        }
        if (!required) {
            return TenantId.of(tenant);
        }
        GemeenteProfile profile = profile(tenant).orElseThrow(() -> new NotFoundException("Gemeente", tenant));
        if (!profile.active()) {
            throw new GemeenteNotActiveException(tenant);
        }
        return TenantId.of(tenant);
    }

    /**
     * The active gemeente a public path names ({@code /api/public/.../{tenant}/...}, where no token says which one):
     * a 400 naming the path's {@code tenant} segment when it is not a slug at all, otherwise as {@link #requireActive}.
     */
    public TenantId requireActiveInPath(String slug) {
        if (!TenantId.isValid(slug)) {
            throw new InvalidInputException("tenant", "invalid", new ProblemText("tenant.slug",
                    "must be a gemeente's slug: lower-case letters, digits and inner hyphens"));
        }
        return requireActive(slug);
    }

    /**
     * Stores {@code profile} unless a profile of the same or a higher revision is stored already; what the Kafka
     * consumer calls for every tenant event (and tests, to register gemeenten through the same path).
     *
     * @return true when it was stored, false when it was older than (or as old as) what is stored
     */
    public boolean apply(GemeenteProfile profile) {
        if (!TenantId.isValid(profile.tenantId())) {
            throw new IllegalArgumentException("'" + profile.tenantId() + "' is not a gemeente slug");
        }
        Document document = toDocument(profile);
        MongoCollection<Document> collection = collection();
        boolean stored;
        // Newer than what is stored: replace it; nothing stored yet: insert; otherwise (same or older) keep ours.
        if (collection.replaceOne(Filters.and(Filters.eq("_id", profile.tenantId()),
                Filters.lt("revision", profile.revision())), document).getMatchedCount() == 1) {
            stored = true;
        } else {
            stored = insertIfAbsent(collection, document);
        }
        evict(profile.tenantId());
        if (stored) {
            log.info("Gemeente {} is now at revision {} ({})", profile.tenantId(), profile.revision(),
                    profile.active() ? "active" : "deactivated");
        } else {
            log.debug("Ignored revision {} of gemeente {}: not newer than the stored one", profile.revision(),
                    profile.tenantId());
        }
        return stored;
    }

    /** Forgets the cached answer for {@code tenant} in this process. */
    public void evict(String tenant) {
        known.invalidate(tenant);
        unknown.invalidate(tenant);
    }

    public void evictAll() {
        known.invalidateAll();
        unknown.invalidateAll();
    }

    /** How many unknown slugs the cache holds now, after its pending evictions (for tests). */
    long cachedUnknown() {
        unknown.cleanUp();
        return unknown.estimatedSize();
    }

    private static boolean insertIfAbsent(MongoCollection<Document> collection, Document document) {
        try {
            collection.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false; // stored already with the same or a higher revision
            }
            throw e;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private MongoCollection<Document> collection() {
        return shared.getCollection(COLLECTION);
    }

    private static Document toDocument(GemeenteProfile profile) {
        return new Document("_id", profile.tenantId())
                .append("displayName", profile.displayName())
                .append("contactName", profile.contactName())
                .append("contactEmail", profile.contactEmail())
                .append("senderName", profile.senderName())
                .append("replyTo", profile.replyTo())
                .append("logoUrl", profile.logoUrl())
                .append("defaultLocale", profile.defaultLocale())
                .append("active", profile.active())
                .append("revision", profile.revision());
    }

    private static GemeenteProfile toProfile(Document document) {
        return new GemeenteProfile(document.getString("_id"), document.getString("displayName"),
                document.getString("contactName"), document.getString("contactEmail"), document.getString("senderName"),
                document.getString("replyTo"), document.getString("logoUrl"), document.getString("defaultLocale"),
                Boolean.TRUE.equals(document.getBoolean("active")), document.get("revision", Number.class).longValue());
    }
}
