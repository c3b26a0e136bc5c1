package nl.koploper.notification.template;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.samskivert.mustache.DefaultCollector;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.StringReader;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JMustache as mail templates use it: values HTML-escaped in the HTML part, as written in the text, on one line in the
 * subject; a missing value is empty, and a section shows only when its value is not blank.
 */
enum TemplateCompiler {
    SUBJECT(Escaping::headerLine),
    HTML(Escaping::html),
    TEXT(Escaping::plain);

    private static final Pattern PARSE_ERROR_LINE = Pattern.compile("(.*) @ line (\\d+)$", Pattern.DOTALL);

    /**
     * Compiled templates by their source: the bundled ones and the overrides in use. A compiled template also keeps
     * what it learned about looking up values, so compiling on every mail would cost several times the rendering.
     */
    private static final int CACHED_TEMPLATES = 500;

    private final Mustache.Compiler compiler;
    private final Cache<String, Template> compiled = Caffeine.newBuilder().maximumSize(CACHED_TEMPLATES).build();

    TemplateCompiler(Mustache.Escaper escaper) {
        this.compiler = Mustache.compiler().defaultValue("").withEscaper(escaper).withCollector(new BlankIsEmpty());
    }

    /** @throws InvalidTemplate when the source does not parse */
    Template compile(String source) {
        return compiled.get(source, this::parse);
    }

    private Template parse(String source) {
        try {
            return compiler.compile(source);
        } catch (MustacheException e) {
            Matcher withLine = PARSE_ERROR_LINE.matcher(e.getMessage());
            throw withLine.matches()
                    ? new InvalidTemplate(Integer.parseInt(withLine.group(2)), withLine.group(1))
                    : new InvalidTemplate(1, e.getMessage());
        }
    }

    /** The shell only: overrides may not use partials ({@link TemplateValidator}), so they never reach a loader. */
    Template compileWithPartials(String source, UnaryOperator<String> partialSources) {
        return compiler.withLoader(name -> new StringReader(partialSources.apply(name))).compile(source);
    }

    String render(String source, Object values) {
        return compile(source).execute(values);
    }

    /** Every name the template and its partials use, in variables and sections alike, in the order they first appear. */
    static Set<String> names(Template template) {
        Set<String> names = new LinkedHashSet<>();
        template.visit(new Mustache.Visitor() {
            @Override
            public void visitText(String text) {
            }

            @Override
            public void visitVariable(String name) {
                names.add(name);
            }

            @Override
            public boolean visitInclude(String name) {
                return true;
            }

            @Override
            public boolean visitSection(String name) {
                names.add(name);
                return true;
            }

            @Override
            public boolean visitInvertedSection(String name) {
                names.add(name);
                return true;
            }
        });
        return names;
    }

    /** A template that does not parse, with the line JMustache stopped at. */
    static final class InvalidTemplate extends RuntimeException {

        private final int line;

        InvalidTemplate(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /** Flags and optional values are strings, empty when unset: a blank one hides its section, like an empty one. */
    private static final class BlankIsEmpty extends DefaultCollector {
        @Override
        public Iterator<?> toIterator(Object value) {
            if (value instanceof CharSequence text && text.toString().isBlank()) {
                return Collections.emptyIterator();
            }
            return super.toIterator(value);
        }
    }
}
