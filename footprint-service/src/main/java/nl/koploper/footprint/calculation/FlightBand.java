package nl.koploper.footprint.calculation;

/** Flight distance bands of the list; the factor per passenger-km falls with distance. */
public enum FlightBand {
    UNDER_700_KM("flight_under_700km"),
    FROM_700_TO_2500_KM("flight_700_2500km"),
    OVER_2500_KM("flight_over_2500km");

    private final String factorKey;

    FlightBand(String factorKey) {
        this.factorKey = factorKey;
    }

    public String factorKey() {
        return factorKey;
    }
}
