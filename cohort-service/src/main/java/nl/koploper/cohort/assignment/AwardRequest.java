package nl.koploper.cohort.assignment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/**
 * Grants the Koploperprijs: without {@code participantId} to the top of the jury's ranking; with one to that
 * participant, which needs a {@code motivation} unless it is the top of the ranking.
 */
record AwardRequest(@Schema(description = "The winner; absent for the top of the jury's ranking")
                    @Size(min = 1, max = 100) String participantId,
                    @Schema(description = "Why it wins; required for a winner that is not the top of the ranking",
                            example = "De campagne van Bakkerij De Korenschoof bereikte het hele Westerkwartier")
                    @Size(max = 2000) String motivation) {
}
