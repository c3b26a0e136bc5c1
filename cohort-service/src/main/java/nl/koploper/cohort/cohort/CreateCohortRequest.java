package nl.koploper.cohort.cohort;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.platform.web.AmsterdamWallClock;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.FieldProblem;

/**
 * A coordinator's new cohort. The deadlines are RFC 3339 times with {@code Z} or an offset
 * ({@code 2027-03-01T23:59:00+01:00}), or a time without one, which is Amsterdam time ({@code 2027-03-01T23:59}); they
 * are taken as text so that a malformed one is reported as a field error, not as an unreadable body.
 *
 * @param minimum placed participants needed to start; 8 when absent
 * @param maximum places; 15 when absent
 */
record CreateCohortRequest(
        @Schema(example = "Koplopers Westerkwartier 2027") @NotBlank @Size(max = 120) String name,
        @Schema(example = "2027") @NotNull @Min(2000) @Max(2100) Integer year,
        @Schema(description = "Placed participants needed to start; 8 when absent, at most the maximum",
                example = "8") @Min(1) @Max(100) Integer minimum,
        @Schema(description = "Places; later registrations join the waiting list. 15 when absent", example = "15")
        @Min(1) @Max(100) Integer maximum,
        @Schema(description = "Registration closes at this time: an RFC 3339 instant, or without offset Amsterdam "
                + "wall-clock time", example = "2027-03-01T23:59") @NotBlank String registrationDeadline,
        @Schema(description = "The communication assignment is due at this time, after the registration deadline; "
                + "an RFC 3339 instant, or without offset Amsterdam wall-clock time", example = "2027-10-01T17:00")
        @NotBlank String assignmentDeadline) {

    /** The plan, or a 400 naming each field the shape checks let through but the plan cannot accept. */
    CohortPlan toPlan() {
        List<FieldProblem> problems = new ArrayList<>();
        Instant registration = instant("registrationDeadline", registrationDeadline, problems);
        Instant assignment = instant("assignmentDeadline", assignmentDeadline, problems);
        int min = minimum == null ? CohortPlan.DEFAULT_MINIMUM : minimum;
        int max = maximum == null ? CohortPlan.DEFAULT_MAXIMUM : maximum;
        if (min > max) {
            problems.add(new FieldProblem("minimum", "above-maximum", "must not be more than the maximum (" + max + ")"));
        }
        if (registration != null && assignment != null && !assignment.isAfter(registration)) {
            problems.add(new FieldProblem("assignmentDeadline", "not-after-registration-deadline",
                    "must come after the registration deadline"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The cohort has invalid values", problems);
        }
        try {
            return new CohortPlan(name, year, min, max, registration, assignment);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cohort", e.getMessage()); // a plan rule not mirrored above
        }
    }

    private static Instant instant(String field, String text, List<FieldProblem> problems) {
        try {
            return AmsterdamWallClock.instant(text);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "not-a-date-time",
                    "must be a date and time, e.g. 2027-03-01T23:59 (Amsterdam time) or 2027-03-01T22:59:00Z; got '"
                            + text + "'"));
            return null;
        }
    }
}
