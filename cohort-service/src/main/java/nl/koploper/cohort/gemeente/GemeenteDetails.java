package nl.koploper.cohort.gemeente;

import java.net.URI;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a platform-admin says about a gemeente, checked: everything but the slug and the active flag.
 *
 * @param senderName    the display name of mail sent in the gemeente's name
 * @param replyTo       where replies to that mail go
 * @param logoUrl       an https URL, or null
 * @param defaultLocale {@code nl} or {@code en}
 */
public record GemeenteDetails(String displayName, String contactName, String contactEmail, String senderName,
                              String replyTo, String logoUrl, String defaultLocale) {

    static final Set<String> LOCALES = Set.of("nl", "en");
    // Deliberately loose, as for a participant's contact: the first mail shows whether the address works.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    public GemeenteDetails {
        requireText(displayName, "display name");
        requireText(contactName, "contact name");
        requireText(senderName, "sender name");
        if (!isEmail(contactEmail) || !isEmail(replyTo)) {
            throw new IllegalArgumentException("The contact and reply-to addresses must be e-mail addresses");
        }
        if (logoUrl != null && !isHttpsUrl(logoUrl)) {
            throw new IllegalArgumentException("The logo must be an https URL");
        }
        if (!LOCALES.contains(defaultLocale)) {
            throw new IllegalArgumentException("The default locale is nl or en; got '" + defaultLocale + "'");
        }
    }

    static boolean isEmail(String text) {
        return text != null && text.length() <= 254 && EMAIL.matcher(text).matches();
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
