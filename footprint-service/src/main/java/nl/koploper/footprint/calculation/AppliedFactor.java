package nl.koploper.footprint.calculation;

import nl.koploper.footprint.factors.EmissionFactor;
import nl.koploper.footprint.factors.Unit;

import java.math.BigDecimal;

/**
 * The factor value a calculation actually used, with enough provenance to recompute and explain it.
 *
 * @param key               list key, or for a user-supplied factor the path of the field it was entered in
 * @param listFactor        the list factor (also when overridden, so the listed value stays visible); null for
 *                          a user-supplied factor
 * @param overrideFromYear  the override's first year; null unless {@code origin} is an override
 */
public record AppliedFactor(String key, FactorOrigin origin, BigDecimal valueKgCo2e, Unit unit, String source,
                            EmissionFactor listFactor, Integer overrideFromYear) {

    static AppliedFactor listed(EmissionFactor factor) {
        return new AppliedFactor(factor.key(), FactorOrigin.FACTOR_LIST, factor.valueKgCo2e(), factor.unit(),
                factor.source(), factor, null);
    }

    static AppliedFactor overridden(EmissionFactor factor, FactorOverride override) {
        return new AppliedFactor(factor.key(), FactorOrigin.ORGANISATION_OVERRIDE, override.valueKgCo2e(),
                factor.unit(), override.source(), factor, override.effectiveFromYear());
    }

    static AppliedFactor supplied(String field, UserFactor factor, Unit unit) {
        return new AppliedFactor(field, FactorOrigin.USER_SUPPLIED, factor.valueKgCo2e(), unit, factor.source(),
                null, null);
    }

    /** Provenance in words, e.g. {@code list 2026, S1} or {@code override from 2025, Eneco (list 0.483)}. */
    public String provenance() {
        return switch (origin) {
            case FACTOR_LIST -> "list " + listFactor.listYear() + ", " + source;
            case ORGANISATION_OVERRIDE -> "override from " + overrideFromYear + ", " + source
                    + " (list " + listFactor.valueKgCo2e().toPlainString() + ")";
            case USER_SUPPLIED -> "user factor, " + source;
        };
    }
}
