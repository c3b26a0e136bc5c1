package nl.koploper.footprint.reduction;

import java.math.BigDecimal;
import nl.koploper.footprint.calculation.Footprint;

/**
 * kg CO2e per year a change saves: the footprint before minus the footprint after, per scope and in total. Exact
 * (the calculator never rounds); negative where something grows (the heat pump's electricity in scope 2).
 * {@link #totalMarketBasedKg} is "the" saving: what the organisation reports, where green power counts.
 */
public record Saving(BigDecimal scope1Kg, BigDecimal scope2MarketBasedKg, BigDecimal scope2LocationBasedKg,
                     BigDecimal scope3Kg, BigDecimal totalMarketBasedKg, BigDecimal totalLocationBasedKg) {

    public static final Saving NONE = new Saving(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO);

    static Saving between(Footprint before, Footprint after) {
        return new Saving(before.scope1Kg().subtract(after.scope1Kg()),
                before.scope2MarketBasedKg().subtract(after.scope2MarketBasedKg()),
                before.scope2LocationBasedKg().subtract(after.scope2LocationBasedKg()),
                before.scope3Kg().subtract(after.scope3Kg()),
                before.totalMarketBasedKg().subtract(after.totalMarketBasedKg()),
                before.totalLocationBasedKg().subtract(after.totalLocationBasedKg()));
    }
}
