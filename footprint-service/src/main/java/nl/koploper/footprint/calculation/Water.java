package nl.koploper.footprint.calculation;

/** Tap water used; the list has no water factor, so it takes a user factor (kg CO2e per m3). */
public record Water(Quantity m3, UserFactor factor) {
}
