package nl.koploper.footprint.benchmark;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Group statistics of one key figure, and where an organisation stands in them. Pure: the values of the others go
 * in, only the count, the average, the quartiles (rounded, see {@link #published}) and the caller's position come
 * out.
 *
 * <p>The group shown to a gemeente holds only organisations of other gemeenten ({@link BenchmarkEntries#comparedWith}):
 * what a gemeente enters itself, made up or real, never changes what it sees, so it cannot difference its own values
 * out of a group figure, nor probe ranks with values of its choosing.
 */
final class Benchmarks {

    /** Fewer organisations than this and a group's figures could point at one of them: nothing is shown. */
    static final int MINIMUM_GROUP = 5;
    /** The group's organisations come from at least this many gemeenten (the caller's own never counts). */
    static final int MINIMUM_GEMEENTEN = 3;
    /** Published figures are rounded to this many significant digits: no exact sum can be recovered from them. */
    static final MathContext PUBLISHED = new MathContext(2, RoundingMode.HALF_UP);

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
     * The group to compare in, from {@code others} (organisations of other gemeenten than {@code own}'s in its
     * section): the organisation's division when its comparable entries are {@link #publishable}, else the section
     * when that is publishable and no division in it could be differenced out of it (for every publishable division
     * of the section, the rest of the section is publishable too), else none.
     */
    static Selection select(BenchmarkEntry own, List<BenchmarkEntry> others, Metric metric) {
        List<BenchmarkEntry> section = new ArrayList<>();
        Map<String, List<BenchmarkEntry>> divisions = new HashMap<>();
        for (BenchmarkEntry entry : others) {
            if (entry.value(metric) == null || entry.tenantId().equals(own.tenantId())
                    || (metric == Metric.PER_PRODUCTION_UNIT
                    && !Objects.equals(entry.productionUnit(), own.productionUnit()))) {
                continue;
            }
            section.add(entry);
            divisions.computeIfAbsent(String.valueOf(entry.sbiDivision()), d -> new ArrayList<>()).add(entry);
        }
        List<BenchmarkEntry> division = divisions.getOrDefault(String.valueOf(own.sbiDivision()), List.of());
        if (publishable(division)) {
            return new Selection(new Group("DIVISION", own.sbiDivision()), values(division, metric));
        }
        if (publishable(section) && divisions.values().stream()
                .allMatch(d -> !publishable(d) || publishable(without(section, d)))) {
            return new Selection(new Group("SECTION", own.sbiSection()), values(section, metric));
        }
        return new Selection(null, values(section, metric));
    }

    /** At least {@link #MINIMUM_GROUP} organisations from at least {@link #MINIMUM_GEMEENTEN} gemeenten. */
    static boolean publishable(List<BenchmarkEntry> entries) {
        return entries.size() >= MINIMUM_GROUP
                && entries.stream().map(BenchmarkEntry::tenantId).distinct().count() >= MINIMUM_GEMEENTEN;
    }

    private static List<BenchmarkEntry> without(List<BenchmarkEntry> all, List<BenchmarkEntry> part) {
        List<BenchmarkEntry> rest = new ArrayList<>(all);
        rest.removeAll(part);
        return rest;
    }

    private static List<BigDecimal> values(List<BenchmarkEntry> entries, Metric metric) {
        return entries.stream().map(entry -> entry.value(metric)).toList();
    }

    record Selection(Group group, List<BigDecimal> values) {
    }

    /** The statistics as shown: average and quartiles rounded to {@link #PUBLISHED} significant digits. */
    static Statistics published(List<BigDecimal> values) {
        Statistics exact = statistics(values);
        return new Statistics(exact.organisations(), rounded(exact.average()), rounded(exact.lowerQuartile()),
                rounded(exact.median()), rounded(exact.upperQuartile()));
    }

    /** 874.94 becomes 870 (not 8.7E+2, which JSON readers would show as such). */
    static BigDecimal rounded(BigDecimal value) {
        BigDecimal rounded = value.round(PUBLISHED);
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
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
