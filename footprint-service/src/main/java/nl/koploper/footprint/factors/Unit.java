package nl.koploper.footprint.factors;

import java.util.Optional;

/**
 * The units a factor or a quantity may be expressed in. Closed on purpose: a factor in a unit nobody enters
 * consumption in can never be applied, so an unknown unit is refused when a set is loaded or added.
 */
public enum Unit {
    NM3("Nm3"),
    LITRE("liter"),
    KG("kg"),
    TONNE("tonne"),
    KWH("kWh"),
    GJ("GJ"),
    KM("km"),
    PASSENGER_KM("passenger-km"),
    M3("m3"),
    EUR("EUR");

    /** values() copies its array on every call; fromCode sits on the calculation's hot path. */
    private static final Unit[] ALL = values();

    private final String code;

    Unit(String code) {
        this.code = code;
    }

    /** The spelling used in the factor files and the API. */
    public String code() {
        return code;
    }

    public static Optional<Unit> fromCode(String code) {
        for (Unit unit : ALL) {
            if (unit.code.equals(code)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return code;
    }
}
