package nl.koploper.portal.advisor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.koploper.portal.api.FormErrors;

/**
 * A recommendation the advisor writes for this organisation alone, beside the catalogue's: a title and a description
 * (what to do, why, a first step), and optionally up to three ISO 26000 issues it is about, the effort and the cost.
 * assessment-service takes it as {@code POST .../profiles/{version}/recommendations} with {@code title},
 * {@code description}, {@code issues}, {@code effort} (LOW, MEDIUM, HIGH) and {@code cost} (NONE, LOW, MEDIUM, HIGH),
 * and without {@code catalogueId}. Kept as typed, so a refused form comes back with everything in it.
 */
public record OwnRecommendationForm(String title, String description, List<String> issues, String effort, String cost) {

    static final List<String> EFFORTS = List.of("LOW", "MEDIUM", "HIGH");
    static final List<String> COSTS = List.of("NONE", "LOW", "MEDIUM", "HIGH");
    /** The service's limits (Profile.MAX_TITLE, MAX_DESCRIPTION, at most 3 issues). */
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_ISSUES = 3;

    public OwnRecommendationForm {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        issues = issues == null ? List.of() : issues.stream().filter(i -> i != null && !i.isBlank()).toList();
        effort = effort == null ? "" : effort.strip();
        cost = cost == null ? "" : cost.strip();
    }

    static OwnRecommendationForm empty() {
        return new OwnRecommendationForm("", "", List.of(), "", "");
    }

    /** What can be seen without asking the platform; {@code text} gives a message by key in the page's language. */
    FormErrors check(Function<String, String> text) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title.isBlank()) {
            errors.put("title", text.apply("problem.title.required"));
        } else if (title.strip().length() > MAX_TITLE) {
            errors.put("title", text.apply("problem.title.too-long"));
        }
        if (description.isBlank()) {
            errors.put("description", text.apply("problem.description.required"));
        } else if (description.strip().length() > MAX_DESCRIPTION) {
            errors.put("description", text.apply("problem.description.too-long"));
        }
        if (issues.size() > MAX_ISSUES) {
            errors.put("issues", text.apply("problem.issues.count"));
        }
        if (!effort.isEmpty() && !EFFORTS.contains(effort)) {
            errors.put("effort", text.apply("adv.own.error.effort"));
        }
        if (!cost.isEmpty() && !COSTS.contains(cost)) {
            errors.put("cost", text.apply("adv.own.error.cost"));
        }
        return errors.isEmpty() ? FormErrors.none() : new FormErrors(text.apply("problem.fields"), errors);
    }

    /** The API's body; what was left open is not sent. */
    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title.strip());
        body.put("description", description.strip());
        if (!issues.isEmpty()) {
            body.put("issues", issues);
        }
        if (!effort.isEmpty()) {
            body.put("effort", effort);
        }
        if (!cost.isEmpty()) {
            body.put("cost", cost);
        }
        return body;
    }

    /** The form's input of each field the API names ({@code issues[1]} is one of the issue boxes). */
    static String inputOf(String apiField) {
        return apiField.startsWith("issues") ? "issues" : apiField;
    }

    /** Whether the advisor ticked this issue (the page shows it ticked again). */
    public boolean chose(String issueCode) {
        return issues.contains(issueCode);
    }
}
