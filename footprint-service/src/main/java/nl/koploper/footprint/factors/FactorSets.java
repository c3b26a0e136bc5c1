package nl.koploper.footprint.factors;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The factor catalog every calculation uses: the lists shipped in the service's file plus the lists platform-admins
 * published, which live in the shared database. Read at start-up, after a publish on this replica, and again when
 * the last read is older than {@code koploper.footprint.factor-lists-refresh} (default 30 s), so another replica's
 * publish is seen within that interval; a request naming a set year newer than the cached catalog reads at once.
 */
@Component
public class FactorSets {

    private static final Logger log = LoggerFactory.getLogger(FactorSets.class);

    private final EmissionFactorCatalog bundled;
    private final MongoTemplate shared;
    private final Clock clock;
    private final Duration refreshInterval;
    /** Years this replica has already marked as used: the mark is written once, not on every calculation. */
    private final Set<Integer> knownUsed = ConcurrentHashMap.newKeySet();
    private volatile Loaded loaded;

    FactorSets(EmissionFactorCatalog bundled, @Qualifier("sharedMongoTemplate") MongoTemplate shared, Clock clock,
               @Value("${koploper.footprint.factor-lists-refresh:30s}") Duration refreshInterval) {
        this.bundled = bundled;
        this.shared = shared;
        this.clock = clock;
        this.refreshInterval = refreshInterval;
        this.loaded = load();
    }

    private record Loaded(EmissionFactorCatalog catalog, Instant readAt) {
    }

    /** The current catalog, re-read when the last read is older than the refresh interval. */
    public EmissionFactorCatalog catalog() {
        Loaded current = loaded;
        if (clock.instant().isAfter(current.readAt().plus(refreshInterval))) {
            return refresh();
        }
        return current.catalog();
    }

    /** Reads the published lists now (and forgets which set years this replica saw marked as used). */
    public synchronized EmissionFactorCatalog refresh() {
        knownUsed.clear();
        loaded = load();
        return loaded.catalog();
    }

    /**
     * The set a calculation uses: {@code factorSetYear}'s, or the newest when null.
     *
     * @throws InvalidInputException (field {@code factorSetYear}) outside the first to the newest list year
     */
    public EmissionFactorSet forCalculation(Integer factorSetYear) {
        EmissionFactorCatalog catalog = catalog();
        if (factorSetYear == null) {
            return catalog.latest();
        }
        if (factorSetYear > catalog.listYears().last()) {
            catalog = refresh(); // published on another replica since our last read?
        }
        int first = catalog.listYears().first();
        int last = catalog.listYears().last();
        if (factorSetYear < first || factorSetYear > last) {
            throw new InvalidInputException("factorSetYear",
                    "there is a factor set for " + first + " to " + last + ", not for " + factorSetYear);
        }
        return catalog.setFor(factorSetYear);
    }

    /**
     * Records that a stored result used the set of {@code year}, before the result is stored: a list can then not
     * be replaced under a result (a replace racing the very first use of its set is the one gap left).
     */
    public void markUsed(int year) {
        if (knownUsed.contains(year)) {
            return;
        }
        shared.upsert(Query.query(Criteria.where("_id").is(year)),
                new Update().setOnInsert("firstUsedAt", clock.instant()), FactorSetUsage.class);
        knownUsed.add(year);
    }

    /** Whether a stored result used a set composed with list {@code year}: a set of that year or later. */
    public boolean usedFrom(int year) {
        return shared.exists(Query.query(Criteria.where("_id").gte(year)), FactorSetUsage.class);
    }

    /** The list years published through the API (the rest were shipped). */
    public List<Integer> publishedYears() {
        return shared.find(new Query().with(Sort.by("_id")), PublishedFactorList.class).stream()
                .map(PublishedFactorList::year).toList();
    }

    /**
     * Publishes {@code year}'s list, or replaces it while no result has used it. Checked by
     * {@link NewFactorSetValidator} against the set before it; nothing is stored when anything is wrong.
     *
     * @return true when the list is new, false when it replaced one
     * @throws InvalidInputException      with every problem (field paths {@code factors[i].unit} and the like)
     * @throws RuleViolationException     {@code factor-list-shipped} for a list of the service's file,
     *                                    {@code factor-list-not-newest} for a list later lists build on,
     *                                    {@code factor-set-used} once a stored result used it
     */
    public synchronized boolean publish(int year, List<ProposedFactor> factors, List<String> retired, String by) {
        List<String> retiredKeys = retired == null ? List.of() : retired;
        int lastShipped = bundled.listYears().last();
        if (bundled.listYears().contains(year)) {
            throw new RuleViolationException("factor-list-shipped", "The list of " + year
                    + " ships with the service and is immutable; publish a list for a year after " + lastShipped);
        }
        List<PublishedFactorList> published = readPublished();
        PublishedFactorList existing = published.stream().filter(list -> list.year() == year).findFirst()
                .orElse(null);
        EmissionFactorCatalog before = bundled;
        for (PublishedFactorList list : published) {
            if (list.year() < year && list.year() > lastShipped) {
                before = before.withPublishedList(list.year(), list.factors(), list.retired());
            }
        }
        if (existing != null) {
            if (published.get(published.size() - 1).year() != year) {
                throw new RuleViolationException("factor-list-not-newest", "The list of " + year
                        + " has later lists built on it and cannot be replaced");
            }
            if (usedFrom(year)) {
                throw new RuleViolationException("factor-set-used", "A stored footprint was computed with the set "
                        + "of " + year + " (or later); it is immutable, so results stay reproducible");
            }
        }
        List<FieldProblem> problems = before.validateNewList(year, factors, retiredKeys);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Factor list " + year + " is invalid", problems);
        }
        List<EmissionFactor> rows = EmissionFactorCatalog.checkedRows(year, factors);
        PublishedFactorList list = existing != null ? existing : new PublishedFactorList(year);
        list.publish(rows, retiredKeys, clock.instant(), by);
        try {
            if (existing == null) {
                shared.insert(list);
            } else {
                shared.save(list);
            }
        } catch (DuplicateKeyException | OptimisticLockingFailureException e) {
            throw new RuleViolationException("factor-list-changed", "The list of " + year
                    + " was published or replaced at the same moment elsewhere; read it and try again");
        }
        refresh();
        return existing == null;
    }

    private List<PublishedFactorList> readPublished() {
        return shared.find(new Query().with(Sort.by("_id")), PublishedFactorList.class);
    }

    private Loaded load() {
        List<PublishedFactorList> published = readPublished();
        EmissionFactorCatalog catalog = bundled;
        for (PublishedFactorList list : published) {
            if (list.year() <= catalog.listYears().last()) {
                // A newer release may ship a year that was published through the API; the shipped list wins.
                log.warn("Published factor list {} is not after the shipped lists; ignored", list.year());
                continue;
            }
            catalog = catalog.withPublishedList(list.year(), list.factors(), list.retired());
        }
        return new Loaded(catalog, clock.instant());
    }
}
