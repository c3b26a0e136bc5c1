package nl.koploper.footprint.calculation;

/**
 * Fuels burnt on site and heat bought. Heating oil has no factor in the shipped list, so it needs a
 * {@code heatingOilFactor} (kg CO2e per liter); without one it is reported as a missing factor, never as zero.
 */
public record FuelsAndHeat(Quantity naturalGasNm3, Quantity districtHeatGj, Quantity propaneLitres,
                           Quantity heatingOilLitres, UserFactor heatingOilFactor) {

    public static FuelsAndHeat naturalGas(Quantity nm3) {
        return new FuelsAndHeat(nm3, null, null, null, null);
    }

    boolean isEmpty() {
        return naturalGasNm3 == null && districtHeatGj == null && propaneLitres == null && heatingOilLitres == null;
    }
}
