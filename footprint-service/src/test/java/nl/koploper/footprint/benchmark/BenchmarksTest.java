package nl.koploper.footprint.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarksTest {

    /** An entry of {@code gemeente}. */
    static BenchmarkEntry entry(String gemeente, String organisation, String division, String section, String perFte,
                                String unit, String perUnit) {
        return new BenchmarkEntry(gemeente + ":" + organisation + ":2025", gemeente, organisation, 2025, 1, division,
                section, unit, true, false, perFte == null ? null : new BigDecimal(perFte), null,
                perUnit == null ? null : new BigDecimal(perUnit));
    }

    static BenchmarkEntry restaurant(String gemeente, String organisation, String perFte) {
        return entry(gemeente, organisation, "56", "I", perFte, null, null);
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
    void publishedFiguresAreRoundedToTwoSignificantDigits() {
        // 2,134, 1,067, 533.5, 426.8 and 213.4: average 874.94, quartiles 426.8, 533.5 and 1,067
        Benchmarks.Statistics s = Benchmarks.published(decimals("2134", "1067", "533.5", "426.8", "213.4"));
        assertThat(s.organisations()).isEqualTo(5);
        assertThat(s.average()).isEqualTo(new BigDecimal("870"));
        assertThat(s.lowerQuartile()).isEqualTo(new BigDecimal("430"));
        assertThat(s.median()).isEqualTo(new BigDecimal("530"));
        assertThat(s.upperQuartile()).isEqualTo(new BigDecimal("1100"));
        assertThat(Benchmarks.rounded(new BigDecimal("0.012345"))).isEqualTo(new BigDecimal("0.012"));
        assertThat(Benchmarks.rounded(new BigDecimal("125"))).isEqualTo(new BigDecimal("130"));
        assertThat(Benchmarks.rounded(new BigDecimal("125")).toString()).isEqualTo("130");
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

    /** A position against exact quartiles would let a gemeente find them by moving its own value up and down. */
    @Test
    void thePositionIsTakenAgainstThePublishedQuartiles() {
        BenchmarkEntry own = entry("own", "x", "56", "I", "428", null, null);
        List<BenchmarkEntry> others = List.of(restaurant("a", "1", "2134"), restaurant("a", "2", "1067"),
                restaurant("b", "3", "533.5"), restaurant("b", "4", "426.8"), restaurant("c", "5", "213.4"));
        BenchmarkPlacements.Placement placement = BenchmarkPlacements.of(own, others, Metric.PER_FTE);
        // 428 is above the exact lower quartile 426.8 (MIDDLE), but at or below the published 430
        assertThat(placement.statistics().lowerQuartile()).isEqualTo(new BigDecimal("430"));
        assertThat(placement.position()).isEqualTo(Benchmarks.Position.FRONTRUNNER);
    }

    @Test
    void aGroupNeedsFiveOrganisationsFromThreeGemeenten() {
        BenchmarkEntry own = restaurant("own", "x", "10");
        List<BenchmarkEntry> fiveOfTwo = List.of(restaurant("a", "1", "20"), restaurant("a", "2", "30"),
                restaurant("a", "3", "40"), restaurant("b", "4", "50"), restaurant("b", "5", "60"));
        assertThat(Benchmarks.select(own, fiveOfTwo, Metric.PER_FTE).group()).isNull();

        List<BenchmarkEntry> fiveOfThree = new ArrayList<>(fiveOfTwo.subList(0, 4));
        fiveOfThree.add(restaurant("c", "5", "60"));
        assertThat(Benchmarks.select(own, fiveOfThree, Metric.PER_FTE).group())
                .isEqualTo(new Benchmarks.Group("DIVISION", "56"));
        assertThat(Benchmarks.select(own, fiveOfThree.subList(0, 4), Metric.PER_FTE).group()).isNull();
    }

    /** The caller's gemeente never counts, even if its entries were handed in. */
    @Test
    void theCallersOwnGemeenteNeverCounts() {
        BenchmarkEntry own = restaurant("own", "x", "10");
        List<BenchmarkEntry> fourOthersAndOneOwn = List.of(restaurant("a", "1", "20"), restaurant("b", "2", "30"),
                restaurant("c", "3", "40"), restaurant("c", "4", "50"), restaurant("own", "5", "60"));
        Benchmarks.Selection selection = Benchmarks.select(own, fourOthersAndOneOwn, Metric.PER_FTE);
        assertThat(selection.group()).isNull();
        assertThat(selection.values()).hasSize(4);
    }

    @Test
    void theDivisionWhenPublishableElseTheSectionElseNothing() {
        BenchmarkEntry own = restaurant("own", "x", "10");
        List<BenchmarkEntry> fourInDivisionOneBeside = List.of(restaurant("a", "b", "20"),
                restaurant("b", "c", "30"), restaurant("c", "d", "40"), restaurant("c", "e", "45"),
                entry("d", "f", "55", "I", "50", null, null));
        Benchmarks.Selection section = Benchmarks.select(own, fourInDivisionOneBeside, Metric.PER_FTE);
        assertThat(section.group()).isEqualTo(new Benchmarks.Group("SECTION", "I"));
        assertThat(section.values()).hasSize(5);

        List<BenchmarkEntry> five = new ArrayList<>(fourInDivisionOneBeside);
        five.add(restaurant("a", "g", "60"));
        assertThat(Benchmarks.select(own, five, Metric.PER_FTE).group())
                .isEqualTo(new Benchmarks.Group("DIVISION", "56"));

        assertThat(Benchmarks.select(own, fourInDivisionOneBeside.subList(0, 4), Metric.PER_FTE).group()).isNull();
    }

    /**
     * A hotel's gemeente that sees the section (its own division too small) and, with a restaurant, the division
     * could subtract one from the other and learn the rest of the section: the section is shown only when that rest
     * is itself a publishable group.
     */
    @Test
    void theSectionIsNotShownWhenAPublishableDivisionLeavesTooFewBesideIt() {
        BenchmarkEntry hotel = entry("own", "x", "55", "I", "10", null, null);
        List<BenchmarkEntry> fiveRestaurantsOneHotel = List.of(restaurant("a", "1", "20"),
                restaurant("b", "2", "30"), restaurant("c", "3", "40"), restaurant("c", "4", "45"),
                restaurant("a", "5", "50"), entry("d", "6", "55", "I", "60", null, null));
        // the section minus the restaurants would be the one hotel of gemeente d
        assertThat(Benchmarks.select(hotel, fiveRestaurantsOneHotel, Metric.PER_FTE).group()).isNull();

        List<BenchmarkEntry> withFiveHotels = new ArrayList<>(fiveRestaurantsOneHotel);
        withFiveHotels.add(entry("e", "7", "55", "I", "70", null, null));
        withFiveHotels.add(entry("f", "8", "55", "I", "80", null, null));
        withFiveHotels.add(entry("f", "9", "55", "I", "90", null, null));
        withFiveHotels.add(entry("d", "10", "55", "I", "95", null, null));
        // five hotels of other gemeenten now: the hotel's own division
        assertThat(Benchmarks.select(hotel, withFiveHotels, Metric.PER_FTE).group())
                .isEqualTo(new Benchmarks.Group("DIVISION", "55"));

        BenchmarkEntry bar = entry("own", "y", "54", "I", "10", null, null);
        // a division with no others: the section, whose every publishable division leaves a publishable rest
        assertThat(Benchmarks.select(bar, withFiveHotels, Metric.PER_FTE).group())
                .isEqualTo(new Benchmarks.Group("SECTION", "I"));
    }

    @Test
    void productionUnitsOnlyCompareWithTheSameUnit() {
        BenchmarkEntry own = entry("own", "a", "56", "I", null, "meals", "1");
        List<BenchmarkEntry> entries = List.of(entry("a", "b", "56", "I", null, "meals", "2"),
                entry("b", "c", "56", "I", null, "meals", "3"), entry("c", "d", "56", "I", null, "meals", "4"),
                entry("c", "e", "56", "I", null, "meals", "4.5"), entry("d", "f", "56", "I", null, "beds", "5"),
                entry("d", "g", "56", "I", null, null, null));
        Benchmarks.Selection selection = Benchmarks.select(own, entries, Metric.PER_PRODUCTION_UNIT);
        assertThat(selection.group()).isNull();
        assertThat(selection.values()).hasSize(4);
    }

    static List<BigDecimal> decimals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
