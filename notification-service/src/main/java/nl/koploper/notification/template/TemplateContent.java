package nl.koploper.notification.template;

/**
 * One message type's template in one language: the bundled one, or a coordinator's override of it. The component
 * names are the field paths validation problems refer to.
 */
public record TemplateContent(String subject, String html, String text) {
}
