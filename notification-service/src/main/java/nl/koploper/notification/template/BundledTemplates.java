package nl.koploper.notification.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The templates that ship with the service, read from {@code templates/<type>/<language>.(subject|html|txt)} on the
 * classpath; the HTML is the content that goes into the {@link MailShell}. A language without its own files falls back
 * to Dutch.
 */
public final class BundledTemplates {

    private final ClassLoader classLoader;
    private final Map<String, TemplateContent> cache = new ConcurrentHashMap<>();

    public BundledTemplates() {
        this(BundledTemplates.class.getClassLoader());
    }

    BundledTemplates(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public TemplateContent load(MessageType type, Language language) {
        return cache.computeIfAbsent(type.folder() + "/" + language.code(), key -> read(type, language));
    }

    private TemplateContent read(MessageType type, Language language) {
        String base = "templates/" + type.folder() + "/" + language.code();
        if (classLoader.getResource(base + ".html") == null && language != Language.NL) {
            return read(type, Language.NL);
        }
        return new TemplateContent(resource(classLoader, base + ".subject").strip(), resource(classLoader, base + ".html"),
                resource(classLoader, base + ".txt"));
    }

    static String resource(ClassLoader classLoader, String path) {
        try (InputStream in = classLoader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing template resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read template resource " + path, e);
        }
    }
}
