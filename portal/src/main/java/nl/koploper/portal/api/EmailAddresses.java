package nl.koploper.portal.api;

import java.util.regex.Pattern;

/**
 * The services' rule for an e-mail address (platform's {@code nl.koploper.platform.mail.EmailAddresses}, which the
 * portal does not depend on), applied before a form is sent so that the person sees the mistake beside the field
 * they typed it in. The service still judges what it receives; the two rules are kept alike by
 * {@code EmailAddressesTest} checking the same addresses the platform's test does.
 */
public final class EmailAddresses {

    private static final int MAX_LENGTH = 254;

    private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddresses() {
    }

    /** Whether {@code text}, as given (callers strip surrounding blanks first if they accept them), is an address. */
    public static boolean isValid(String text) {
        return text != null && text.length() <= MAX_LENGTH && FORM.matcher(text).matches();
    }
}
