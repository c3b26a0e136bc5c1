package nl.koploper.footprint.calculation;

/** The input themes a footprint is broken down by (the Milieubarometer's grouping, not the factor list's). */
public enum Theme {
    ELECTRICITY,
    FUELS_AND_HEAT,
    BUSINESS_TRANSPORT,
    COMMUTING,
    WATER,
    WASTE,
    OTHER_SCOPE_3
}
