package nl.koploper.footprint.calculation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.koploper.platform.web.FieldProblem;

/**
 * The CO2 footprint of one organisation-year in kg CO2e, exact (unrounded), with the factor set's year and
 * every factor used, so it can be stored, explained line by line and reproduced later.
 *
 * <p>Theme totals follow the market-based method (the location-based electricity items are left out of them,
 * or electricity would be counted twice).
 *
 * @param factorProblems items that could not be computed (a factor is missing); their quantities are in no
 *                       total, so a footprint with problems is incomplete rather than silently lower
 * @param preliminary    true when any item used a value marked preliminary
 */
public record Footprint(int year, int factorSetYear, List<FootprintItem> items, List<AppliedFactor> factorsUsed,
                        BigDecimal scope1Kg, BigDecimal scope2MarketBasedKg, BigDecimal scope2LocationBasedKg,
                        BigDecimal scope3Kg, Map<Theme, BigDecimal> perThemeKg, List<Warning> warnings,
                        List<FieldProblem> factorProblems, boolean preliminary) {

    public BigDecimal totalMarketBasedKg() {
        return scope1Kg.add(scope2MarketBasedKg).add(scope3Kg);
    }

    public BigDecimal totalLocationBasedKg() {
        return scope1Kg.add(scope2LocationBasedKg).add(scope3Kg);
    }

    public boolean complete() {
        return factorProblems.isEmpty();
    }

    /** The market-based total of one theme; zero when the theme has no items. */
    public BigDecimal themeKg(Theme theme) {
        return perThemeKg.getOrDefault(theme, BigDecimal.ZERO);
    }

    /** One explanation line per item, in input order. */
    public List<String> explanation() {
        return items.stream().map(FootprintItem::explanation).toList();
    }
}
