package nl.koploper.footprint.factors;

import java.math.BigDecimal;

/**
 * A factor row as it arrives (from the shipped file or, later, from a platform-admin's request) before it has
 * been checked: the unit is still free text, any field may be missing. {@link FactorRowChecks} turns it into
 * an {@link EmissionFactor} or into field problems.
 */
public record ProposedFactor(String key, String nameNl, String unit, Integer scope, String theme,
                             BigDecimal valueKgCo2e, String basis, BigDecimal wttKgCo2e, String source) {
}
