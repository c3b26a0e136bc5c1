package nl.koploper.assessment.catalogue;

/**
 * The reduction measures footprint-service can estimate (the shared vocabulary of {@code measures.md}); a
 * recommendation naming one lets footprint-service put a CO2 saving on it.
 */
public enum FootprintMeasure {
    GREEN_ELECTRICITY, ELECTRICITY_SAVING, SOLAR_PANELS, HEAT_PUMP, INSULATION, HEATING_CONTROL, ELECTRIC_FLEET,
    FUEL_EFFICIENT_DRIVING, BUSINESS_TRAVEL_TO_PUBLIC_TRANSPORT, FLIGHTS_TO_TRAIN, COMMUTING_BY_BIKE,
    WASTE_REDUCTION, WATER_SAVING
}
