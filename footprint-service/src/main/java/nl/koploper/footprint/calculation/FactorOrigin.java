package nl.koploper.footprint.calculation;

/** Where the value a calculation used came from. */
public enum FactorOrigin {
    /** The value as published in the factor set. */
    FACTOR_LIST,
    /** The organisation's override of a list factor, in force for the year. */
    ORGANISATION_OVERRIDE,
    /** A value the user supplied for an item the list has no factor for. */
    USER_SUPPLIED
}
