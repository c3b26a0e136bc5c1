package nl.koploper.cohort.organisation;

import java.util.Set;
import java.util.regex.Pattern;
import nl.koploper.platform.mail.EmailAddresses;

/**
 * The person at a participating organisation whom the programme writes to.
 *
 * @param locale the language mail to this person is written in: {@code nl} (the default) or {@code en}
 */
public record ContactPerson(String name, String email, String phone, String locale) {

    public static final String DEFAULT_LOCALE = "nl";
    private static final Set<String> LOCALES = Set.of("nl", "en");

    // Digits with the separators people write (+31 6 1234 5678, 050-123 45 67); at least 9 digits, the length of a
    // Dutch number without its leading 0.
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9(][0-9 ()-]{7,}[0-9]");

    public ContactPerson {
        Address.requireText(name, "contact name");
        if (!EmailAddresses.isValid(email)) {
            throw new IllegalArgumentException("'" + email + "' is not an e-mail address");
        }
        if (!isValidPhone(phone)) {
            throw new IllegalArgumentException("'" + phone + "' is not a phone number");
        }
        if (!LOCALES.contains(locale)) {
            throw new IllegalArgumentException("The locale is nl or en; got '" + locale + "'");
        }
    }

    /** A contact written to in Dutch. */
    public ContactPerson(String name, String email, String phone) {
        this(name, email, phone, DEFAULT_LOCALE);
    }

    public static boolean isValidPhone(String text) {
        return text != null && PHONE.matcher(text).matches() && text.replaceAll("[^0-9]", "").length() >= 9;
    }
}
