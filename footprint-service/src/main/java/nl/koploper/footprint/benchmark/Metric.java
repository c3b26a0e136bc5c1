package nl.koploper.footprint.benchmark;

/** The key figures benchmarked: the market-based total per unit of size. Absolute totals are never benchmarked. */
public enum Metric {
    PER_FTE("kg CO2e per FTE"),
    PER_M2("kg CO2e per m2 floor area"),
    /** Only compared between organisations that give the same production unit. */
    PER_PRODUCTION_UNIT("kg CO2e per production unit");

    private final String description;

    Metric(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
