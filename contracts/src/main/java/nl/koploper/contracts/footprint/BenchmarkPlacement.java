package nl.koploper.contracts.footprint;

import java.math.BigDecimal;

/**
 * Where an organisation-year stands among comparable organisations of the other gemeenten for one key figure, as
 * computed when its footprint was calculated. The group holds only placed cohort participants of other gemeenten than
 * the organisation's own (never the organisation itself), and is present only when at least five organisations of at
 * least three other gemeenten contribute, so no single organisation's figure can be read from it, not even by a
 * gemeente that enters organisations of its own; absolute totals are never compared.
 *
 * @param metric        {@code PER_FTE}, {@code PER_M2} or {@code PER_PRODUCTION_UNIT}
 * @param unit          what the figures are in, e.g. {@code kg CO2e per FTE} or {@code kg CO2e per ton}
 * @param value         this organisation's figure (market-based kg CO2e per unit)
 * @param groupLevel    {@code DIVISION} (2-digit SBI) or {@code SECTION} (SBI letter)
 * @param groupCode     the SBI division or section compared in
 * @param organisations how many organisations the group holds (at least five)
 * @param groupAverage  the group's average figure, rounded to two significant digits (e.g. 870, 0.012)
 * @param position      {@code FRONTRUNNER}, {@code MIDDLE} or {@code LAGGARD} (lower emissions per unit are better),
 *                      against the group's rounded quartiles
 */
public record BenchmarkPlacement(String metric, String unit, BigDecimal value, String groupLevel, String groupCode,
                                 int organisations, BigDecimal groupAverage, String position) {
}
