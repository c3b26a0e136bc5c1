package nl.koploper.portal.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BarsTest {

    @Test
    void barsAreRelativeToTheLargestAndValuesInDutchTonnes() {
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        lines.put("theme.ELECTRICITY", new BigDecimal("4830"));
        lines.put("theme.FUELS_AND_HEAT", new BigDecimal("6402"));
        lines.put("theme.WATER", null);
        lines.put("theme.WASTE", new BigDecimal("12.5"));
        Bars bars = Bars.of(lines);
        assertThat(bars.bars()).extracting(Bars.Bar::key)
                .containsExactly("theme.ELECTRICITY", "theme.FUELS_AND_HEAT", "theme.WASTE");
        assertThat(bars.bars().get(1).width()).isEqualByComparingTo("100");
        assertThat(bars.bars().get(0).width()).isEqualByComparingTo("75.4");
        assertThat(bars.bars().get(0).tonnes()).isEqualTo("4,8");
        assertThat(bars.bars().get(2).tonnes()).isEqualTo("0,01");
        assertThat(bars.bars().get(2).y()).isEqualTo(2 * Bars.ROW);
        assertThat(Bars.tonnes(new BigDecimal("11232"))).isEqualTo("11,2");
        assertThat(Bars.tonnes(new BigDecimal("1234567"))).isEqualTo("1.234,6");
        assertThat(Bars.tonnes(BigDecimal.ZERO)).isEqualTo("0,0");
    }

    @Test
    void nothingButZerosDrawsNoLength() {
        Bars bars = Bars.of(Map.of("footprint.scope3", BigDecimal.ZERO));
        assertThat(bars.bars().get(0).width()).isEqualByComparingTo("0");
    }

    @Test
    void aComparedPairSharesOneScaleAndKeepsItsSeries() {
        Bars bars = Bars.of(List.of(new Bars.Line("theme.ELECTRICITY", "baseline", new BigDecimal("8000")),
                new Bars.Line("theme.ELECTRICITY", "final", new BigDecimal("6000")),
                new Bars.Line("theme.WASTE", "baseline", null),
                new Bars.Line("theme.WASTE", "final", new BigDecimal("2000"))));
        assertThat(bars.bars()).extracting(Bars.Bar::series).containsExactly("baseline", "final", "final");
        assertThat(bars.bars()).extracting(b -> b.width().toPlainString()).containsExactly("100.0", "75.0", "25.0");
        assertThat(bars.bars().get(2).y()).isEqualTo(2 * Bars.ROW);
    }
}
