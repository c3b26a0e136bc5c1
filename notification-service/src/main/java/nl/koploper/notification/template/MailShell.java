package nl.koploper.notification.template;

import com.samskivert.mustache.Template;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The HTML every mail's content goes into: {@code templates/_layout/shell.html}, the document and its head, the centred
 * column with the gemeente's logo, and after the content the footer in the mail's language
 * ({@code templates/_layout/footer/<language>.html}: the signature, where replies go and, in mail one can unsubscribe
 * from, the unsubscribe link). A template's HTML, bundled or a gemeente's override, is the content only; an override
 * that is a whole document (it starts with {@code <!DOCTYPE} or {@code <html}) is sent as it is, so one stored as a
 * whole document keeps its own look.
 */
final class MailShell {

    private static final ClassLoader RESOURCES = MailShell.class.getClassLoader();
    private static final Map<Language, Template> SHELLS = new EnumMap<>(Language.class);

    static {
        String shell = BundledTemplates.resource(RESOURCES, "templates/_layout/shell.html");
        for (Language language : Language.values()) {
            SHELLS.put(language, TemplateCompiler.HTML.compileWithPartials(shell, partial -> BundledTemplates.resource(
                    RESOURCES, "templates/_layout/" + partial + "/" + language.code() + ".html")));
        }
    }

    /** The placeholders the shell fills itself, so a content-only HTML part need not contain them. */
    static final Set<String> PLACEHOLDERS = TemplateCompiler.names(SHELLS.get(Language.NL));

    private MailShell() {
    }

    static boolean isDocument(String html) {
        String start = html.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype") || start.startsWith("<html");
    }

    /** @param content the rendered content, its values already escaped */
    static String wrap(MessageType type, Language language, String subject, String content, Map<String, String> values) {
        Map<String, String> shellValues = new HashMap<>(values);
        shellValues.put("shell.language", language.code());
        shellValues.put("shell.subject", subject);
        shellValues.put("shell.content", content.endsWith("\n") ? content.substring(0, content.length() - 1) : content);
        shellValues.put("shell.toCoordinator", type.toCoordinator() ? MessageData.YES : "");
        shellValues.put("shell.unsubscribable", type.essential() ? "" : MessageData.YES);
        return SHELLS.get(language).execute(shellValues);
    }
}
