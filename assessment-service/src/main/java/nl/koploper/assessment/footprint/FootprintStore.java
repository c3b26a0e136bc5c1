package nl.koploper.assessment.footprint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.koploper.contracts.footprint.FootprintCalculated;
import nl.koploper.platform.tenancy.TenantContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps, per organisation-year of the current gemeente, the footprint with the highest version. Applying an event is
 * idempotent by its nature: a redelivered or older version (versions of one organisation-year can arrive out of order,
 * since footprint-service keys each version by its own result id) changes nothing.
 */
@Component
public class FootprintStore {

    private final MongoTemplate mongo;

    FootprintStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return true when the event's version became the one kept */
    boolean keep(FootprintCalculated event, Instant now) {
        String id = OrganisationFootprint.idOf(event.organisationId(), event.year());
        while (true) {
            OrganisationFootprint existing = mongo.findOne(byId(id), OrganisationFootprint.class);
            if (existing != null && existing.footprintVersion() >= event.version()) {
                return false;
            }
            OrganisationFootprint kept = of(event, existing == null ? now : existing.firstReceivedAt());
            if (existing == null) {
                try {
                    mongo.insert(kept);
                    return true;
                } catch (DuplicateKeyException raced) {
                    continue;
                }
            }
            // Replace only the version we read, so a concurrent newer version is never overwritten by an older one.
            Query unchanged = byId(id).addCriteria(Criteria.where("footprintVersion").is(existing.footprintVersion()));
            OrganisationFootprint replaced = mongo.findAndReplace(unchanged, kept);
            if (replaced != null) {
                return true;
            }
        }
    }

    /**
     * The baseline footprint of an organisation: that of {@code baselineYear} when the coordinator set one, otherwise
     * of the first year whose footprint arrived.
     */
    public Optional<OrganisationFootprint> baseline(String organisationId, Integer baselineYear) {
        if (baselineYear != null) {
            return Optional.ofNullable(mongo.findOne(byId(OrganisationFootprint.idOf(organisationId, baselineYear)),
                    OrganisationFootprint.class));
        }
        Query first = ofThisGemeente(Criteria.where("organisationId").is(organisationId))
                .with(Sort.by(Sort.Order.asc("firstReceivedAt"), Sort.Order.asc("year"))).limit(1);
        return Optional.ofNullable(mongo.findOne(first, OrganisationFootprint.class));
    }

    /** Every year of the organisation, earliest first. */
    public List<OrganisationFootprint> years(String organisationId) {
        return mongo.find(ofThisGemeente(Criteria.where("organisationId").is(organisationId))
                .with(Sort.by("year")), OrganisationFootprint.class);
    }

    private static OrganisationFootprint of(FootprintCalculated e, Instant firstReceivedAt) {
        List<OrganisationFootprint.ThemeAmount> themes = e.perThemeKg() == null ? List.of()
                : e.perThemeKg().entrySet().stream()
                .filter(t -> t.getKey() != null && t.getValue() != null)
                .map(t -> new OrganisationFootprint.ThemeAmount(t.getKey(), t.getValue().toPlainString()))
                .sorted(Comparator.comparing(OrganisationFootprint.ThemeAmount::theme))
                .toList();
        return new OrganisationFootprint(OrganisationFootprint.idOf(e.organisationId(), e.year()),
                TenantContext.require().value(), e.organisationId(), e.year(), e.version(), e.resultId(),
                e.factorSetYear(), text(e.scope1Kg()), text(e.scope2MarketBasedKg()), text(e.scope2LocationBasedKg()),
                text(e.scope3Kg()), text(e.totalMarketBasedKg()), text(e.totalLocationBasedKg()), themes,
                e.complete(), e.preliminary(), e.calculatedAt(), firstReceivedAt, Benchmark.of(e.benchmark()));
    }

    private static String text(BigDecimal kg) {
        return kg == null ? null : kg.toPlainString();
    }

    private static Query byId(String id) {
        return ofThisGemeente(Criteria.where("_id").is(id));
    }

    private static Query ofThisGemeente(Criteria criteria) {
        return Query.query(criteria.and("tenantId").is(TenantContext.require().value()));
    }
}
