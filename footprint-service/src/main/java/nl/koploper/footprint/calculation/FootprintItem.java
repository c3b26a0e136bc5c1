package nl.koploper.footprint.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.koploper.footprint.factors.Unit;

/**
 * One line of a footprint: an entered quantity times one factor. The kg value is exact (no rounding);
 * {@link #explanation()} rounds for display only.
 *
 * @param field    path of the input field the quantity came from
 * @param label    what the line is, in short (e.g. {@code grey part (50 %)})
 * @param category the GHG scope-3 category; null for scope 1 and 2
 */
public record FootprintItem(String field, String label, Theme theme, ScopeLine scopeLine, Scope3Category category,
                            BigDecimal quantity, Unit unit, AppliedFactor factor, BigDecimal kgCo2e,
                            boolean preliminary) {

    /** Decimals shown for kg CO2e: grams, more than any input justifies, so totals shown add up visibly. */
    public static final int DISPLAY_SCALE = 3;

    /**
     * "How was this computed", e.g.
     * {@code natural gas: 12000 Nm3 × 2.134 kg CO2e/Nm3 [natural_gas; list 2026, S1] = 25608.000 kg CO2e}.
     */
    public String explanation() {
        return label + ": " + quantity.stripTrailingZeros().toPlainString() + " " + unit + " × "
                + factor.valueKgCo2e().toPlainString() + " kg CO2e/" + unit + " [" + factor.key() + "; "
                + factor.provenance() + "] = " + display(kgCo2e) + " kg CO2e"
                + (preliminary ? " (preliminary)" : "");
    }

    /** Presentation rounding, the only rounding anywhere in the calculation. */
    public static String display(BigDecimal kg) {
        return kg.setScale(DISPLAY_SCALE, RoundingMode.HALF_UP).toPlainString();
    }
}
