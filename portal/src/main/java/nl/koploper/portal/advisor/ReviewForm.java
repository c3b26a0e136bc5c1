package nl.koploper.portal.advisor;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The review answers of one core subject's page as they were posted: per issue and perspective a relevance, a
 * maturity (0-4) and notes, in inputs named {@code <code>.<perspective>.<field>} ({@code 6.5.1.internal.maturity}).
 * What was filled becomes one API body per issue ({@code PUT .../nulmeting/issues/{code}} with {@code internal} and/or
 * {@code productsAndServices}); an issue left empty is skipped, so the page can be saved half done and resumed.
 */
public final class ReviewForm {

    static final List<String> PERSPECTIVES = List.of("internal", "productsAndServices");
    static final List<String> RELEVANCES = List.of("NOT_RELEVANT", "RELEVANT", "VERY_RELEVANT");
    static final int MAX_NOTES = 4000;

    /** Everything as typed, by input name, to show again. */
    private final Map<String, String> values;
    /** The bodies to save, by issue code, in the page's order. */
    private final Map<String, Map<String, Object>> bodies;
    /** Messages by input name. */
    private final Map<String, String> errors;

    private ReviewForm(Map<String, String> values, Map<String, Map<String, Object>> bodies,
                       Map<String, String> errors) {
        this.values = values;
        this.bodies = bodies;
        this.errors = errors;
    }

    /** The input name of one answer's field. */
    static String name(String code, String perspective, String field) {
        return code + "." + perspective + "." + field;
    }

    /** An HTML id for an input name (no dots, not starting with a digit). */
    public static String id(String name) {
        return "q-" + name.replace('.', '-');
    }

    /** Reads the posted answers of {@code codes}; {@code text} gives a message by key in the page's language. */
    static ReviewForm read(List<String> codes, Map<String, String> posted, Function<String, String> text) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Map<String, Object>> bodies = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (String code : codes) {
            Map<String, Object> body = new LinkedHashMap<>();
            boolean wrong = false;
            for (String perspective : PERSPECTIVES) {
                String relevanceName = name(code, perspective, "relevance");
                String maturityName = name(code, perspective, "maturity");
                String notesName = name(code, perspective, "notes");
                String relevance = blankToNull(posted.get(relevanceName));
                String maturity = blankToNull(posted.get(maturityName));
                String notes = posted.get(notesName) == null ? "" : posted.get(notesName);
                if (relevance != null) {
                    values.put(relevanceName, relevance);
                }
                if (maturity != null) {
                    values.put(maturityName, maturity);
                }
                values.put(notesName, notes);
                if (relevance == null && maturity == null && notes.isBlank()) {
                    continue; // not answered yet: kept as it was
                }
                Integer level = null;
                if (relevance == null || !RELEVANCES.contains(relevance)) {
                    errors.put(relevanceName, text.apply("adv.review.error.relevance"));
                    wrong = true;
                }
                if (maturity != null) {
                    try {
                        level = Integer.valueOf(maturity);
                    } catch (NumberFormatException e) {
                        level = -1;
                    }
                    if (level < 0 || level > 4) {
                        errors.put(maturityName, text.apply("adv.review.error.maturity"));
                        wrong = true;
                    }
                } else if (relevance != null && !"NOT_RELEVANT".equals(relevance)) {
                    errors.put(maturityName, text.apply("adv.review.error.maturity"));
                    wrong = true;
                }
                if (notes.length() > MAX_NOTES) {
                    errors.put(notesName, text.apply("adv.review.error.notes"));
                    wrong = true;
                }
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("relevance", relevance);
                answer.put("maturity", level);
                answer.put("notes", notes.isBlank() ? null : notes.strip());
                body.put(perspective, answer);
            }
            if (!wrong && !body.isEmpty()) {
                bodies.put(code, body);
            }
        }
        return new ReviewForm(values, bodies, errors);
    }

    /** The saved answers of a review (its {@code issues}) as input values. */
    @SuppressWarnings("unchecked")
    static Map<String, String> saved(Object reviewIssues) {
        Map<String, String> values = new LinkedHashMap<>();
        if (!(reviewIssues instanceof List<?> issues)) {
            return values;
        }
        for (Object item : issues) {
            if (!(item instanceof Map<?, ?> issue)) {
                continue;
            }
            String code = String.valueOf(issue.get("code"));
            for (String perspective : PERSPECTIVES) {
                if (issue.get(perspective) instanceof Map<?, ?> answer) {
                    Map<String, Object> a = (Map<String, Object>) answer;
                    if (a.get("relevance") != null) {
                        values.put(name(code, perspective, "relevance"), String.valueOf(a.get("relevance")));
                    }
                    if (a.get("maturity") != null) {
                        values.put(name(code, perspective, "maturity"), String.valueOf(a.get("maturity")));
                    }
                    values.put(name(code, perspective, "notes"), a.get("notes") == null ? ""
                            : String.valueOf(a.get("notes")));
                }
            }
        }
        return values;
    }

    /** How many of the answers (issue × perspective) of {@code codes} have a relevance in {@code values}. */
    static int answered(List<String> codes, Map<String, String> values) {
        int n = 0;
        for (String code : codes) {
            for (String perspective : PERSPECTIVES) {
                if (values.get(name(code, perspective, "relevance")) != null) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * The answers ({@code <code>.<perspective>}) of {@code codes} that differ between two sets of input values: what
     * the advisor changed against what is saved, or the eindmeting's answers against the nulmeting's. Notes are
     * compared without the spaces around them, and an empty note is no note.
     */
    static Set<String> differing(List<String> codes, Map<String, String> one, Map<String, String> other) {
        Set<String> differing = new LinkedHashSet<>();
        for (String code : codes) {
            for (String perspective : PERSPECTIVES) {
                for (String field : List.of("relevance", "maturity", "notes")) {
                    String name = name(code, perspective, field);
                    if (!normal(one.get(name)).equals(normal(other.get(name)))) {
                        differing.add(code + "." + perspective);
                    }
                }
            }
        }
        return differing;
    }

    /**
     * The bodies of the issues whose answers differ from {@code saved}. The eindmeting starts with every answer of
     * the nulmeting filled in, so a page saved as it is would otherwise rewrite all its issues unchanged.
     */
    Map<String, Map<String, Object>> bodiesChangedFrom(Map<String, String> saved) {
        Set<String> changed = differing(List.copyOf(bodies.keySet()), values, saved);
        Map<String, Map<String, Object>> changedBodies = new LinkedHashMap<>();
        bodies.forEach((code, body) -> {
            if (body.keySet().stream().anyMatch(perspective -> changed.contains(code + "." + perspective))) {
                changedBodies.put(code, body);
            }
        });
        return changedBodies;
    }

    Map<String, String> values() {
        return values;
    }

    Map<String, Map<String, Object>> bodies() {
        return bodies;
    }

    Map<String, String> errors() {
        return errors;
    }

    private static String normal(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
