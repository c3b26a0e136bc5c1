package nl.koploper.portal.jury;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A juror's marks on the rubric as typed: one of 1 to 5 for each criterion cohort-service scores ({@code ScoreRequest}:
 * clarity, credibility, reach, originality) and an optional comment. Kept as text so a refused form shows exactly
 * what was chosen.
 */
public record ScoreForm(Map<String, String> marks, String comment) {

    /** The rubric's criteria in the order the service and the jury read them. */
    static final List<String> CRITERIA = List.of("clarity", "credibility", "reach", "originality");
    /** cohort-service's {@code RubricScores.MINIMUM} and {@code MAXIMUM}. */
    static final int MINIMUM = 1;
    static final int MAXIMUM = 5;
    static final int MAX_COMMENT = 2000;

    public ScoreForm {
        marks = Map.copyOf(marks);
        comment = comment == null ? "" : comment;
    }

    /** The form as the juror left it: their score as the service answered it ({@code ScoreView}), or empty. */
    static ScoreForm of(Map<String, Object> myScore) {
        Map<String, String> marks = new LinkedHashMap<>();
        if (myScore != null) {
            for (String criterion : CRITERIA) {
                if (myScore.get(criterion) instanceof Number mark) {
                    marks.put(criterion, String.valueOf(mark.intValue()));
                }
            }
        }
        Object comment = myScore == null ? null : myScore.get("comment");
        return new ScoreForm(marks, comment == null ? "" : comment.toString());
    }

    /** The marks chosen, read from the request's parameters by criterion name. */
    static ScoreForm typed(Map<String, String> parameters) {
        Map<String, String> marks = new LinkedHashMap<>();
        for (String criterion : CRITERIA) {
            String value = parameters.get(criterion);
            if (value != null && !value.isBlank()) {
                marks.put(criterion, value.strip());
            }
        }
        return new ScoreForm(marks, parameters.getOrDefault("comment", ""));
    }

    /** The mark chosen for {@code criterion}, as text ("" when none). */
    public String mark(String criterion) {
        return marks.getOrDefault(criterion, "");
    }

    /** The criteria without a mark of 1 to 5, and "comment" when it is too long. */
    List<String> wrong() {
        List<String> wrong = new java.util.ArrayList<>();
        for (String criterion : CRITERIA) {
            if (markOf(criterion) == null) {
                wrong.add(criterion);
            }
        }
        if (comment.strip().length() > MAX_COMMENT) {
            wrong.add("comment");
        }
        return wrong;
    }

    /** The body of {@code PUT /api/cohorts/{cohort}/assignments/{participant}/score}. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String criterion : CRITERIA) {
            body.put(criterion, markOf(criterion));
        }
        body.put("comment", comment.isBlank() ? null : comment.strip());
        return body;
    }

    /** The sum of the four marks (4 to 20), as the service totals them. */
    int total() {
        return CRITERIA.stream().map(this::markOf).mapToInt(mark -> mark == null ? 0 : mark).sum();
    }

    private Integer markOf(String criterion) {
        try {
            int mark = Integer.parseInt(marks.getOrDefault(criterion, ""));
            return mark >= MINIMUM && mark <= MAXIMUM ? mark : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
