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
     * @param statistics the group's, only when available (at least {@link Benchmarks#MINIMUM_GROUP} organisations)
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

    /** @param section every complete entry of the year in the organisation's SBI section, its own included */
    static Placement of(BenchmarkEntry own, List<BenchmarkEntry> section, Metric metric) {
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
        Benchmarks.Selection selection = Benchmarks.select(own, section, metric);
        if (selection.group() == null) {
            return Placement.unavailable(unit, value, "fewer than " + Benchmarks.MINIMUM_GROUP
                    + " comparable organisations in SBI section " + own.sbiSection() + " this year (all gemeenten)");
        }
        Benchmarks.Statistics statistics = Benchmarks.statistics(selection.values());
        return new Placement(unit, value, null, selection.group(), statistics,
                Benchmarks.position(value, statistics));
    }
}
