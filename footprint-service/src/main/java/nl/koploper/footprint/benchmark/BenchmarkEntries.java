package nl.koploper.footprint.benchmark;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.Optional;
import nl.koploper.contracts.footprint.BenchmarkPlacement;
import nl.koploper.footprint.calculation.CompanyData;
import nl.koploper.footprint.calculation.Footprint;
import nl.koploper.footprint.organisations.CohortParticipants;
import nl.koploper.platform.sbi.SbiSector;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The key figures benchmarks compare, kept up to date as results are stored. One collection in the shared database
 * ({@code footprint.benchmark_entries}) for every gemeente, since benchmarks compare with the sector in other
 * gemeenten; each entry is keyed by gemeente, organisation and year, so the same organisation id in two gemeenten
 * never collides. Entries never leave the service: readers get only group statistics and their own entry.
 */
@Component
public class BenchmarkEntries {

    /** 20 significant digits: per-unit figures are shown, not summed further; exact division is impossible. */
    static final MathContext PER_UNIT = new MathContext(20, RoundingMode.HALF_EVEN);

    private final MongoTemplate mongo;
    private final CohortParticipants participants;

    BenchmarkEntries(@Qualifier("sharedMongoTemplate") MongoTemplate shared, CohortParticipants participants) {
        this.mongo = shared;
        this.participants = participants;
        // Boot's start-up index creation is off (platform), and TenantDatabaseIndexes only serves the gemeenten's
        // databases.
        IndexOperations indexes = shared.indexOps(BenchmarkEntry.class);
        indexes.createIndex(new Index().on("tenantId", Sort.Direction.ASC).on("organisationId", Sort.Direction.ASC)
                .on("year", Sort.Direction.ASC).unique().named("tenant_organisation_year"));
        indexes.createIndex(new Index().on("year", Sort.Direction.ASC).on("sbiSection", Sort.Direction.ASC)
                .named("year_section"));
    }

    /**
     * Records the key figures of a newly stored result, unless a newer version of the same organisation-year is
     * already recorded (two calculations finishing out of order).
     */
    public void record(String organisationId, int year, int version, Footprint footprint, CompanyData company) {
        BenchmarkEntry entry = entryOf(organisationId, year, version, footprint, company);
        Query olderOrNone = Query.query(Criteria.where("_id").is(entry.id()).and("resultVersion").lt(version));
        Update update = new Update()
                .set("tenantId", entry.tenantId())
                .set("organisationId", organisationId)
                .set("year", year)
                .set("resultVersion", version)
                .set("sbiDivision", entry.sbiDivision())
                .set("sbiSection", entry.sbiSection())
                .set("productionUnit", entry.productionUnit())
                .set("complete", entry.complete())
                .set("preliminary", entry.preliminary())
                .set("perFteKg", entry.perFteKg())
                .set("perM2Kg", entry.perM2Kg())
                .set("perProductionUnitKg", entry.perProductionUnitKg());
        try {
            mongo.upsert(olderOrNone, update, BenchmarkEntry.class);
        } catch (DuplicateKeyException newerVersionRecorded) {
            // the filter missed because a newer version is there: keep it
        }
    }

    /**
     * Where a footprint about to be stored places the organisation-year, per key figure, for its
     * {@code FootprintCalculated} event: the benchmark endpoint's computation ({@link BenchmarkPlacements}) with
     * this footprint's figures against the organisations the endpoint compares with ({@link #comparedWith}). Only
     * key figures whose group is publishable; none for an incomplete footprint or without an SBI code.
     */
    public List<BenchmarkPlacement> placements(String organisationId, int year, int version, Footprint footprint,
                                               CompanyData company) {
        BenchmarkEntry own = entryOf(organisationId, year, version, footprint, company);
        if (!own.complete() || own.sbiSection() == null) {
            return List.of();
        }
        List<BenchmarkEntry> others = comparedWith(own.tenantId(), year, own.sbiSection());
        List<BenchmarkPlacement> placements = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            BenchmarkPlacements.Placement placement = BenchmarkPlacements.of(own, others, metric);
            if (placement.available()) {
                placements.add(new BenchmarkPlacement(metric.name(), placement.unit(), placement.ownValue(),
                        placement.group().level(), placement.group().code(), placement.statistics().organisations(),
                        placement.statistics().average(), placement.position().name()));
            }
        }
        return placements;
    }

    private static BenchmarkEntry entryOf(String organisationId, int year, int version, Footprint footprint,
                                          CompanyData company) {
        BigDecimal total = footprint.totalMarketBasedKg();
        String division = SbiSector.divisionOf(company.sbiCode());
        String section = SbiSector.sectionOf(company.sbiCode());
        String unit = company.productionUnit() == null || company.productionUnit().isBlank() ? null
                : company.productionUnit().strip().toLowerCase(Locale.ROOT);
        String gemeente = TenantContext.require().value();
        return new BenchmarkEntry(BenchmarkEntry.idOf(gemeente, organisationId, year), gemeente, organisationId, year,
                version, section == null ? null : division, section, unit, footprint.complete(),
                footprint.preliminary(), per(total, company.fte()), per(total, company.floorAreaM2()),
                unit == null ? null : per(total, company.productionVolume()));
    }

    /** The caller's gemeente's entry of the organisation-year (the gemeente is part of the key and the filter). */
    Optional<BenchmarkEntry> of(String organisationId, int year) {
        String gemeente = TenantContext.require().value();
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id")
                .is(BenchmarkEntry.idOf(gemeente, organisationId, year)).and("tenantId").is(gemeente)
                .and("organisationId").is(organisationId)), BenchmarkEntry.class));
    }

    /**
     * What {@code gemeente} may compare with in {@code section} in {@code year}: the complete entries of the
     * other gemeenten, of organisations that are placed participants of their gemeente's cohorts now (an organisation
     * that left, waits for a place, or never was registered does not count, whatever data it has). The caller's own
     * gemeente is left out entirely, so what it enters, made up or real, now or later, changes nothing it is shown.
     * The caller must reduce the entries to statistics ({@link Benchmarks}); no entry may be returned as is.
     */
    List<BenchmarkEntry> comparedWith(String gemeente, int year, String section) {
        List<BenchmarkEntry> candidates = mongo.find(Query.query(Criteria.where("year").is(year)
                .and("sbiSection").is(section).and("complete").is(true).and("tenantId").ne(gemeente)),
                BenchmarkEntry.class);
        Map<String, List<BenchmarkEntry>> byGemeente = new TreeMap<>();
        for (BenchmarkEntry entry : candidates) {
            byGemeente.computeIfAbsent(entry.tenantId(), t -> new ArrayList<>()).add(entry);
        }
        List<BenchmarkEntry> compared = new ArrayList<>();
        byGemeente.forEach((otherGemeente, entries) -> {
            if (!TenantId.isValid(otherGemeente)) {
                return;
            }
            Set<String> placed = participants.placedAmong(TenantId.of(otherGemeente),
                    entries.stream().map(BenchmarkEntry::organisationId).toList());
            for (BenchmarkEntry entry : entries) {
                if (placed.contains(entry.organisationId())) {
                    compared.add(entry);
                }
            }
        });
        return compared;
    }

    private static BigDecimal per(BigDecimal total, BigDecimal size) {
        // Stored as a string like every amount here (big-decimal: string); the converter handles BigDecimal.
        return size == null || size.signum() <= 0 ? null : total.divide(size, PER_UNIT);
    }
}
