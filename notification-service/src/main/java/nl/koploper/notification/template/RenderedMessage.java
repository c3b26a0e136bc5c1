package nl.koploper.notification.template;

/** A filled-in template: a one-line subject, the HTML body and its plain-text alternative. */
public record RenderedMessage(String subject, String html, String text) {
}
