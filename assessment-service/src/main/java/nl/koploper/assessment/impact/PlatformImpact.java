package nl.koploper.assessment.impact;

import java.math.BigDecimal;
import java.util.List;
import nl.koploper.assessment.footprint.KgChange;

/** The impact figures of every gemeente, and their sums; for the Koploper team (platform-admin) only. */
public record PlatformImpact(List<ImpactReport> gemeenten, Totals totals) {

    /**
     * @param baselineFootprintOrganisations participants with a nulmeting footprint, over every gemeente
     * @param baselineFootprintKg            their nulmeting footprints summed (null when none has one)
     */
    public record Totals(int gemeenten, int participants, int nulmetingenCompleted, int eindmetingenCompleted,
                         int actionsPlanned, int actionsDone, int participantsWithBothFootprints,
                         BigDecimal baselineKg, BigDecimal finalKg, BigDecimal changeKg, BigDecimal changePercent,
                         int baselineFootprintOrganisations, BigDecimal baselineFootprintKg) {
    }

    static PlatformImpact of(List<ImpactReport> reports) {
        BigDecimal baseline = BigDecimal.ZERO;
        BigDecimal end = BigDecimal.ZERO;
        int both = 0;
        int measured = 0;
        BigDecimal measuredKg = BigDecimal.ZERO;
        for (ImpactReport r : reports) {
            if (r.baselineFootprint().organisations() > 0) {
                measured += r.baselineFootprint().organisations();
                measuredKg = measuredKg.add(r.baselineFootprint().totalKg());
            }
            if (r.co2().participantsWithBoth() > 0) {
                both += r.co2().participantsWithBoth();
                baseline = baseline.add(r.co2().baselineKg());
                end = end.add(r.co2().finalKg());
            }
        }
        KgChange change = both == 0 ? KgChange.of(null, null) : KgChange.of(baseline, end);
        return new PlatformImpact(reports, new Totals(reports.size(),
                reports.stream().mapToInt(ImpactReport::participants).sum(),
                reports.stream().mapToInt(ImpactReport::nulmetingenCompleted).sum(),
                reports.stream().mapToInt(ImpactReport::eindmetingenCompleted).sum(),
                reports.stream().mapToInt(ImpactReport::actionsPlanned).sum(),
                reports.stream().mapToInt(ImpactReport::actionsDone).sum(), both, change.baselineKg(),
                change.finalKg(), change.changeKg(), change.changePercent(), measured,
                measured == 0 ? null : measuredKg));
    }
}
