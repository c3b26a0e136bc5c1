package nl.koploper.footprint.calculation;

import java.math.BigDecimal;
import java.util.List;

/**
 * Warnings in the Milieubarometer's spirit: data that is possible but probably wrong or incomplete. Thresholds
 * are deliberately wide (they flag a unit or typing slip, e.g. kWh entered as MWh, not an unusual business).
 */
final class Plausibility {

    /**
     * kWh per m² floor area per year. Dutch offices use roughly 50-150, shops and restaurants up to a few hundred,
     * cold stores and data rooms more; below 5 the floor area or kWh is almost surely mistyped.
     */
    static final BigDecimal KWH_PER_M2_LOW = BigDecimal.valueOf(5);
    static final BigDecimal KWH_PER_M2_HIGH = BigDecimal.valueOf(1_000);
    /** kWh per FTE per year: an office worker accounts for some 2,000-4,000; metalworking tens of thousands. */
    static final BigDecimal KWH_PER_FTE_LOW = BigDecimal.valueOf(250);
    static final BigDecimal KWH_PER_FTE_HIGH = BigDecimal.valueOf(1_000_000);
    /** Built once, not per calculation that raises them. */
    private static final String PER_M2_MESSAGE = "electricity per m² is outside " + KWH_PER_M2_LOW + "-"
            + KWH_PER_M2_HIGH + " kWh; check the kWh and the floor area";
    private static final String PER_FTE_MESSAGE = "electricity per FTE is outside " + KWH_PER_FTE_LOW + "-"
            + KWH_PER_FTE_HIGH + " kWh; check the kWh and the FTE";

    private Plausibility() {
    }

    static void check(OrganisationYear input, List<Warning> warnings) {
        emptyThemes(input, warnings);
        electricity(input, warnings);
        QuantityFields.visit(input, (field, quantity) -> {
            if (quantity.hasMissingMonths()) {
                warnings.add(new Warning("partial-months", field,
                        "not all 12 months are entered; the year total counts only the months given"));
            }
        });
    }

    /** Themes nearly every organisation has; left empty (null, not 0) they most likely were forgotten. */
    private static void emptyThemes(OrganisationYear input, List<Warning> warnings) {
        if (input.electricity() == null || input.electricity().isEmpty()) {
            warnings.add(new Warning("theme-empty", "electricity", "no electricity entered; enter 0 if none was used"));
        }
        if (input.fuelsAndHeat() == null || input.fuelsAndHeat().isEmpty()) {
            warnings.add(new Warning("theme-empty", "fuelsAndHeat", "no heating entered; enter 0 if none was used"));
        }
        if (input.water() == null || input.water().m3() == null) {
            warnings.add(new Warning("theme-empty", "water.m3", "no water entered; enter 0 if none was used"));
        }
        if (!hasResidualWaste(input.waste())) {
            warnings.add(new Warning("theme-empty", "waste", "no residual waste entered; enter 0 kg if there is none"));
        }
    }

    private static boolean hasResidualWaste(List<WasteStream> waste) {
        if (waste == null) {
            return false;
        }
        for (WasteStream stream : waste) {
            if (stream != null && stream.kind() == WasteKind.RESIDUAL && stream.kg() != null) {
                return true;
            }
        }
        return false;
    }

    private static void electricity(OrganisationYear input, List<Warning> warnings) {
        Electricity electricity = input.electricity();
        if (electricity == null || electricity.isEmpty()) {
            return;
        }
        if (electricity.boughtKwh() != null && electricity.greenSharePercent() == null) {
            warnings.add(new Warning("green-share-missing", "electricity.greenSharePercent",
                    "green share not given; all bought electricity is counted as grey"));
        }
        BigDecimal consumed = ElectricityUse.consumedKwh(electricity);
        BigDecimal area = input.company().floorAreaM2();
        // Compare by multiplying the bounds: no division, so no rounding decision in a check.
        if (area != null && area.signum() > 0) {
            if (consumed.compareTo(KWH_PER_M2_LOW.multiply(area)) < 0
                    || consumed.compareTo(KWH_PER_M2_HIGH.multiply(area)) > 0) {
                warnings.add(new Warning("electricity-per-m2", "electricity.boughtKwh", PER_M2_MESSAGE));
            }
        }
        BigDecimal fte = input.company().fte();
        if (fte != null && fte.signum() > 0) {
            if (consumed.compareTo(KWH_PER_FTE_LOW.multiply(fte)) < 0
                    || consumed.compareTo(KWH_PER_FTE_HIGH.multiply(fte)) > 0) {
                warnings.add(new Warning("electricity-per-fte", "electricity.boughtKwh", PER_FTE_MESSAGE));
            }
        }
    }
}
