package nl.koploper.footprint.result;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.koploper.contracts.footprint.BenchmarkPlacement;
import nl.koploper.footprint.benchmark.BenchmarkEntries;
import nl.koploper.footprint.calculation.Footprint;
import nl.koploper.footprint.calculation.FootprintCalculator;
import nl.koploper.footprint.calculation.OrganisationYear;
import nl.koploper.footprint.consumption.ConsumptionData;
import nl.koploper.footprint.consumption.ConsumptionStore;
import nl.koploper.footprint.factors.FactorSets;
import nl.koploper.footprint.overrides.FactorOverrideStore;
import nl.koploper.footprint.factors.EmissionFactorSet;
import nl.koploper.platform.security.CurrentUser;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.Created;
import nl.koploper.platform.web.IdempotencyKey;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Calculates footprints: stored ones from the organisation's stored data as a new immutable version, and "what if"
 * estimates from posted data without storing anything.
 */
@Service
class CalculationService {

    /** Two people recalculating the same organisation-year at once: the loser takes the next number. */
    private static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(CalculationService.class);

    private final MongoTemplate mongo;
    private final ConsumptionStore consumption;
    private final FootprintCalculator calculator;
    private final FactorSets factorSets;
    private final Clock clock;
    private final FactorOverrideStore overrides;
    private final BenchmarkEntries benchmarks;

    CalculationService(MongoTemplate mongo, ConsumptionStore consumption, FootprintCalculator calculator,
                       FactorSets factorSets, Clock clock, FactorOverrideStore overrides,
                       BenchmarkEntries benchmarks) {
        this.mongo = mongo;
        this.consumption = consumption;
        this.calculator = calculator;
        this.factorSets = factorSets;
        this.clock = clock;
        this.overrides = overrides;
        this.benchmarks = benchmarks;
    }

    /**
     * A new version from the stored data, with {@code factorSetYear}'s set or the newest. Numbers are handed out
     * by the unique {@code _id} ({@code org:year:n}): an insert that collides with a concurrent one retries with the
     * next number, so no two results ever share a version and none is overwritten. With an {@code Idempotency-Key}
     * (unique per organisation-year by index) a repeated request, even a concurrent one, gets the first one's result.
     */
    Created<FootprintResult> calculate(String organisationId, int year, Integer factorSetYear, String idempotencyKey) {
        consumption.requireWritable(organisationId); // first: another organisation's id learns nothing else
        EmissionFactorSet set = set(factorSetYear);
        ConsumptionData data = consumption.readable(organisationId, year);
        if (idempotencyKey != null) {
            FootprintResult earlier = byRequestKey(organisationId, year, idempotencyKey);
            if (earlier != null) {
                return replay(earlier, factorSetYear);
            }
        }
        String requestKey = idempotencyKey == null ? "random:" + UUID.randomUUID() : idempotencyKey;
        Footprint footprint = calculator.calculate(data.input(), set, overrides.applicableTo(organisationId, set));
        factorSets.markUsed(set.year());
        String gemeente = TenantContext.require().value();
        String by = CurrentUser.require().subject();
        for (int attempt = 1; ; attempt++) {
            int number = latestNumber(organisationId, year) + 1;
            // Computed per attempt: the version number decides whether the recorded entry is replaced.
            List<BenchmarkPlacement> placements = benchmarks.placements(organisationId, year, number, footprint,
                    data.input().company());
            FootprintResult result = FootprintResult.calculated(gemeente, organisationId, year, number, requestKey,
                    data.version(), now(), by, footprint, placements);
            try {
                FootprintResult stored = mongo.insert(result);
                benchmarks.record(organisationId, year, number, footprint, data.input().company());
                return Created.created(stored);
            } catch (DuplicateKeyException e) {
                if (idempotencyKey != null) {
                    // Either the number was taken, or a concurrent request with the same key won: then answer with
                    // the winner's result.
                    FootprintResult winner = byRequestKey(organisationId, year, idempotencyKey);
                    if (winner != null) {
                        return replay(winner, factorSetYear);
                    }
                }
                if (attempt >= MAX_ATTEMPTS) {
                    log.warn("Footprint of {} for {} calculated concurrently {} times; giving up", organisationId,
                            year, attempt);
                    throw e;
                }
            }
        }
    }

    private FootprintResult byRequestKey(String organisationId, int year, String requestKey) {
        return mongo.findOne(ofOrganisationYear(organisationId, year).addCriteria(Criteria.where("requestKey")
                .is(requestKey)), FootprintResult.class);
    }

    /** A repeated request gets the result of the first; reusing a key for another factor set is a client error. */
    private static Created<FootprintResult> replay(FootprintResult earlier, Integer factorSetYear) {
        if (factorSetYear != null && factorSetYear != earlier.footprint().factorSetYear()) {
            throw new RuleViolationException(IdempotencyKey.RULE_REUSED, "This Idempotency-Key was used for version "
                    + earlier.number() + " with factor set " + earlier.footprint().factorSetYear()
                    + "; use a new key for another calculation");
        }
        return Created.replayed(earlier);
    }

    Footprint estimate(OrganisationYear input, Integer factorSetYear) {
        return calculator.calculate(input, set(factorSetYear));
    }

    /** Newest first; only for callers who may read the organisation's data. */
    List<FootprintResult> versions(String organisationId, int year, int page, int size) {
        consumption.readable(organisationId, year);
        return mongo.find(ofOrganisationYear(organisationId, year)
                        .with(Sort.by(Sort.Direction.DESC, "number")).skip((long) page * size).limit(size),
                FootprintResult.class);
    }

    FootprintResult version(String organisationId, int year, int number) {
        consumption.readable(organisationId, year);
        FootprintResult result = mongo.findOne(ofOrganisationYear(organisationId, year)
                .addCriteria(Criteria.where("number").is(number)), FootprintResult.class);
        if (result == null) {
            throw new NotFoundException("Footprint version", FootprintResult.idOf(organisationId, year, number));
        }
        return result;
    }

    /** Milliseconds, as the database keeps them: the 201's body then equals every later read of the version. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private int latestNumber(String organisationId, int year) {
        Query newest = ofOrganisationYear(organisationId, year).with(Sort.by(Sort.Direction.DESC, "number")).limit(1);
        newest.fields().include("number");
        FootprintResult latest = mongo.findOne(newest, FootprintResult.class);
        return latest == null ? 0 : latest.number();
    }

    private EmissionFactorSet set(Integer factorSetYear) {
        return factorSets.forCalculation(factorSetYear);
    }

    private static Query ofOrganisationYear(String organisationId, int year) {
        return Query.query(Criteria.where("organisationId").is(organisationId).and("year").is(year)
                .and("tenantId").is(TenantContext.require().value()));
    }
}
