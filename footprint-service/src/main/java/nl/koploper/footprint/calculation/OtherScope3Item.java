package nl.koploper.footprint.calculation;

/** A scope-3 item outside the fixed themes (e.g. purchased steel), with its own factor and GHG category. */
public record OtherScope3Item(String description, Scope3Category category, Quantity quantity, UserFactor factor) {
}
