package nl.koploper.footprint.benchmark;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.koploper.footprint.calculation.CompanyData;
import nl.koploper.footprint.calculation.Footprint;
import nl.koploper.footprint.calculation.SbiSector;
import nl.koploper.platform.tenancy.TenantContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The per-gemeente collection the benchmarks read, kept up to date as results are stored. */
@Component
public class BenchmarkEntries {

    /** 20 significant digits: per-unit figures are shown, not summed further; exact division is impossible. */
    static final MathContext PER_UNIT = new MathContext(20, RoundingMode.HALF_EVEN);

    private final MongoTemplate mongo;

    BenchmarkEntries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Records the key figures of a newly stored result, unless a newer version of the same organisation-year is
     * already recorded (two calculations finishing out of order).
     */
    public void record(String organisationId, int year, int version, Footprint footprint, CompanyData company) {
        BigDecimal total = footprint.totalMarketBasedKg();
        String division = SbiSector.divisionOf(company.sbiCode());
        String section = SbiSector.sectionOf(company.sbiCode());
        String unit = company.productionUnit() == null || company.productionUnit().isBlank() ? null
                : company.productionUnit().strip().toLowerCase(Locale.ROOT);
        Query olderOrNone = Query.query(Criteria.where("_id").is(BenchmarkEntry.idOf(organisationId, year))
                .and("resultVersion").lt(version));
        Update update = new Update()
                .set("tenantId", TenantContext.require().value())
                .set("organisationId", organisationId)
                .set("year", year)
                .set("resultVersion", version)
                .set("sbiDivision", section == null ? null : division)
                .set("sbiSection", section)
                .set("productionUnit", unit)
                .set("complete", footprint.complete())
                .set("preliminary", footprint.preliminary())
                .set("perFteKg", per(total, company.fte()))
                .set("perM2Kg", per(total, company.floorAreaM2()))
                .set("perProductionUnitKg", unit == null ? null : per(total, company.productionVolume()));
        try {
            mongo.upsert(olderOrNone, update, BenchmarkEntry.class);
        } catch (DuplicateKeyException newerVersionRecorded) {
            // the filter missed because a newer version is there: keep it
        }
    }

    Optional<BenchmarkEntry> of(String organisationId, int year) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id")
                .is(BenchmarkEntry.idOf(organisationId, year)).and("tenantId")
                .is(TenantContext.require().value())), BenchmarkEntry.class));
    }

    /** Complete entries of {@code year} in the section (which includes every division in it). */
    List<BenchmarkEntry> ofSection(int year, String section) {
        return mongo.find(Query.query(Criteria.where("year").is(year).and("sbiSection").is(section)
                .and("complete").is(true).and("tenantId").is(TenantContext.require().value())), BenchmarkEntry.class);
    }

    private static BigDecimal per(BigDecimal total, BigDecimal size) {
        // Stored as a string like every amount here (big-decimal: string); the converter handles BigDecimal.
        return size == null || size.signum() <= 0 ? null : total.divide(size, PER_UNIT);
    }
}
