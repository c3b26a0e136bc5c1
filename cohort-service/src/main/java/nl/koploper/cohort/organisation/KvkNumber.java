package nl.koploper.cohort.organisation;

import java.util.regex.Pattern;

/**
 * A Chamber of Commerce (KvK) number: exactly eight digits, leading zeros significant.
 *
 * <p>Only the format is checked. KvK numbers carry no public check digit (unlike the RSIN or a bank account number, no
 * elfproef applies), so a well-formed number may still not exist; only a look-up in the Handelsregister could tell,
 * and the platform does not make one.
 */
public record KvkNumber(String value) {

    private static final Pattern EIGHT_DIGITS = Pattern.compile("[0-9]{8}");

    public KvkNumber {
        if (value == null || !EIGHT_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("A KvK number has exactly 8 digits, e.g. 12345678; got '" + value + "'");
        }
    }

    /** Accepts the number as people type it, with spaces or dots between the digits ("1234 5678"). */
    public static KvkNumber parse(String text) {
        return new KvkNumber(normalise(text));
    }

    public static boolean isValid(String text) {
        String normalised = normalise(text);
        return normalised != null && EIGHT_DIGITS.matcher(normalised).matches();
    }

    private static String normalise(String text) {
        return text == null ? null : text.strip().replaceAll("[\\s.]", "");
    }

    @Override
    public String toString() {
        return value;
    }
}
