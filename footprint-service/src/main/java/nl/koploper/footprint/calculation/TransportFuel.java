package nl.koploper.footprint.calculation;

import nl.koploper.footprint.factors.Unit;

/** Fuels for company and lease vehicles, each tied to its list factor and the unit it is entered in. */
public enum TransportFuel {
    DIESEL_B7("diesel_b7", Unit.LITRE),
    DIESEL_B0("diesel_b0", Unit.LITRE),
    PETROL_E10("petrol_e10", Unit.LITRE),
    PETROL_E0("petrol_e0", Unit.LITRE),
    HVO100("hvo_biodiesel", Unit.LITRE),
    HVO30("hvo30", Unit.LITRE),
    LPG("lpg", Unit.LITRE),
    CNG("cng", Unit.KG),
    HYDROGEN_GREY("hydrogen_grey", Unit.KG),
    HYDROGEN_GREEN("hydrogen_green", Unit.KG);

    private final String factorKey;
    private final Unit unit;

    TransportFuel(String factorKey, Unit unit) {
        this.factorKey = factorKey;
        this.unit = unit;
    }

    public String factorKey() {
        return factorKey;
    }

    public Unit unit() {
        return unit;
    }
}
