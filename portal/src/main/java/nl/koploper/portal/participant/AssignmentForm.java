package nl.koploper.portal.participant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The communication assignment as the participant types it: a title, the text and web links, one a line. The checks
 * here are cohort-service's own ({@code AssignmentRequest}), made before sending so that a typing slip is explained
 * next to its field at once; the service checks again.
 */
record AssignmentForm(String title, String text, String links) {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 20_000;
    static final int MAX_LINKS = 5;
    static final int MAX_LINK = 500;
    // The service's pattern for a link: http or https, a host with a dot, no spaces.
    private static final Pattern LINK = Pattern.compile("https?://[^\\s/?#]+\\.[^\\s]*");

    AssignmentForm {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        links = links == null ? "" : links;
    }

    static AssignmentForm empty() {
        return new AssignmentForm("", "", "");
    }

    /** The hand-in as the service answered it ({@code SubmissionView}), or an empty form when there is none yet. */
    static AssignmentForm of(Map<String, Object> submission) {
        if (submission == null) {
            return empty();
        }
        List<?> links = submission.get("links") instanceof List<?> list ? list : List.of();
        return new AssignmentForm(String.valueOf(submission.getOrDefault("title", "")),
                String.valueOf(submission.getOrDefault("text", "")),
                String.join("\n", links.stream().map(String::valueOf).toList()));
    }

    /** The links typed, one a line, without blank lines. */
    List<String> linkList() {
        List<String> list = new ArrayList<>();
        for (String line : links.split("\\R")) {
            if (!line.isBlank()) {
                list.add(line.strip());
            }
        }
        return list;
    }

    /**
     * What is wrong, by input name, as message keys with their one argument (or null): {@code title}, {@code text},
     * {@code links}.
     */
    Map<String, Problem> problems() {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (title.isBlank()) {
            problems.put("title", new Problem("assignment.problem.title.required", null));
        } else if (title.strip().length() > MAX_TITLE) {
            problems.put("title", new Problem("assignment.problem.title.out-of-range", null));
        }
        if (text.isBlank()) {
            problems.put("text", new Problem("assignment.problem.text.required", null));
        } else if (text.strip().length() > MAX_TEXT) {
            problems.put("text", new Problem("assignment.problem.text.out-of-range", null));
        }
        List<String> linkList = linkList();
        if (linkList.size() > MAX_LINKS) {
            problems.put("links", new Problem("assignment.problem.links.out-of-range", null));
        } else {
            linkList.stream().filter(link -> link.length() > MAX_LINK || !LINK.matcher(link).matches()).findFirst()
                    .ifPresent(wrong -> problems.put("links", new Problem("assignment.problem.link", wrong)));
        }
        return problems;
    }

    /** The body of {@code PUT /api/cohorts/{cohort}/assignments/{participant}}. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title.strip());
        body.put("text", text.strip());
        body.put("links", linkList());
        return body;
    }

    /** True when this says something else than the hand-in as it stands (so a new revision is worth sending). */
    boolean differsFrom(Map<String, Object> submission) {
        if (submission == null) {
            return true;
        }
        AssignmentForm current = of(submission);
        return !Objects.equals(title.strip(), current.title.strip()) || !Objects.equals(plain(text), plain(current.text))
                || !linkList().equals(current.linkList());
    }

    // A browser sends a textarea's line breaks as CRLF; the same text typed again is not a new revision.
    private static String plain(String value) {
        return value.replace("\r\n", "\n").strip();
    }

    /** A message key and its argument (null when it has none). */
    record Problem(String key, String argument) {
    }
}
