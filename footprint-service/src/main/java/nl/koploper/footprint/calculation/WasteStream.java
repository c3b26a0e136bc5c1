package nl.koploper.footprint.calculation;

/** One waste stream in kg, with the user's factor (the list has no waste factors). */
public record WasteStream(WasteKind kind, String name, Quantity kg, UserFactor factor) {
}
