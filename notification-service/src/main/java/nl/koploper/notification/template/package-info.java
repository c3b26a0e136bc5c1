/**
 * Mail templates: one per message type and language, stored as resource files (subject, HTML, plain text) and
 * filled with the gemeente's branding and the message's data. The syntax is a small subset of Mustache:
 * {@code {{name}}}, {@code {{#name}}…{{/name}}} (shown when the value is not empty) and {@code {{^name}}…{{/name}}}
 * (shown when it is), which is all a coordinator editing a template needs and keeps validation exact.
 */
package nl.koploper.notification.template;
