package nl.koploper.footprint.comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import nl.koploper.footprint.calculation.Footprint;
import nl.koploper.footprint.calculation.Theme;

/** The change from one year's footprint to another's, per scope, in total and per theme. Pure. */
final class YearComparison {

    private YearComparison() {
    }

    /**
     * @param changeKg      {@code toKg - fromKg}: negative is a reduction
     * @param changePercent the change as a percentage of {@code fromKg}, 1 decimal (HALF_UP); null when
     *                      {@code fromKg} is 0 (a change from nothing has no percentage)
     */
    record Delta(BigDecimal fromKg, BigDecimal toKg, BigDecimal changeKg, BigDecimal changePercent) {
        static Delta of(BigDecimal from, BigDecimal to) {
            BigDecimal change = to.subtract(from);
            BigDecimal percent = from.signum() == 0 ? null
                    : change.multiply(BigDecimal.valueOf(100)).divide(from, 1, RoundingMode.HALF_UP);
            return new Delta(from, to, change, percent);
        }
    }

    /**
     * @param sameFactorSet false when the two footprints used different factor sets: part of the change is then the
     *                      factors', not the organisation's
     * @param totals        keys scope1Kg, scope2MarketBasedKg, scope2LocationBasedKg, scope3Kg, totalMarketBasedKg,
     *                      totalLocationBasedKg
     * @param perTheme      market-based, every theme either year has (a theme one year lacks counts as 0 there)
     */
    record Change(int fromYear, int toYear, boolean sameFactorSet, Map<String, Delta> totals,
                  Map<String, Delta> perTheme) {
    }

    static Change between(Footprint from, Footprint to) {
        Map<String, Delta> totals = new LinkedHashMap<>();
        totals.put("scope1Kg", Delta.of(from.scope1Kg(), to.scope1Kg()));
        totals.put("scope2MarketBasedKg", Delta.of(from.scope2MarketBasedKg(), to.scope2MarketBasedKg()));
        totals.put("scope2LocationBasedKg", Delta.of(from.scope2LocationBasedKg(), to.scope2LocationBasedKg()));
        totals.put("scope3Kg", Delta.of(from.scope3Kg(), to.scope3Kg()));
        totals.put("totalMarketBasedKg", Delta.of(from.totalMarketBasedKg(), to.totalMarketBasedKg()));
        totals.put("totalLocationBasedKg", Delta.of(from.totalLocationBasedKg(), to.totalLocationBasedKg()));
        TreeSet<Theme> themes = new TreeSet<>(from.perThemeKg().keySet());
        themes.addAll(to.perThemeKg().keySet());
        Map<String, Delta> perTheme = new LinkedHashMap<>();
        for (Theme theme : themes) {
            perTheme.put(theme.name(), Delta.of(from.themeKg(theme), to.themeKg(theme)));
        }
        return new Change(from.year(), to.year(), from.factorSetYear() == to.factorSetYear(), totals, perTheme);
    }
}
