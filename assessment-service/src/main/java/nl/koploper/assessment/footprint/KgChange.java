package nl.koploper.assessment.footprint;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of kg CO2e at the baseline and at the end, and the change: absolute (final − baseline, negative is a
 * reduction) and in percent of the baseline (one decimal, half up; null when the baseline is zero or either side is
 * missing).
 */
public record KgChange(BigDecimal baselineKg, BigDecimal finalKg, BigDecimal changeKg, BigDecimal changePercent) {

    public static KgChange of(BigDecimal baseline, BigDecimal end) {
        if (baseline == null || end == null) {
            return new KgChange(baseline, end, null, null);
        }
        BigDecimal change = end.subtract(baseline);
        BigDecimal percent = baseline.signum() == 0 ? null
                : change.multiply(BigDecimal.valueOf(100)).divide(baseline, 1, RoundingMode.HALF_UP);
        return new KgChange(baseline, end, change, percent);
    }

    public static BigDecimal kg(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
