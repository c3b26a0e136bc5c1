package nl.koploper.cohort.assignment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A juror's marks on the rubric, each 1 to 5, and an optional comment. */
record ScoreRequest(@Schema(example = "4") @NotNull @Min(RubricScores.MINIMUM) @Max(RubricScores.MAXIMUM)
                    Integer clarity,
                    @Schema(example = "5") @NotNull @Min(RubricScores.MINIMUM) @Max(RubricScores.MAXIMUM)
                    Integer credibility,
                    @Schema(example = "3") @NotNull @Min(RubricScores.MINIMUM) @Max(RubricScores.MAXIMUM)
                    Integer reach,
                    @Schema(example = "4") @NotNull @Min(RubricScores.MINIMUM) @Max(RubricScores.MAXIMUM)
                    Integer originality,
                    @Schema(example = "Helder verhaal; het bereik buiten het Westerkwartier kan groter")
                    @Size(max = 2000) String comment) {

    RubricScores toScores() {
        return new RubricScores(clarity, credibility, reach, originality);
    }
}
