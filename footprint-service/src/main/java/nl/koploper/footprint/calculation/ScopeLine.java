package nl.koploper.footprint.calculation;

/**
 * Which total(s) an item counts in. Scope 2 is reported twice (GHG Protocol Scope 2 Guidance): bought
 * electricity gets one market-based and one location-based item; heat, which has no separate location-based
 * factor, gets one item that counts in both.
 */
public enum ScopeLine {
    SCOPE_1(1),
    SCOPE_2_MARKET_AND_LOCATION_BASED(2),
    SCOPE_2_MARKET_BASED(2),
    SCOPE_2_LOCATION_BASED(2),
    SCOPE_3(3);

    private final int scope;

    ScopeLine(int scope) {
        this.scope = scope;
    }

    public int scope() {
        return scope;
    }

    boolean countsInMarketBased() {
        return this != SCOPE_2_LOCATION_BASED;
    }

    boolean countsInLocationBased() {
        return this != SCOPE_2_MARKET_BASED;
    }
}
