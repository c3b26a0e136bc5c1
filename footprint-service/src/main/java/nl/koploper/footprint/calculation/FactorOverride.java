package nl.koploper.footprint.calculation;

import java.math.BigDecimal;

/**
 * An organisation's own value for a list factor (e.g. its supplier's electricity mix), in force for
 * {@code effectiveFromYear} and every later year until a newer override of the same key takes over; earlier
 * years keep the list value. The unit stays the list factor's.
 */
public record FactorOverride(String factorKey, int effectiveFromYear, BigDecimal valueKgCo2e, String source) {
}
