package nl.koploper.footprint.calculation;

import java.math.BigDecimal;

/**
 * A factor the user supplies where the official list has none (water, waste, heating oil, public transport,
 * other purchases). Unit as in {@link nl.koploper.footprint.factors.Unit#code()}; it must match the field's unit.
 *
 * @param source where the user got the number, shown in the explanation of the result
 */
public record UserFactor(BigDecimal valueKgCo2e, String unit, String source) {

    public static UserFactor of(String valueKgCo2e, String unit, String source) {
        return new UserFactor(new BigDecimal(valueKgCo2e), unit, source);
    }
}
