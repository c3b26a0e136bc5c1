package nl.koploper.notification.gemeente;

import nl.koploper.notification.template.Branding;
import nl.koploper.notification.template.Language;

/**
 * How mail of one gemeente looks and whom it is from.
 *
 * @param language the gemeente's default language, for a recipient whose own is unknown
 * @param known    false when no profile has arrived yet and the defaults stand in
 */
public record GemeenteSender(Branding branding, Language language, boolean known) {
}
