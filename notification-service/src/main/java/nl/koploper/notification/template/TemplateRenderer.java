package nl.koploper.notification.template;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fills a message type's template with a message's data: every value HTML-escaped in the HTML part, whose content goes
 * into the {@link MailShell}.
 */
public final class TemplateRenderer {

    private final BundledTemplates templates;

    public TemplateRenderer(BundledTemplates templates) {
        this.templates = templates;
    }

    /** Renders the bundled template for the data's language; {@link MessageTemplates} puts a gemeente's override first. */
    public RenderedMessage render(MessageType type, MessageData data) {
        return render(type, templates.load(type, data.language()), data);
    }

    /**
     * Renders a gemeente's override (validated when it was stored) or a bundled template with the message's data.
     *
     * @throws IllegalArgumentException when a required value is missing: a mail without its RSVP or unsubscribe link
     *                                  must not go out half-filled
     */
    public static RenderedMessage render(MessageType type, TemplateContent content, MessageData data) {
        Map<String, String> values = data.values();
        Set<String> missing = new TreeSet<>();
        for (String name : type.requiredPlaceholders()) {
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("No value for " + missing + " in a " + type + " message");
        }
        String subject = Escaping.headerLine(TemplateCompiler.SUBJECT.render(content.subject(), values));
        String html = TemplateCompiler.HTML.render(content.html(), values);
        if (!MailShell.isDocument(content.html())) {
            html = MailShell.wrap(type, data.language(), subject, html, values);
        }
        return new RenderedMessage(subject, html, TemplateCompiler.TEXT.render(content.text(), values));
    }
}
