package nl.koploper.footprint.factors;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * A factor row as it arrives (from the shipped file or, later, from a platform-admin's request) before it has
 * been checked: the unit is still free text, any field may be missing. {@link FactorRowChecks} turns it into
 * an {@link EmissionFactor} or into field problems.
 */
public record ProposedFactor(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "electricity_grey")
                             String key,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Grijze stroom")
                             String nameNl,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "kWh", allowableValues = {
                                     "Nm3", "liter", "kg", "tonne", "kWh", "GJ", "km", "passenger-km", "m3", "EUR"})
                             String unit,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2", minimum = "1",
                                     maximum = "3")
                             Integer scope,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "electricity")
                             String theme,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "0.475",
                                     description = "kg CO2e per unit")
                             BigDecimal valueKgCo2e,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "WTW",
                                     description = "What the value covers, e.g. WTW (well-to-wheel) or location-based")
                             String basis,
                             @Schema(example = "0.080", description = "The supply-chain (well-to-tank) part of the "
                                     + "value, at most the value")
                             BigDecimal wttKgCo2e,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                     example = "CO2emissiefactoren.nl, lijst januari 2027")
                             String source) {
}
