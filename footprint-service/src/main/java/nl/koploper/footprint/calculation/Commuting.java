package nl.koploper.footprint.calculation;

/**
 * Home-to-work travel of all employees over the year. Car km use the list's "fuel unknown" car factor, since
 * nobody knows what their colleagues drive; public transport needs a user factor as the list has none.
 */
public record Commuting(Quantity carKm, Quantity publicTransportKm, UserFactor publicTransportFactor) {

    public static Commuting byCar(Quantity km) {
        return new Commuting(km, null, null);
    }
}
