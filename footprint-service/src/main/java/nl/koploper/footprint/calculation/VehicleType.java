package nl.koploper.footprint.calculation;

/** Vehicle kinds whose kilometres have a list factor, for when litres are not known. */
public enum VehicleType {
    CAR_FUEL_UNKNOWN("car_fuel_unknown"),
    CAR_DIESEL("car_diesel_medium"),
    CAR_PETROL("car_petrol_medium"),
    CAR_ELECTRIC_GREY_POWER("car_electric_grey");

    private final String factorKey;

    VehicleType(String factorKey) {
        this.factorKey = factorKey;
    }

    public String factorKey() {
        return factorKey;
    }
}
