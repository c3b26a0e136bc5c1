package nl.koploper.notification.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.koploper.platform.web.FieldProblem;

/**
 * Checks a coordinator's template override before it is stored, so that a bad one is a 400 listing its fields
 * ({@code subject}, {@code html}, {@code text}) rather than a mail that fails, or goes out broken, months later.
 */
public final class TemplateValidator {

    static final int MAX_SUBJECT_LENGTH = 200;
    static final int MAX_BODY_LENGTH = 100_000;

    public List<FieldProblem> validate(MessageType type, TemplateContent content) {
        List<FieldProblem> problems = new ArrayList<>();
        if (content == null) {
            problems.add(new FieldProblem("subject", "empty", "must not be empty"));
            return problems;
        }
        Set<String> allowed = type.allowedPlaceholders();
        checkSubject(content.subject(), allowed, problems);
        checkBody("html", content.html(), type, allowed, problems);
        checkBody("text", content.text(), type, allowed, problems);
        return problems;
    }

    private static void checkSubject(String subject, Set<String> allowed, List<FieldProblem> problems) {
        if (subject == null || subject.isBlank()) {
            problems.add(new FieldProblem("subject", "empty", "must not be empty"));
            return;
        }
        if (subject.contains("\n") || subject.contains("\r")) {
            problems.add(new FieldProblem("subject", "multi-line", "must be a single line"));
        }
        if (subject.length() > MAX_SUBJECT_LENGTH) {
            problems.add(new FieldProblem("subject", "too-long", "must be at most " + MAX_SUBJECT_LENGTH + " characters"));
        }
        checkPlaceholders("subject", Template.parse(subject), allowed, problems);
    }

    private static void checkBody(String field, String body, MessageType type, Set<String> allowed,
                                  List<FieldProblem> problems) {
        if (body == null || body.isBlank()) {
            problems.add(new FieldProblem(field, "empty", "must not be empty"));
            return;
        }
        if (body.length() > MAX_BODY_LENGTH) {
            problems.add(new FieldProblem(field, "too-long", "must be at most " + MAX_BODY_LENGTH + " characters"));
            return;
        }
        if (field.equals("html")) {
            String lower = body.toLowerCase(Locale.ROOT);
            // Mail clients strip scripts or file the mail as spam; refuse them rather than send a mail that misbehaves.
            if (lower.contains("<script") || lower.contains("javascript:")) {
                problems.add(new FieldProblem(field, "script", "must not contain scripts (<script> or javascript: links)"));
            }
        }
        Template template = Template.parse(body);
        checkPlaceholders(field, template, allowed, problems);
        Set<String> missing = new TreeSet<>(type.requiredPlaceholders());
        missing.removeAll(template.names().keySet());
        for (String name : missing) {
            problems.add(new FieldProblem(field, "missing-placeholder", "missing required placeholder {{" + name + "}}"));
        }
    }

    private static void checkPlaceholders(String field, Template template, Set<String> allowed,
                                          List<FieldProblem> problems) {
        for (Template.SyntaxError error : template.errors()) {
            problems.add(new FieldProblem(field, "syntax", "line " + error.line() + ": " + error.message()));
        }
        for (Map.Entry<String, Integer> used : template.names().entrySet()) {
            if (!allowed.contains(used.getKey())) {
                problems.add(new FieldProblem(field, "unknown-placeholder", "line " + used.getValue() + ": unknown placeholder {{"
                        + used.getKey() + "}}; this message type knows " + new TreeSet<>(allowed)));
            }
        }
    }
}
