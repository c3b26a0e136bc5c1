package nl.koploper.footprint.calculation;

import java.math.BigDecimal;

/** Electricity arithmetic shared by the calculation and the plausibility checks. */
final class ElectricityUse {

    private ElectricityUse() {
    }

    /** What the organisation used: bought from the grid plus own generation used on site (feed-in excluded). */
    static BigDecimal consumedKwh(Electricity electricity) {
        BigDecimal consumed = BigDecimal.ZERO;
        if (electricity.boughtKwh() != null) {
            consumed = consumed.add(electricity.boughtKwh().total());
        }
        if (electricity.ownGenerationSelfUsedKwh() != null) {
            consumed = consumed.add(electricity.ownGenerationSelfUsedKwh().total());
        }
        return consumed;
    }
}
