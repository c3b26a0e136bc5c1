package nl.koploper.footprint.reduction;

import java.util.List;
import nl.koploper.footprint.calculation.Footprint;

/**
 * Savings of each requested measure alone, and of all of them together.
 *
 * @param before   the footprint of the data as it is, computed with the same set and overrides
 * @param combined all measures applied one after another in {@link Measure}'s order; less than the sum when
 *                 measures act on the same consumption
 */
public record ReductionEstimate(Footprint before, List<Reduction> measures, Combined combined) {

    /** @param order the measures in the order they were applied */
    public record Combined(List<Measure> order, Saving saving, List<String> assumptions) {
    }
}
