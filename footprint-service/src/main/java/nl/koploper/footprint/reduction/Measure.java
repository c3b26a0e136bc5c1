package nl.koploper.footprint.reduction;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reduction measures, with the codes and defaults shared with assessment-service's recommendation catalogue
 * ({@code /work/briefs/measures.md}). <b>Declared in the order in which a combination applies them</b>:
 * <ol>
 *   <li>demand first: less heat needed (insulation, heating control), less power used by today's equipment;</li>
 *   <li>travel moved to the train or the bike, before any car is electrified, so a kilometre is never both moved
 *       and electrified;</li>
 *   <li>then electrification of what remains (the heat pump takes the gas left after insulation, the electric fleet
 *       the fuel left after the move to public transport), then efficient driving of the cars still on fuel;</li>
 *   <li>waste and water;</li>
 *   <li>supply last: solar panels replace part of the power now bought (the heat pump's and cars' included), and
 *       green power covers whatever is still bought.</li>
 * </ol>
 * So ELECTRICITY_SAVING then GREEN_ELECTRICITY saves less together than the two apart: the saved kWh would have
 * been green anyway.
 */
public enum Measure {
    INSULATION(ParameterKind.PERCENT, "20"),
    HEATING_CONTROL(ParameterKind.PERCENT, "8"),
    ELECTRICITY_SAVING(ParameterKind.PERCENT, "10"),
    BUSINESS_TRAVEL_TO_PUBLIC_TRANSPORT(ParameterKind.PERCENT, "25"),
    FLIGHTS_TO_TRAIN(ParameterKind.PERCENT, "100"),
    COMMUTING_BY_BIKE(ParameterKind.PERCENT, "20"),
    HEAT_PUMP(ParameterKind.PERCENT, "100"),
    ELECTRIC_FLEET(ParameterKind.PERCENT, "100"),
    FUEL_EFFICIENT_DRIVING(ParameterKind.PERCENT, "7"),
    WASTE_REDUCTION(ParameterKind.PERCENT, "20"),
    WATER_SAVING(ParameterKind.PERCENT, "20"),
    /** Default: 20 % of the kWh bought at the moment it is applied, so it has no fixed default value. */
    SOLAR_PANELS(ParameterKind.KWH_PER_YEAR, null),
    GREEN_ELECTRICITY(ParameterKind.PERCENT, "100");

    /** What the parameter is: a percentage 0-100, or kWh per year. */
    public enum ParameterKind {
        PERCENT,
        KWH_PER_YEAR
    }

    private final ParameterKind parameterKind;
    private final BigDecimal defaultParameter;

    Measure(ParameterKind parameterKind, String defaultParameter) {
        this.parameterKind = parameterKind;
        this.defaultParameter = defaultParameter == null ? null : new BigDecimal(defaultParameter);
    }

    public ParameterKind parameterKind() {
        return parameterKind;
    }

    /** Null where the default depends on the data (SOLAR_PANELS). */
    public BigDecimal defaultParameter() {
        return defaultParameter;
    }

    /** The measure with this code (exact, upper case), if there is one. */
    public static Optional<Measure> fromCode(String code) {
        for (Measure measure : values()) {
            if (measure.name().equals(code)) {
                return Optional.of(measure);
            }
        }
        return Optional.empty();
    }

    /** Every code, for the message of an unknown one. */
    public static String codes() {
        return Arrays.stream(values()).map(Enum::name).sorted().collect(Collectors.joining(", "));
    }
}
