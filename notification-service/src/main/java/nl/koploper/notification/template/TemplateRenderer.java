package nl.koploper.notification.template;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Fills a message type's template with a message's data: every value HTML-escaped in the HTML part. */
public final class TemplateRenderer {

    private final BundledTemplates templates;

    public TemplateRenderer(BundledTemplates templates) {
        this.templates = templates;
    }

    /** Renders the bundled template for the data's language; {@link MessageTemplates} puts a gemeente's override first. */
    public RenderedMessage render(MessageType type, MessageData data) {
        return render(type, templates.load(type, data.language()), data.values());
    }

    /** Renders a gemeente's override (validated when it was stored) with the message's data. */
    public static RenderedMessage render(MessageType type, TemplateContent content, MessageData data) {
        return render(type, content, data.values());
    }

    /**
     * @throws IllegalArgumentException when a required value is missing: a mail without its RSVP or unsubscribe link
     *                                  must not go out half-filled
     */
    static RenderedMessage render(MessageType type, TemplateContent content, Map<String, String> values) {
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
        return fill(content, values);
    }

    static RenderedMessage fill(TemplateContent content, Map<String, String> values) {
        String subject = parsed("subject", content.subject()).render(values, Escaping::headerLine);
        String html = parsed("html", content.html()).render(values, Escaping::html);
        String text = parsed("text", content.text()).render(values, Escaping::plain);
        return new RenderedMessage(Escaping.headerLine(subject), html, text);
    }

    private static Template parsed(String field, String source) {
        Template template = Template.parse(source);
        List<Template.SyntaxError> errors = template.errors();
        if (!errors.isEmpty()) {
            // Bundled templates are tested and overrides validated before storage, so this is a programming error.
            throw new IllegalStateException(field + ", line " + errors.get(0).line() + ": " + errors.get(0).message());
        }
        return template;
    }
}
