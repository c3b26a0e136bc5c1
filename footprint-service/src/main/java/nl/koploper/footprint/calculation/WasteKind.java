package nl.koploper.footprint.calculation;

/** Waste streams the plausibility checks know; everything sector-specific is {@code OTHER} with a name. */
public enum WasteKind {
    RESIDUAL,
    PAPER,
    ORGANIC,
    PLASTIC,
    GLASS,
    METAL,
    HAZARDOUS,
    OTHER
}
