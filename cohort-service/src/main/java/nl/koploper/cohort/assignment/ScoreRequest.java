package nl.koploper.cohort.assignment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koploper.cohort.cohort.RubricScores;

/** A juror's marks on the rubric, each 1 to 5, and an optional comment. */
record ScoreRequest(@NotNull @Min(RubricScores.MINIMUM) @Max(RubricScores.MAXIMUM) Integer clarity,
                    @NotNull @Min(RubricScores.MINIMUM) @Max(RubricScores.MAXIMUM) Integer credibility,
                    @NotNull @Min(RubricScores.MINIMUM) @Max(RubricScores.MAXIMUM) Integer reach,
                    @NotNull @Min(RubricScores.MINIMUM) @Max(RubricScores.MAXIMUM) Integer originality,
                    @Size(max = 2000) String comment) {

    RubricScores toScores() {
        return new RubricScores(clarity, credibility, reach, originality);
    }
}
