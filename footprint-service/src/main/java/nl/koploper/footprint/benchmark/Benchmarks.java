package nl.koploper.footprint.benchmark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Group statistics of one key figure, and where an organisation stands in them. Pure: the values of the others go
 * in, only the count, the average, the quartiles and the caller's position come out.
 */
final class Benchmarks {

    /** Fewer organisations than this and a group's figures could point at one of them: nothing is shown. */
    static final int MINIMUM_GROUP = 5;

    private Benchmarks() {
    }

    /** Lower emissions per unit are better. */
    enum Position {
        FRONTRUNNER,
        MIDDLE,
        LAGGARD
    }

    /** @param level DIVISION (2-digit SBI) or SECTION (letter) */
    record Group(String level, String code) {
    }

    record Statistics(int organisations, BigDecimal average, BigDecimal lowerQuartile, BigDecimal median,
                      BigDecimal upperQuartile) {
    }

    /**
     * The group to compare in: the organisation's division when at least {@link #MINIMUM_GROUP} comparable entries
     * are in it, else its section when that has enough, else none.
     */
    static Selection select(BenchmarkEntry own, List<BenchmarkEntry> sectionEntries, Metric metric) {
        List<BigDecimal> division = new ArrayList<>();
        List<BigDecimal> section = new ArrayList<>();
        for (BenchmarkEntry entry : sectionEntries) {
            BigDecimal value = entry.value(metric);
            if (value == null || (metric == Metric.PER_PRODUCTION_UNIT
                    && !Objects.equals(entry.productionUnit(), own.productionUnit()))) {
                continue;
            }
            section.add(value);
            if (Objects.equals(entry.sbiDivision(), own.sbiDivision())) {
                division.add(value);
            }
        }
        if (division.size() >= MINIMUM_GROUP) {
            return new Selection(new Group("DIVISION", own.sbiDivision()), division);
        }
        if (section.size() >= MINIMUM_GROUP) {
            return new Selection(new Group("SECTION", own.sbiSection()), section);
        }
        return new Selection(null, section);
    }

    record Selection(Group group, List<BigDecimal> values) {
    }

    static Statistics statistics(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : sorted) {
            sum = sum.add(value);
        }
        BigDecimal average = sum.divide(BigDecimal.valueOf(sorted.size()), BenchmarkEntries.PER_UNIT);
        return new Statistics(sorted.size(), average, quantile(sorted, 1), quantile(sorted, 2), quantile(sorted, 3));
    }

    /**
     * The {@code quarter}/4 quantile with linear interpolation between the closest ranks (Hyndman-Fan type 7, as
     * spreadsheets compute QUARTILE); exact, since (n - 1) × quarter / 4 has at most two decimals.
     */
    static BigDecimal quantile(List<BigDecimal> sorted, int quarter) {
        BigDecimal h = BigDecimal.valueOf((long) (sorted.size() - 1) * quarter).movePointLeft(2)
                .multiply(BigDecimal.valueOf(25));
        int lower = h.intValue();
        BigDecimal fraction = h.subtract(BigDecimal.valueOf(lower));
        if (lower + 1 >= sorted.size() || fraction.signum() == 0) {
            return sorted.get(lower);
        }
        BigDecimal low = sorted.get(lower);
        return low.add(sorted.get(lower + 1).subtract(low).multiply(fraction));
    }

    /**
     * At or below the lower quartile: frontrunner; at or above the upper: laggard; otherwise middle. A group whose
     * quartiles coincide cannot be split, so everyone in it is middle.
     */
    static Position position(BigDecimal own, Statistics statistics) {
        if (statistics.lowerQuartile().compareTo(statistics.upperQuartile()) == 0) {
            return Position.MIDDLE;
        }
        if (own.compareTo(statistics.lowerQuartile()) <= 0) {
            return Position.FRONTRUNNER;
        }
        if (own.compareTo(statistics.upperQuartile()) >= 0) {
            return Position.LAGGARD;
        }
        return Position.MIDDLE;
    }
}
