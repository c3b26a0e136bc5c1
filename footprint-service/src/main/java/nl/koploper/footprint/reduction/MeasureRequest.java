package nl.koploper.footprint.reduction;

import java.math.BigDecimal;

/** One measure to estimate, with its parameter or null for the default. */
public record MeasureRequest(Measure measure, BigDecimal parameter) {

    public static MeasureRequest of(Measure measure) {
        return new MeasureRequest(measure, null);
    }
}
