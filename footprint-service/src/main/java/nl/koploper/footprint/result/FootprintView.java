package nl.koploper.footprint.result;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.koploper.footprint.calculation.AppliedFactor;
import nl.koploper.footprint.calculation.Footprint;
import nl.koploper.footprint.calculation.FootprintItem;
import nl.koploper.footprint.calculation.Warning;
import nl.koploper.footprint.calculation.WarningTexts;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.ProblemTexts;

/**
 * A footprint on the wire, stored or estimated: totals per scope and theme (exact kg CO2e), every item with its
 * "how was this computed" line, every factor used with its source, warnings and the items that lacked a factor.
 *
 * @param organisationId null for an estimate
 * @param version        null for an estimate
 * @param calculatedAt   null for an estimate
 */
record FootprintView(String organisationId, int year, Integer version, int factorSetYear, Instant calculatedAt,
                     boolean complete, boolean preliminary, Totals totals, Map<String, BigDecimal> perThemeKg,
                     List<ItemView> items, List<FactorUsedView> factorsUsed, List<Warning> warnings,
                     List<FieldProblem> factorProblems) {

    static FootprintView of(FootprintResult result) {
        return of(result.organisationId(), result.number(), result.calculatedAt(), result.footprint(),
                result.explanation());
    }

    static FootprintView estimate(Footprint footprint) {
        return of(null, null, null, footprint, footprint.explanation());
    }

    private static FootprintView of(String organisationId, Integer version, Instant at, Footprint footprint,
                                    List<String> explanation) {
        List<FootprintItem> items = footprint.items();
        List<ItemView> itemViews = new java.util.ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            itemViews.add(ItemView.of(items.get(i), explanation.get(i)));
        }
        Map<String, BigDecimal> perTheme = new TreeMap<>();
        footprint.perThemeKg().forEach((theme, kg) -> perTheme.put(theme.name(), kg));
        return new FootprintView(organisationId, footprint.year(), version, footprint.factorSetYear(), at,
                footprint.complete(), footprint.preliminary(), Totals.of(footprint), perTheme, itemViews,
                footprint.factorsUsed().stream().map(FactorUsedView::of).toList(), footprint.warnings(),
                footprint.factorProblems());
    }

    /** The same view with its warnings in the language of the request. */
    FootprintView withWarningsIn(ProblemTexts texts) {
        return new FootprintView(organisationId, year, version, factorSetYear, calculatedAt, complete, preliminary,
                totals, perThemeKg, items, factorsUsed, WarningTexts.of(warnings, texts), factorProblems);
    }

    record Totals(BigDecimal scope1Kg, BigDecimal scope2MarketBasedKg, BigDecimal scope2LocationBasedKg,
                  BigDecimal scope3Kg, BigDecimal totalMarketBasedKg, BigDecimal totalLocationBasedKg) {
        static Totals of(Footprint footprint) {
            return new Totals(footprint.scope1Kg(), footprint.scope2MarketBasedKg(),
                    footprint.scope2LocationBasedKg(), footprint.scope3Kg(), footprint.totalMarketBasedKg(),
                    footprint.totalLocationBasedKg());
        }
    }

    /** @param scope3Category the GHG Protocol category number (1-15); null for scope 1 and 2 */
    record ItemView(String field, String label, String theme, String scopeLine, int scope, Integer scope3Category,
                    BigDecimal quantity, String unit, String factorKey, BigDecimal kgCo2e, boolean preliminary,
                    String explanation) {
        static ItemView of(FootprintItem item, String explanation) {
            return new ItemView(item.field(), item.label(), item.theme().name(), item.scopeLine().name(),
                    item.scopeLine().scope(), item.category() == null ? null : item.category().number(),
                    item.quantity(), item.unit().code(), item.factor().key(), item.kgCo2e(), item.preliminary(),
                    explanation);
        }
    }

    /**
     * @param listValueKgCo2e the published value (differs from {@code valueKgCo2e} for an override); null for a
     *                        user factor
     */
    record FactorUsedView(String key, String origin, BigDecimal valueKgCo2e, String unit, String source,
                          Integer listYear, BigDecimal listValueKgCo2e, Integer overrideFromYear, String provenance) {
        static FactorUsedView of(AppliedFactor factor) {
            return new FactorUsedView(factor.key(), factor.origin().name(), factor.valueKgCo2e(), factor.unit().code(),
                    factor.source(), factor.listFactor() == null ? null : factor.listFactor().listYear(),
                    factor.listFactor() == null ? null : factor.listFactor().valueKgCo2e(), factor.overrideFromYear(),
                    factor.provenance());
        }
    }
}
