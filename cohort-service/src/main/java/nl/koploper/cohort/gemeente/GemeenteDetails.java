package nl.koploper.cohort.gemeente;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.koploper.platform.mail.EmailAddresses;

/**
 * What a platform-admin says about a gemeente, checked: everything but the slug and the active flag.
 *
 * @param senderName    the display name of mail sent in the gemeente's name
 * @param replyTo       where replies to that mail go
 * @param logoUrl       an https URL, or null
 * @param defaultLocale {@code nl} or {@code en}
 * @param brandColour   the gemeente's house colour as {@code #RRGGBB}, kept in upper case, or null: the portal's frame
 *                      shows it (choosing the text colour that stays readable on it)
 */
public record GemeenteDetails(String displayName, String contactName, String contactEmail, String senderName,
                              String replyTo, String logoUrl, String defaultLocale, String brandColour) {

    static final Set<String> LOCALES = Set.of("nl", "en");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public GemeenteDetails {
        requireText(displayName, "display name");
        requireText(contactName, "contact name");
        requireText(senderName, "sender name");
        if (!EmailAddresses.isValid(contactEmail) || !EmailAddresses.isValid(replyTo)) {
            throw new IllegalArgumentException("The contact and reply-to addresses must be e-mail addresses");
        }
        if (logoUrl != null && !isHttpsUrl(logoUrl)) {
            throw new IllegalArgumentException("The logo must be an https URL");
        }
        if (!LOCALES.contains(defaultLocale)) {
            throw new IllegalArgumentException("The default locale is nl or en; got '" + defaultLocale + "'");
        }
        if (brandColour != null) {
            if (!isColour(brandColour)) {
                throw new IllegalArgumentException("The house colour is #RRGGBB; got '" + brandColour + "'");
            }
            brandColour = brandColour.toUpperCase(Locale.ROOT); // one spelling, so that equal colours compare equal
        }
    }

    /** {@code #RRGGBB} in either case: only such a value ever reaches a page's style. */
    static boolean isColour(String text) {
        return text != null && COLOUR.matcher(text).matches();
    }

    static boolean isHttpsUrl(String text) {
        try {
            URI uri = new URI(text);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && text.length() <= 500;
        } catch (Exception e) {
            return false;
        }
    }

    private static void requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is required");
        }
    }
}
