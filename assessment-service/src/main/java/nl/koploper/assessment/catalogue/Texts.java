package nl.koploper.assessment.catalogue;

import java.util.List;
import nl.koploper.platform.web.FieldProblem;

/** Checks of the Dutch texts in catalogue entries. */
final class Texts {

    private Texts() {
    }

    static void requireText(String text, String field, int maxLength, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "missing", "A text is required"));
        } else if (text.length() > maxLength) {
            problems.add(new FieldProblem(field, "too-long", "Longer than " + maxLength + " characters"));
        }
    }

    static void requireTexts(List<String> texts, String field, int min, int max, List<FieldProblem> problems) {
        if (texts == null || texts.size() < min || texts.size() > max) {
            problems.add(new FieldProblem(field, "count", "Give " + (min == max ? min : min + " to " + max)
                    + " texts; got " + (texts == null ? "none" : texts.size())));
            return;
        }
        for (int n = 0; n < texts.size(); n++) {
            requireText(texts.get(n), field + "[" + n + "]", 500, problems);
        }
    }
}
