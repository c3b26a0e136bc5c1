package nl.koploper.platform.mail;

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

    /** Whether {@code text}, as given (callers strip surrounding blanks first if they accept them), is an address. */
    public static boolean isValid(String text) {
        return text != null && text.length() <= MAX_LENGTH && PATTERN.matcher(text).matches();
    }
}
