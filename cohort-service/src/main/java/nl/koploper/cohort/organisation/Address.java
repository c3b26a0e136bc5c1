package nl.koploper.cohort.organisation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Dutch postal address of an organisation's location; the postal code is kept as {@code 1234 AB}.
 *
 * @param houseNumber the number with any addition, e.g. {@code 12a} or {@code 12-3}
 */
public record Address(String street, String houseNumber, String postalCode, String city) {

    // Dutch postcodes never start with 0, and the letter pairs SA, SD and SS are not issued.
    private static final Pattern POSTAL_CODE = Pattern.compile("[1-9][0-9]{3} (?!SA|SD|SS)[A-Z]{2}");

    public Address {
        requireText(street, "street");
        requireText(houseNumber, "house number");
        requireText(city, "city");
        if (postalCode == null || !POSTAL_CODE.matcher(postalCode).matches()) {
            throw new IllegalArgumentException("A Dutch postal code looks like 9712 AB; got '" + postalCode + "'");
        }
    }

    /** Accepts the postal code as people type it ({@code 9712ab}, {@code 9712 AB}). */
    public static Address of(String street, String houseNumber, String postalCode, String city) {
        return new Address(strip(street), strip(houseNumber), normalisePostalCode(postalCode), strip(city));
    }

    public static boolean isValidPostalCode(String text) {
        String normalised = normalisePostalCode(text);
        return normalised != null && POSTAL_CODE.matcher(normalised).matches();
    }

    private static String normalisePostalCode(String text) {
        if (text == null) {
            return null;
        }
        String compact = text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return compact.length() == 6 ? compact.substring(0, 4) + " " + compact.substring(4) : compact;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is required");
        }
    }
}
