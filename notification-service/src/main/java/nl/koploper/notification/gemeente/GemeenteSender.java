package nl.koploper.notification.gemeente;

import nl.koploper.notification.template.Branding;
import nl.koploper.notification.template.Language;

/**
 * How mail of one gemeente looks and whom it is from.
 *
 * @param language the gemeente's default language, for a recipient whose own is unknown
 */
public record GemeenteSender(Branding branding, Language language) {
}
