package nl.koploper.footprint.calculation;

/**
 * Field paths of list elements ({@code waste[3].kg}), built once per index instead of per calculation: string
 * concatenation was a measurable share of the per-organisation-year cost.
 */
final class FieldPaths {

    private static final int CACHED = 64;

    static final FieldPaths FUEL_QUANTITY = new FieldPaths("businessTransport.fuels[", "].quantity");
    static final FieldPaths VEHICLE_KM = new FieldPaths("businessTransport.vehicleKm[", "].km");
    static final FieldPaths FLIGHT_PASSENGER_KM = new FieldPaths("businessTransport.flights[", "].passengerKm");
    static final FieldPaths WASTE_KG = new FieldPaths("waste[", "].kg");
    static final FieldPaths WASTE_FACTOR = new FieldPaths("waste[", "].factor");
    static final FieldPaths OTHER_QUANTITY = new FieldPaths("otherScope3[", "].quantity");
    static final FieldPaths OTHER_FACTOR = new FieldPaths("otherScope3[", "].factor");

    private final String prefix;
    private final String suffix;
    private final String[] paths = new String[CACHED];

    private FieldPaths(String prefix, String suffix) {
        this.prefix = prefix;
        this.suffix = suffix;
        for (int i = 0; i < CACHED; i++) {
            paths[i] = build(i);
        }
    }

    String at(int index) {
        return index < CACHED ? paths[index] : build(index);
    }

    private String build(int index) {
        return prefix + index + suffix;
    }
}
