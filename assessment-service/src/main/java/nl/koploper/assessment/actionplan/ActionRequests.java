package nl.koploper.assessment.actionplan;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.assessment.catalogue.FootprintMeasure;
import nl.koploper.assessment.profile.ProfileRecommendation;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;

/** The request bodies of the action plan and their checks: all wrong fields in one 400, before anything changes. */
final class ActionRequests {

    static final int MAX_TEXT = 200;
    static final int MAX_NOTES = 4000;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    private ActionRequests() {
    }

    /**
     * An action: from a recommendation of the published profile ({@code recommendationId}; its title and footprint
     * measure are the defaults) or the organisation's own. {@code expectedCo2SavingKgPerYear} is entered; where a
     * footprint measure applies, the client first asks footprint-service's
     * {@code POST /api/footprints/organisations/{id}/reduction-estimates} for the estimate and enters that.
     */
    record ActionRequest(
            @Schema(description = "A recommendation of the published profile; its title and footprint measure are "
                    + "the defaults", example = "R-ENV-001") String recommendationId,
            @Schema(description = "Required unless recommendationId gives it", maxLength = MAX_TEXT,
                    example = "Overstappen op groene stroom") String title,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Who carries the action", maxLength = MAX_TEXT,
                    example = "Jan Hoekstra (eigenaar)") String owner,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "A calendar date", example = "2027-04-01")
            LocalDate startDate,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "A calendar date, on or after startDate; the "
                    + "action is overdue after it (Europe/Amsterdam) unless DONE or DROPPED", example = "2027-06-30")
            LocalDate dueDate,
            @Schema(description = "PLANNED when absent") ActionStatus status,
            @Schema(implementation = FootprintMeasure.class, description = "The footprint-service measure it is; "
                    + "the recommendation's when absent", example = "GREEN_ELECTRICITY") String footprintMeasure,
            @Schema(description = "kg CO2e per year, as footprint-service estimated it; 0 to 1e9, two decimals",
                    minimum = "0", example = "8400") BigDecimal expectedCo2SavingKgPerYear,
            @Schema(description = "Euro, 0 to 1e9, two decimals", minimum = "0", example = "350.00") BigDecimal costEur,
            @Schema(maxLength = MAX_NOTES, example = "Offerte aangevraagd bij twee leveranciers") String notes) {

        /** @param recommendation the profile's recommendation named by {@code recommendationId}, or null */
        ActionFields check(ProfileRecommendation recommendation, boolean recommendationUnknown) {
            List<FieldProblem> problems = new ArrayList<>();
            if (recommendationUnknown) {
                problems.add(new FieldProblem("recommendationId", "unknown-recommendation", "'" + recommendationId
                        + "' is not a recommendation of the published profile"));
            }
            String chosenTitle = title == null && recommendation != null ? recommendation.title() : title;
            if (chosenTitle == null || chosenTitle.isBlank()) {
                problems.add(new FieldProblem("title", "required", "Give the action a title"));
            } else if (chosenTitle.length() > MAX_TEXT) {
                problems.add(new FieldProblem("title", "too-long", "At most " + MAX_TEXT + " characters"));
            }
            if (owner == null || owner.isBlank()) {
                problems.add(new FieldProblem("owner", "required", "Name who carries the action"));
            } else if (owner.length() > MAX_TEXT) {
                problems.add(new FieldProblem("owner", "too-long", "At most " + MAX_TEXT + " characters"));
            }
            if (startDate == null) {
                problems.add(new FieldProblem("startDate", "required", "Give the start date (yyyy-mm-dd)"));
            }
            if (dueDate == null) {
                problems.add(new FieldProblem("dueDate", "required", "Give the due date (yyyy-mm-dd)"));
            } else if (startDate != null && dueDate.isBefore(startDate)) {
                problems.add(new FieldProblem("dueDate", "before-start", "The due date is on or after the start"));
            }
            FootprintMeasure measure = null;
            if (footprintMeasure != null) {
                try {
                    measure = FootprintMeasure.valueOf(footprintMeasure);
                } catch (IllegalArgumentException unknown) {
                    problems.add(new FieldProblem("footprintMeasure", "unknown-measure", "'" + footprintMeasure
                            + "' is not a footprint measure (GREEN_ELECTRICITY, INSULATION, ...)"));
                }
            } else if (recommendation != null) {
                measure = recommendation.footprintMeasure();
            }
            amount(expectedCo2SavingKgPerYear, "expectedCo2SavingKgPerYear", problems);
            amount(costEur, "costEur", problems);
            if (notes != null && notes.length() > MAX_NOTES) {
                problems.add(new FieldProblem("notes", "too-long", "At most " + MAX_NOTES + " characters"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException("The action is not valid", problems);
            }
            return new ActionFields(recommendationId, chosenTitle.strip(), owner.strip(), startDate, dueDate,
                    status == null ? ActionStatus.PLANNED : status, measure, expectedCo2SavingKgPerYear, costEur,
                    notes == null || notes.isBlank() ? null : notes.strip());
        }
    }

    /** A dated note on the action's progress. */
    record ProgressRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "A calendar date", example = "2027-05-12")
            LocalDate date,
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = MAX_NOTES,
                    example = "Contract met de nieuwe leverancier getekend; ingangsdatum 1 juli") String text) {

        void check() {
            List<FieldProblem> problems = new ArrayList<>();
            if (date == null) {
                problems.add(new FieldProblem("date", "required", "Give the date of the update (yyyy-mm-dd)"));
            }
            if (text == null || text.isBlank()) {
                problems.add(new FieldProblem("text", "required", "Say how it goes"));
            } else if (text.length() > MAX_NOTES) {
                problems.add(new FieldProblem("text", "too-long", "At most " + MAX_NOTES + " characters"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException("The progress update is not valid", problems);
            }
        }
    }

    private static void amount(BigDecimal value, String field, List<FieldProblem> problems) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            problems.add(new FieldProblem(field, "negative", "Not below zero"));
        } else if (value.compareTo(MAX_AMOUNT) > 0) {
            problems.add(new FieldProblem(field, "too-large", "At most " + MAX_AMOUNT.toPlainString()));
        } else if (value.scale() > 2) {
            problems.add(new FieldProblem(field, "too-precise", "At most two decimals"));
        }
    }
}
