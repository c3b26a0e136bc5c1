package nl.koploper.footprint.reduction;

import java.math.BigDecimal;
import java.util.List;

/**
 * The estimated saving of one measure applied alone to the organisation-year.
 *
 * @param parameter        the parameter used (the default when none was given)
 * @param defaultParameter whether {@code parameter} is the default
 * @param applicable       false when the data lacks what the measure acts on; the saving is then 0 and the
 *                         assumptions say why
 * @param assumptions      what was assumed and changed, one line each, for the action plan to show
 */
public record Reduction(Measure measure, BigDecimal parameter, boolean defaultParameter, boolean applicable,
                        Saving saving, List<String> assumptions) {
}
