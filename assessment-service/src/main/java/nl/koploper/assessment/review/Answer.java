package nl.koploper.assessment.review;

import java.util.ArrayList;
import java.util.List;
import nl.koploper.platform.web.FieldProblem;

/**
 * The advisor's judgement of one issue from one perspective: relevance, current practice on the maturity scale 0
 * (nothing) to 4 (leading), and notes. A relevant issue needs a maturity; for one that is not relevant it is optional
 * and counts nowhere.
 */
public record Answer(Relevance relevance, Integer maturity, String notes) {

    public static final int MAX_MATURITY = 4;
    public static final int MAX_NOTES = 4000;

    /** The problems of this answer, with field paths under {@code prefix} (e.g. {@code issues[2].internal}). */
    public static List<FieldProblem> problems(Relevance relevance, Integer maturity, String notes, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        if (relevance == null) {
            problems.add(new FieldProblem(prefix + ".relevance", "required",
                    "Give NOT_RELEVANT, RELEVANT or VERY_RELEVANT"));
        }
        if (maturity == null && relevance != null && relevance.relevant()) {
            problems.add(new FieldProblem(prefix + ".maturity", "required",
                    "A relevant issue needs its maturity, 0 (nothing) to 4 (leading)"));
        }
        if (maturity != null && (maturity < 0 || maturity > MAX_MATURITY)) {
            problems.add(new FieldProblem(prefix + ".maturity", "out-of-range",
                    "Maturity is 0 (nothing) to 4 (leading); got " + maturity));
        }
        if (notes != null && notes.length() > MAX_NOTES) {
            problems.add(new FieldProblem(prefix + ".notes", "too-long", "Notes are at most " + MAX_NOTES
                    + " characters"));
        }
        return problems;
    }

    public static Answer of(Relevance relevance, Integer maturity, String notes) {
        return new Answer(relevance, maturity, notes == null || notes.isBlank() ? null : notes.strip());
    }

    /** What is still to gain: 4 minus the maturity; 0 for an issue that is not relevant. */
    public int gap() {
        return relevance.relevant() && maturity != null ? MAX_MATURITY - maturity : 0;
    }
}
