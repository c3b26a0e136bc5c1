package nl.koploper.footprint.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.koploper.footprint.calculation.Footprint;
import nl.koploper.footprint.calculation.Theme;
import org.junit.jupiter.api.Test;

class YearComparisonTest {

    static Footprint footprint(int year, int setYear, String scope1, String scope2Market, String scope2Location,
                               String scope3, Map<Theme, BigDecimal> themes) {
        return new Footprint(year, setYear, List.of(), List.of(), new BigDecimal(scope1), new BigDecimal(scope2Market),
                new BigDecimal(scope2Location), new BigDecimal(scope3), themes, List.of(), List.of(), false);
    }

    @Test
    void changesPerScopeThemeAndTotalAbsoluteAndInPercent() {
        Footprint baseline = footprint(2023, 2026, "1000", "500", "600", "0",
                Map.of(Theme.FUELS_AND_HEAT, new BigDecimal("1000"), Theme.ELECTRICITY, new BigDecimal("500")));
        Footprint now = footprint(2025, 2026, "800", "0", "600", "30",
                Map.of(Theme.FUELS_AND_HEAT, new BigDecimal("800"), Theme.WATER, new BigDecimal("30")));
        YearComparison.Change change = YearComparison.between(baseline, now);
        assertThat(change.sameFactorSet()).isTrue();
        assertThat(change.totals().get("scope1Kg").changeKg()).isEqualByComparingTo("-200");
        assertThat(change.totals().get("scope1Kg").changePercent()).isEqualByComparingTo("-20.0");
        // 1,500 → 830: −670 / 1,500 = −44.666… → −44.7
        assertThat(change.totals().get("totalMarketBasedKg").changeKg()).isEqualByComparingTo("-670");
        assertThat(change.totals().get("totalMarketBasedKg").changePercent()).isEqualByComparingTo("-44.7");
        // from nothing: no percentage
        assertThat(change.totals().get("scope3Kg").changePercent()).isNull();
        assertThat(change.perTheme()).containsOnlyKeys("ELECTRICITY", "FUELS_AND_HEAT", "WATER");
        assertThat(change.perTheme().get("ELECTRICITY").toKg()).isEqualByComparingTo("0");
        assertThat(change.perTheme().get("ELECTRICITY").changePercent()).isEqualByComparingTo("-100.0");
        assertThat(change.perTheme().get("WATER").fromKg()).isEqualByComparingTo("0");
    }

    @Test
    void aDifferentFactorSetIsFlagged() {
        Footprint a = footprint(2024, 2025, "1", "1", "1", "1", Map.of());
        Footprint b = footprint(2025, 2026, "1", "1", "1", "1", Map.of());
        assertThat(YearComparison.between(a, b).sameFactorSet()).isFalse();
    }
}
