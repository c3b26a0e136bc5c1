package nl.koploper.assessment.cases;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.koploper.assessment.catalogue.Cost;
import nl.koploper.assessment.catalogue.Effort;
import nl.koploper.assessment.catalogue.IssueCatalogue;
import nl.koploper.assessment.review.Answer;
import nl.koploper.assessment.review.Relevance;
import nl.koploper.assessment.review.Review;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;

/**
 * The request bodies of the case API and their checks. Every check collects all wrong fields, with their path in the
 * body ({@code issues[3].internal.maturity}), into one 400 before anything changes.
 */
final class Requests {

    private static final int MAX_NAME = 200;

    private Requests() {
    }

    /**
     * The coordinator's choice of advisor: {@code advisorId} is the id of an entry in the gemeente's advisor register
     * ({@code /api/assessments/advisors}); {@code locale} the language of the advisor's mails ({@code nl} default).
     */
    record AssignAdvisorRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = MAX_NAME,
                    example = "5f0c2a9e-3b7d-4c1a-9e52-7d8a1b6c4f20") String advisorId,
            @Schema(description = "The language of the advisor's mails; nl when absent",
                    allowableValues = {"nl", "en"}, example = "nl") String locale) {

        /** @return the language, after checking both fields (the register entry is looked up afterwards) */
        String validLocale() {
            List<FieldProblem> problems = new ArrayList<>();
            if (advisorId == null || advisorId.isBlank()) {
                problems.add(new FieldProblem("advisorId", "required",
                        "Give the id of an advisor in the gemeente's advisor register"));
            } else if (advisorId.length() > MAX_NAME) {
                problems.add(new FieldProblem("advisorId", "too-long", "At most " + MAX_NAME + " characters"));
            }
            String language = locale == null || locale.isBlank() ? "nl" : locale.strip().toLowerCase(Locale.ROOT);
            if (!language.equals("nl") && !language.equals("en")) {
                problems.add(new FieldProblem("locale", "invalid", "The language is nl or en"));
            }
            throwIfAny("The advisor is not valid", problems);
            return language;
        }
    }

    /** The footprint year that counts as the baseline; null to go back to the first year seen. */
    record BaselineYearRequest(
            @Schema(description = "A footprint year; null for the default year", minimum = "1990",
                    maximum = "2100", example = "2025") Integer year) {

        Integer validYear() {
            if (year != null && (year < 1990 || year > 2100)) {
                throw new InvalidInputException("year", "A year between 1990 and 2100, or null for the first year seen");
            }
            return year;
        }
    }

    /** Date, time and place of the visit; times are wall-clock Europe/Amsterdam, e.g. {@code 2027-03-18T10:00}, or RFC
     * 3339 with {@code Z} or an offset, converted to Amsterdam time. */
    record VisitRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, type = "string", description = WALL_CLOCK,
                    example = "2027-03-18T10:00") LocalDateTime start,
            @Schema(requiredMode = RequiredMode.REQUIRED, type = "string", description = WALL_CLOCK
                    + "; after start", example = "2027-03-18T12:00") LocalDateTime end,
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = Visit.MAX_LOCATION,
                    example = "Bakkerij De Korenschoof, Hoofdstraat 12, 9801 AB Zuidhorn") String location) {
    }

    private static final String WALL_CLOCK = "Wall-clock time in Europe/Amsterdam (2027-03-18T10:00), to the minute; "
            + "an RFC 3339 time with Z or an offset is converted to it";

    /** One answer: relevance, maturity 0-4 (required unless NOT_RELEVANT) and notes. */
    record AnswerBody(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "RELEVANT") Relevance relevance,
            @Schema(description = "0 (nothing) to 4 (leading); required unless NOT_RELEVANT", minimum = "0",
                    maximum = "4", example = "2") Integer maturity,
            @Schema(maxLength = Answer.MAX_NOTES,
                    example = "Ovens draaien op aardgas; het verbruik wordt maandelijks genoteerd") String notes) {
    }

    /** The review of one issue; an absent perspective keeps its current answer. */
    @Schema(description = "At least one of the two answers")
    record IssueReviewRequest(AnswerBody internal, AnswerBody productsAndServices) {
    }

    /** Several issues at once, e.g. the whole review typed in after the visit. */
    record BulkReviewRequest(
            @ArraySchema(minItems = 1, arraySchema = @Schema(requiredMode = RequiredMode.REQUIRED))
            List<BulkIssue> issues) {

        @Schema(description = "One issue, once in the list, with at least one of the two answers")
        record BulkIssue(
                @Schema(requiredMode = RequiredMode.REQUIRED, description = "ISO 26000 issue code", example = "6.5.4")
                String code, AnswerBody internal, AnswerBody productsAndServices) {
        }
    }

    static List<Review.IssueChange> reviewChange(String code, IssueReviewRequest body,
                                                          IssueCatalogue catalogue) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!catalogue.contains(code)) {
            // The code is the path's {code}; it is named as the parameter, since no body field holds it.
            throw new InvalidInputException("Unknown issue", List.of(new FieldProblem("code", "unknown-issue",
                    "'" + code + "' is not an ISO 26000 issue (6.2, 6.3.3 … 6.8.9)")));
        }
        Review.IssueChange change = change(code, body == null ? null : body.internal(),
                body == null ? null : body.productsAndServices(), "", problems);
        throwIfAny("The review answers are not valid", problems);
        return List.of(change);
    }

    static List<Review.IssueChange> reviewChanges(BulkReviewRequest body, IssueCatalogue catalogue) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null || body.issues() == null || body.issues().isEmpty()) {
            throw new InvalidInputException("issues", "List at least one issue with its answers");
        }
        List<Review.IssueChange> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < body.issues().size(); n++) {
            BulkReviewRequest.BulkIssue issue = body.issues().get(n);
            String at = "issues[" + n + "]";
            if (issue == null) {
                problems.add(new FieldProblem(at, "required", "An entry is null"));
                continue;
            }
            if (!catalogue.contains(issue.code())) {
                problems.add(new FieldProblem(at + ".code", "unknown-issue",
                        "'" + issue.code() + "' is not an ISO 26000 issue (6.2, 6.3.3 … 6.8.9)"));
            } else if (!seen.add(issue.code())) {
                problems.add(new FieldProblem(at + ".code", "duplicate", issue.code() + " is listed twice"));
            }
            changes.add(change(issue.code(), issue.internal(), issue.productsAndServices(), at, problems));
        }
        throwIfAny("The review answers are not valid", problems);
        return changes;
    }

    private static Review.IssueChange change(String code, AnswerBody internal, AnswerBody products,
                                                      String at, List<FieldProblem> problems) {
        String prefix = at.isEmpty() ? "" : at + ".";
        if (internal == null && products == null) {
            problems.add(new FieldProblem(at.isEmpty() ? "internal" : at, "required",
                    "Give the answer for internal operations, for products and services, or both"));
            return null;
        }
        return new Review.IssueChange(code, answer(internal, prefix + "internal", problems),
                answer(products, prefix + "productsAndServices", problems));
    }

    private static Answer answer(AnswerBody body, String field, List<FieldProblem> problems) {
        if (body == null) {
            return null;
        }
        List<FieldProblem> found = Answer.problems(body.relevance(), body.maturity(), body.notes(), field);
        problems.addAll(found);
        return found.isEmpty() ? Answer.of(body.relevance(), body.maturity(), body.notes()) : null;
    }

    /**
     * Adds a recommendation to a draft: either one of the catalogue ({@code catalogueId}) or the advisor's own
     * ({@code title}, {@code description}, optionally {@code issues}, {@code effort}, {@code cost}).
     */
    @Schema(description = "Either catalogueId alone, or title and description with optionally issues, effort and "
            + "cost")
    record AddRecommendationRequest(
            @Schema(description = "A recommendation of the catalogue, e.g. R-ENV-001") String catalogueId,
            @Schema(maxLength = 200, example = "Vang de restwarmte van de ovens op") String title,
            @Schema(maxLength = 2000, example = "Laat een installateur de restwarmte van de ovens benutten voor het "
                    + "warme water; vraag eerst een offerte met terugverdientijd.") String description,
            @ArraySchema(maxItems = 3, schema = @Schema(description = "ISO 26000 issue code", example = "6.5.4"))
            List<String> issues,
            Effort effort, Cost cost) {

        boolean fromCatalogue() {
            if (catalogueId != null && (title != null || description != null || issues != null || effort != null
                    || cost != null)) {
                throw new InvalidInputException("catalogueId", "Give either a catalogueId or your own title and "
                        + "description (with issues, effort, cost), not both");
            }
            return catalogueId != null;
        }
    }

    /** New wording of a recommendation in a draft. */
    record RewordRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 200,
                    example = "Stap over op Nederlandse groene stroom van een regionale coöperatie") String title,
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 2000,
                    example = "Kies bij de verlenging in juni een regionale energiecoöperatie.")
            String description) {
    }

    private static void throwIfAny(String message, List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(message, problems);
        }
    }
}
