package nl.koploper.portal.coordinator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koploper.portal.api.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * What notification-service refused in a mail text, in the coordinator's language, per field ({@code subject},
 * {@code html}, {@code text}). Unlike most forms a field can have several problems at once (two placeholders missing,
 * one unknown), and the person needs to know which placeholder and which line: the service's problem names them only
 * in its English message ({@code line 3: unknown placeholder {{x}}; ...}), so they are read from there, and a
 * message the portal does not recognise still gets the Dutch sentence for its code (or the general one).
 */
record TemplateProblems(String general, Map<String, List<String>> fields) {

    private static final Pattern LINE = Pattern.compile("^line (\\d+): ");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)}}");
    /** The template syntax errors of notification-service's {@code Template.parse}, by what the person should do. */
    private static final Map<Pattern, String> SYNTAX = new LinkedHashMap<>();

    static {
        SYNTAX.put(Pattern.compile("^'\\{\\{' without a closing"), "unclosed-tag");
        SYNTAX.put(Pattern.compile("^'\\{\\{.*}}' is not a placeholder"), "not-a-placeholder");
        SYNTAX.put(Pattern.compile("^\\{\\{/.*}} closes no open section"), "stray-close");
        SYNTAX.put(Pattern.compile("^section \\{\\{#.*}} is never closed"), "unclosed-section");
    }

    TemplateProblems {
        fields = Map.copyOf(fields);
    }

    static TemplateProblems none() {
        return new TemplateProblems(null, Map.of());
    }

    static TemplateProblems of(ApiProblem problem, MessageSource messages) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (ApiProblem.FieldError error : problem.errors()) {
            String field = error.field() == null ? "" : error.field();
            fields.computeIfAbsent(field, f -> new ArrayList<>()).add(sentence(field, error, messages, locale));
        }
        String general = messages.getMessage(fields.isEmpty() ? "co.template.problem.general" : "problem.fields",
                null, locale);
        fields.replaceAll((field, list) -> List.copyOf(list));
        return new TemplateProblems(general, fields);
    }

    private static String sentence(String field, ApiProblem.FieldError error, MessageSource messages, Locale locale) {
        String code = error.code() == null ? "" : error.code();
        String text = error.message() == null ? "" : error.message();
        Matcher line = LINE.matcher(text);
        String lineNumber = line.find() ? line.group(1) : null;
        String rest = lineNumber == null ? text : text.substring(line.end());
        Matcher placeholder = PLACEHOLDER.matcher(rest);
        String name = placeholder.find() ? placeholder.group(1) : "";
        String token = "{{" + name + "}}";
        // What closes a section {{#x}} or {{^x}}: {{/x}}.
        String closing = "{{/" + name.replaceFirst("^[#^/]", "") + "}}";
        if (code.equals("syntax")) {
            code = SYNTAX.entrySet().stream().filter(s -> s.getKey().matcher(rest).find()).map(Map.Entry::getValue)
                    .findFirst().orElse("syntax");
        }
        String sentence = messages.getMessage("co.template.problem." + code,
                new Object[]{token, "{{", "}}", closing}, null, locale);
        if (sentence == null) {
            sentence = messages.getMessage("problem.unknown", new Object[]{text}, locale);
        }
        // The subject is one line: its "line 1" says nothing.
        return lineNumber == null || field.equals("subject") ? sentence
                : messages.getMessage("co.template.problem.onLine", new Object[]{lineNumber, sentence}, locale);
    }

    public boolean any() {
        return general != null || !fields.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public List<String> of(String field) {
        return fields.getOrDefault(field, List.of());
    }

    /** Problems of fields the form does not show (the type, the language): said at the top. */
    public List<String> others() {
        return fields.entrySet().stream().filter(e -> !List.of("subject", "html", "text").contains(e.getKey()))
                .flatMap(e -> e.getValue().stream()).toList();
    }
}
