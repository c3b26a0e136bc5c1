package nl.koploper.assessment.catalogue;

/** The themes of footprint-service's CO2 footprint, as {@code FootprintCalculated.perThemeKg} names them. */
public enum FootprintTheme {
    ELECTRICITY, FUELS_AND_HEAT, BUSINESS_TRANSPORT, COMMUTING, WATER, WASTE, OTHER_SCOPE_3
}
