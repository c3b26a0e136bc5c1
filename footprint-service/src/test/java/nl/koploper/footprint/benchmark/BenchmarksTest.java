package nl.koploper.footprint.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarksTest {

    static BenchmarkEntry entry(String organisation, String division, String section, String perFte, String unit,
                                String perUnit) {
        return new BenchmarkEntry(organisation + ":2025", "t", organisation, 2025, 1, division, section, unit, true,
                false, perFte == null ? null : new BigDecimal(perFte), null,
                perUnit == null ? null : new BigDecimal(perUnit));
    }

    @Test
    void quartilesInterpolateBetweenRanksExactly() {
        List<BigDecimal> values = decimals("100", "200", "300", "400", "500", "600");
        // (n - 1) / 4 = 1.25: 200 + 0.25 × 100; median at 2.5; upper at 3.75: 400 + 0.75 × 100
        Benchmarks.Statistics s = Benchmarks.statistics(values);
        assertThat(s.organisations()).isEqualTo(6);
        assertThat(s.lowerQuartile()).isEqualByComparingTo("225");
        assertThat(s.median()).isEqualByComparingTo("350");
        assertThat(s.upperQuartile()).isEqualByComparingTo("475");
        assertThat(s.average()).isEqualByComparingTo("350");
    }

    @Test
    void lowerIsBetter() {
        Benchmarks.Statistics s = Benchmarks.statistics(decimals("100", "200", "300", "400", "500"));
        assertThat(s.lowerQuartile()).isEqualByComparingTo("200");
        assertThat(s.upperQuartile()).isEqualByComparingTo("400");
        assertThat(Benchmarks.position(new BigDecimal("150"), s)).isEqualTo(Benchmarks.Position.FRONTRUNNER);
        assertThat(Benchmarks.position(new BigDecimal("200"), s)).isEqualTo(Benchmarks.Position.FRONTRUNNER);
        assertThat(Benchmarks.position(new BigDecimal("300"), s)).isEqualTo(Benchmarks.Position.MIDDLE);
        assertThat(Benchmarks.position(new BigDecimal("400"), s)).isEqualTo(Benchmarks.Position.LAGGARD);
        Benchmarks.Statistics equal = Benchmarks.statistics(decimals("7", "7", "7", "7", "7"));
        assertThat(Benchmarks.position(new BigDecimal("7"), equal)).isEqualTo(Benchmarks.Position.MIDDLE);
    }

    @Test
    void theDivisionWhenItHasFiveElseTheSectionElseNothing() {
        BenchmarkEntry own = entry("a", "56", "I", "10", null, null);
        List<BenchmarkEntry> fourInDivisionOneBeside = List.of(own, entry("b", "56", "I", "20", null, null),
                entry("c", "56", "I", "30", null, null), entry("d", "56", "I", "40", null, null),
                entry("e", "55", "I", "50", null, null));
        Benchmarks.Selection section = Benchmarks.select(own, fourInDivisionOneBeside, Metric.PER_FTE);
        assertThat(section.group()).isEqualTo(new Benchmarks.Group("SECTION", "I"));
        assertThat(section.values()).hasSize(5);

        List<BenchmarkEntry> five = new java.util.ArrayList<>(fourInDivisionOneBeside);
        five.add(entry("f", "56", "I", "60", null, null));
        assertThat(Benchmarks.select(own, five, Metric.PER_FTE).group())
                .isEqualTo(new Benchmarks.Group("DIVISION", "56"));

        assertThat(Benchmarks.select(own, fourInDivisionOneBeside.subList(0, 4), Metric.PER_FTE).group()).isNull();
    }

    @Test
    void productionUnitsOnlyCompareWithTheSameUnit() {
        BenchmarkEntry own = entry("a", "56", "I", null, "meals", "1");
        List<BenchmarkEntry> entries = List.of(own, entry("b", "56", "I", null, "meals", "2"),
                entry("c", "56", "I", null, "meals", "3"), entry("d", "56", "I", null, "meals", "4"),
                entry("e", "56", "I", null, "beds", "5"), entry("f", "56", "I", null, null, null));
        Benchmarks.Selection selection = Benchmarks.select(own, entries, Metric.PER_PRODUCTION_UNIT);
        assertThat(selection.group()).isNull();
        assertThat(selection.values()).hasSize(4);
    }

    static List<BigDecimal> decimals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
