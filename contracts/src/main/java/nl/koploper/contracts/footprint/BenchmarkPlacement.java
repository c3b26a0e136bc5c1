package nl.koploper.contracts.footprint;

import java.math.BigDecimal;

/**
 * Where an organisation-year stands among comparable organisations of all gemeenten for one key figure, as computed
 * when its footprint was calculated. Only present when at least five organisations contribute to the group, so no
 * single organisation's figure can be read from it; absolute totals are never compared.
 *
 * @param metric        {@code PER_FTE}, {@code PER_M2} or {@code PER_PRODUCTION_UNIT}
 * @param unit          what the figures are in, e.g. {@code kg CO2e per FTE} or {@code kg CO2e per ton}
 * @param value         this organisation's figure (market-based kg CO2e per unit)
 * @param groupLevel    {@code DIVISION} (2-digit SBI) or {@code SECTION} (SBI letter)
 * @param groupCode     the SBI division or section compared in
 * @param organisations how many organisations the group holds (at least five)
 * @param groupAverage  the group's average figure
 * @param position      {@code FRONTRUNNER}, {@code MIDDLE} or {@code LAGGARD} (lower emissions per unit are better)
 */
public record BenchmarkPlacement(String metric, String unit, BigDecimal value, String groupLevel, String groupCode,
                                 int organisations, BigDecimal groupAverage, String position) {
}
