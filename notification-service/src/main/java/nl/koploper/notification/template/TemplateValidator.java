package nl.koploper.notification.template;

import com.samskivert.mustache.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koploper.platform.web.FieldProblem;

/**
 * Checks a coordinator's template override before it is stored, so that a bad one is a 400 listing its fields
 * ({@code subject}, {@code html}, {@code text}) rather than a mail that fails, or goes out broken, months later.
 */
public final class TemplateValidator {

    static final int MAX_SUBJECT_LENGTH = 200;
    static final int MAX_BODY_LENGTH = 100_000;

    /**
     * What an override's tags may hold: a placeholder, a section's start or end, a comment. Anything else, an unescaped
     * value ({@code {{{x}}}}, {@code {{&x}}}) that would put a participant's text into the HTML as markup, a partial or
     * template inheritance that reaches other templates, a delimiter change that hides tags from this check, is refused.
     */
    private static final Pattern TAG = Pattern.compile(
            "\\s*(?:!.*|[#^/]?\\s*[A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)*\\s*)", Pattern.DOTALL);

    public List<FieldProblem> validate(MessageType type, TemplateContent content) {
        List<FieldProblem> problems = new ArrayList<>();
        if (content == null) {
            problems.add(new FieldProblem("subject", "empty", "must not be empty"));
            return problems;
        }
        Set<String> allowed = type.allowedPlaceholders();
        checkSubject(content.subject(), allowed, problems);
        checkBody("html", content.html(), TemplateCompiler.HTML, type, allowed, problems);
        checkBody("text", content.text(), TemplateCompiler.TEXT, type, allowed, problems);
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
        checkPlaceholders("subject", subject, TemplateCompiler.SUBJECT, allowed, problems);
    }

    private static void checkBody(String field, String body, TemplateCompiler compiler, MessageType type,
                                  Set<String> allowed, List<FieldProblem> problems) {
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
        Set<String> used = checkPlaceholders(field, body, compiler, allowed, problems);
        if (used == null) {
            return;
        }
        Set<String> missing = new TreeSet<>(type.requiredPlaceholders());
        missing.removeAll(used);
        if (field.equals("html") && !MailShell.isDocument(body)) {
            missing.removeAll(MailShell.PLACEHOLDERS);
        }
        for (String name : missing) {
            problems.add(new FieldProblem(field, "missing-placeholder", "missing required placeholder {{" + name + "}}"));
        }
    }

    /** @return the names the template uses, or null when it does not parse */
    private static Set<String> checkPlaceholders(String field, String source, TemplateCompiler compiler,
                                                 Set<String> allowed, List<FieldProblem> problems) {
        if (!checkTags(field, source, problems)) {
            return null;
        }
        Template template;
        try {
            template = compiler.compile(source);
        } catch (TemplateCompiler.InvalidTemplate e) {
            problems.add(new FieldProblem(field, "syntax", "line " + e.line() + ": " + e.getMessage()));
            return null;
        }
        Set<String> used = TemplateCompiler.names(template);
        for (String name : used) {
            if (!allowed.contains(name)) {
                problems.add(new FieldProblem(field, "unknown-placeholder", "line " + lineOf(source, firstUse(source, name))
                        + ": unknown placeholder {{" + name + "}}; this message type knows " + new TreeSet<>(allowed)));
            }
        }
        return used;
    }

    /** JMustache reads a stray <code>{{</code> as text and fails on an empty tag; both are mistakes in an override. */
    private static boolean checkTags(String field, String source, List<FieldProblem> problems) {
        boolean wellFormed = true;
        int position = 0;
        for (int start = source.indexOf("{{"); start >= 0; start = source.indexOf("{{", position)) {
            int end = source.indexOf("}}", start + 2);
            int nextOpen = source.indexOf("{{", start + 2);
            if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
                problems.add(new FieldProblem(field, "syntax", "line " + lineOf(source, start)
                        + ": '{{' without a closing '}}'"));
                wellFormed = false;
                position = start + 2;
                continue;
            }
            String inside = source.substring(start + 2, end);
            if (!TAG.matcher(inside).matches()) {
                problems.add(new FieldProblem(field, "syntax", "line " + lineOf(source, start) + ": '{{" + inside
                        + "}}' is not a placeholder; write e.g. {{tenant.name}}"));
                wellFormed = false;
            }
            position = end + 2;
        }
        return wellFormed;
    }

    private static int firstUse(String source, String name) {
        Matcher tag = Pattern.compile("\\{\\{\\s*[#^]?\\s*" + Pattern.quote(name) + "\\s*}}").matcher(source);
        return tag.find() ? tag.start() : 0;
    }

    private static int lineOf(String source, int offset) {
        return (int) source.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
