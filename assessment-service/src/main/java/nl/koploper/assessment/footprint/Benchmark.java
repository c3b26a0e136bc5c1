package nl.koploper.assessment.footprint;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import nl.koploper.contracts.footprint.BenchmarkPlacement;

/**
 * Where the organisation stands among comparable organisations for one key figure, as footprint-service placed it
 * when it calculated the footprint (kept with the footprint and snapshotted into a profile; never recomputed here).
 *
 * @param metric        {@code PER_FTE}, {@code PER_M2} or {@code PER_PRODUCTION_UNIT}
 * @param unit          what the figures are in, e.g. {@code kg CO2e per FTE}
 * @param value         the organisation's figure
 * @param groupLevel    {@code DIVISION} (2-digit SBI) or {@code SECTION} (SBI letter)
 * @param groupCode     the SBI division or section compared in
 * @param organisations how many organisations the group holds
 * @param groupAverage  the group's average figure
 * @param position      {@code FRONTRUNNER}, {@code MIDDLE} or {@code LAGGARD}
 */
public record Benchmark(String metric, String unit, BigDecimal value, String groupLevel, String groupCode,
                        int organisations, BigDecimal groupAverage, String position) {

    /**
     * The placements of an event that can be printed: one without a figure, an average, a group or a position is
     * left out rather than printed half (null, from events of before the field, is none).
     */
    public static List<Benchmark> of(List<BenchmarkPlacement> placements) {
        if (placements == null) {
            return List.of();
        }
        return placements.stream().filter(Objects::nonNull)
                .filter(p -> p.metric() != null && p.value() != null && p.groupAverage() != null
                        && p.groupCode() != null && p.position() != null)
                .map(p -> new Benchmark(p.metric(), p.unit() == null ? p.metric() : p.unit(), p.value(),
                        p.groupLevel(), p.groupCode(), p.organisations(), p.groupAverage(), p.position()))
                .toList();
    }
}
