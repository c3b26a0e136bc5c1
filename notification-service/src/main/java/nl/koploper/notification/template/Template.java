package nl.koploper.notification.template;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One parsed template text: literal text, placeholders and sections, plus the syntax errors found on the way. */
final class Template {

    private static final Pattern TAG = Pattern.compile(
            "\\s*([#^/]?)\\s*([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)*)\\s*");

    sealed interface Node permits Literal, Placeholder, Section {
    }

    record Literal(String text) implements Node {
    }

    record Placeholder(String name, int line) implements Node {
    }

    record Section(String name, boolean inverted, List<Node> children, int line) implements Node {
    }

    record SyntaxError(int line, String message) {
    }

    private final List<Node> nodes;
    private final List<SyntaxError> errors;

    private Template(List<Node> nodes, List<SyntaxError> errors) {
        this.nodes = nodes;
        this.errors = errors;
    }

    List<SyntaxError> errors() {
        return errors;
    }

    /** Every name used, in placeholders and sections alike, with the line it first appears on. */
    Map<String, Integer> names() {
        Map<String, Integer> names = new java.util.LinkedHashMap<>();
        collect(nodes, names);
        return names;
    }

    private static void collect(List<Node> nodes, Map<String, Integer> names) {
        for (Node node : nodes) {
            if (node instanceof Placeholder placeholder) {
                names.putIfAbsent(placeholder.name(), placeholder.line());
            } else if (node instanceof Section section) {
                names.putIfAbsent(section.name(), section.line());
                collect(section.children(), names);
            }
        }
    }

    /** @param escape applied to every value, never to the template's own text */
    String render(Map<String, String> values, UnaryOperator<String> escape) {
        StringBuilder out = new StringBuilder();
        render(nodes, values, escape, out);
        return out.toString();
    }

    private static void render(List<Node> nodes, Map<String, String> values, UnaryOperator<String> escape,
                               StringBuilder out) {
        for (Node node : nodes) {
            if (node instanceof Literal literal) {
                out.append(literal.text());
            } else if (node instanceof Placeholder placeholder) {
                String value = values.get(placeholder.name());
                out.append(value == null ? "" : escape.apply(value));
            } else if (node instanceof Section section) {
                String value = values.get(section.name());
                boolean present = value != null && !value.isBlank();
                if (present != section.inverted()) {
                    render(section.children(), values, escape, out);
                }
            }
        }
    }

    static Template parse(String source) {
        List<SyntaxError> errors = new ArrayList<>();
        Deque<Section> open = new ArrayDeque<>();
        List<Node> root = new ArrayList<>();
        int position = 0;
        while (position < source.length()) {
            int start = source.indexOf("{{", position);
            if (start < 0) {
                add(open, root, new Literal(source.substring(position)));
                break;
            }
            int line = lineOf(source, start);
            int end = source.indexOf("}}", start + 2);
            int nextOpen = source.indexOf("{{", start + 2);
            if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
                errors.add(new SyntaxError(line, "'{{' without a closing '}}'"));
                add(open, root, new Literal(source.substring(position, start + 2)));
                position = start + 2;
                continue;
            }
            String inside = source.substring(start + 2, end);
            Matcher tag = TAG.matcher(inside);
            if (!tag.matches()) {
                errors.add(new SyntaxError(line, "'{{" + inside + "}}' is not a placeholder; write e.g. {{tenant.name}}"));
                add(open, root, new Literal(source.substring(position, start)));
                position = end + 2;
                continue;
            }
            String kind = tag.group(1);
            String name = tag.group(2);
            // A section tag alone on its line takes the line with it (as in Mustache), so that the plain-text
            // templates can put {{#x}} and {{/x}} on lines of their own without leaving empty lines behind.
            int lineStart = source.lastIndexOf('\n', start - 1) + 1;
            int lineEnd = source.indexOf('\n', end + 2);
            int afterLine = lineEnd < 0 ? source.length() : lineEnd + 1;
            boolean standalone = !kind.isEmpty() && lineStart >= position
                    && source.substring(lineStart, start).isBlank()
                    && source.substring(end + 2, lineEnd < 0 ? source.length() : lineEnd).isBlank();
            int literalEnd = standalone ? lineStart : start;
            if (literalEnd > position) {
                add(open, root, new Literal(source.substring(position, literalEnd)));
            }
            position = standalone ? afterLine : end + 2;
            switch (kind) {
                case "#", "^" -> open.push(new Section(name, kind.equals("^"), new ArrayList<>(), line));
                case "/" -> {
                    if (open.isEmpty() || !open.peek().name().equals(name)) {
                        errors.add(new SyntaxError(line, "{{/" + name + "}} closes no open section"
                                + (open.isEmpty() ? "" : "; {{#" + open.peek().name() + "}} is open")));
                    } else {
                        Section closed = open.pop();
                        add(open, root, closed);
                    }
                }
                default -> add(open, root, new Placeholder(name, line));
            }
        }
        while (!open.isEmpty()) {
            Section unclosed = open.pop();
            errors.add(new SyntaxError(unclosed.line(), "section {{#" + unclosed.name() + "}} is never closed"));
        }
        return new Template(root, List.copyOf(errors));
    }

    private static void add(Deque<Section> open, List<Node> root, Node node) {
        // Once closed, a section is added to its parent; until then its children collect inside it.
        (open.isEmpty() ? root : open.peek().children()).add(node);
    }

    private static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
