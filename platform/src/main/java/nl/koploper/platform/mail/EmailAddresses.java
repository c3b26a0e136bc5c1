package nl.koploper.platform.mail;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule every service applies to an e-mail address someone gives (platform README, "E-mail addresses").
 * Deliberately loose: whether an address works is proven by delivering mail to it, not by a pattern.
 */
public final class EmailAddresses {

    /** The longest address SMTP can deliver to (RFC 5321: a 256-octet path, less its angle brackets). */
    public static final int MAX_LENGTH = 254;

    /** No spaces, one {@code @}, a domain of at least two dot-separated labels, none of them empty. */
    public static final String FORM = "[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+";

    private static final Pattern PATTERN = Pattern.compile(FORM);

    private EmailAddresses() {
    }

    /**
     * The form in which two addresses are compared and looked up: blanks around it off, lower case. Someone who
     * registered as {@code Info@Bakkerij.nl} and signs in as {@code info@bakkerij.nl} is the same person here.
     */
    public static String normal(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code text}, as given (callers strip surrounding blanks first if they accept them), is an address. */
    public static boolean isValid(String text) {
        return text != null && text.length() <= MAX_LENGTH && PATTERN.matcher(text).matches();
    }
}
