package nl.koploper.footprint.benchmark;

import java.math.BigDecimal;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What a benchmark needs of one organisation-year's latest footprint: its key figures and its sector, in the
 * shared database, one per gemeente, organisation and year ({@code _id} {@code <gemeente>:<organisationId>:<year>},
 * and a unique index on the three; {@link BenchmarkEntries} creates the indexes). Written when a result is stored
 * (only by a newer version), never shown to anyone but the organisation's own readers; others, in any gemeente, see
 * only group statistics.
 *
 * @param perFteKg             null when the FTE is not given or 0 (likewise the others)
 * @param productionUnit       trimmed, lower case: "Maaltijden" and "maaltijden " compare equal
 * @param complete             false when the result lacked a factor: it is then left out of every group
 */
@Document("benchmark_entries")
record BenchmarkEntry(@Id String id, String tenantId, String organisationId, int year, int resultVersion,
                      String sbiDivision, String sbiSection, String productionUnit, boolean complete,
                      boolean preliminary, BigDecimal perFteKg, BigDecimal perM2Kg, BigDecimal perProductionUnitKg) {

    static String idOf(String gemeente, String organisationId, int year) {
        return gemeente + ":" + organisationId + ":" + year;
    }

    BigDecimal value(Metric metric) {
        return switch (metric) {
            case PER_FTE -> perFteKg;
            case PER_M2 -> perM2Kg;
            case PER_PRODUCTION_UNIT -> perProductionUnitKg;
        };
    }
}
