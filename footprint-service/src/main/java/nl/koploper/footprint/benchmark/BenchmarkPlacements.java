package nl.koploper.footprint.benchmark;

import java.math.BigDecimal;
import java.util.List;

/**
 * One key figure of an organisation-year against its group: what the benchmark endpoint shows and what the
 * {@code FootprintCalculated} event carries, computed in one place so the two never disagree.
 */
final class BenchmarkPlacements {

    private BenchmarkPlacements() {
    }

    /**
     * @param reason     why there is no placement (null when available)
     * @param statistics the group's as published, only when available (see {@link Benchmarks#select})
     */
    record Placement(String unit, BigDecimal ownValue, String reason, Benchmarks.Group group,
                     Benchmarks.Statistics statistics, Benchmarks.Position position) {

        boolean available() {
            return reason == null;
        }

        static Placement unavailable(String unit, BigDecimal ownValue, String reason) {
            return new Placement(unit, ownValue, reason, null, null, null);
        }
    }

    /**
     * @param others the complete entries of the year in the organisation's SBI section that may be compared with
     *               ({@link BenchmarkEntries#comparedWith}: placed participants of other gemeenten)
     */
    static Placement of(BenchmarkEntry own, List<BenchmarkEntry> others, Metric metric) {
        BigDecimal value = own.value(metric);
        String unit = metric == Metric.PER_PRODUCTION_UNIT && own.productionUnit() != null
                ? "kg CO2e per " + own.productionUnit() : metric.description();
        if (!own.complete()) {
            return Placement.unavailable(unit, value, "the latest footprint lacks a factor for some item");
        }
        if (value == null) {
            return Placement.unavailable(unit, null, switch (metric) {
                case PER_FTE -> "no FTE given";
                case PER_M2 -> "no floor area given";
                case PER_PRODUCTION_UNIT -> "no production volume and unit given";
            });
        }
        if (own.sbiSection() == null) {
            return Placement.unavailable(unit, value, "no SBI code given, so no sector to compare with");
        }
        Benchmarks.Selection selection = Benchmarks.select(own, others, metric);
        if (selection.group() == null) {
            return Placement.unavailable(unit, value, "fewer than " + Benchmarks.MINIMUM_GROUP
                    + " comparable organisations from at least " + Benchmarks.MINIMUM_GEMEENTEN
                    + " other gemeenten in SBI section " + own.sbiSection() + " this year");
        }
        // the position against the published (rounded) quartiles: against exact ones, moving one's own value up and
        // down would find them exactly
        Benchmarks.Statistics statistics = Benchmarks.published(selection.values());
        return new Placement(unit, value, null, selection.group(), statistics,
                Benchmarks.position(value, statistics));
    }
}
