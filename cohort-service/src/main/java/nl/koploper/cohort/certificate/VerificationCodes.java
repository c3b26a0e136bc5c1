package nl.koploper.cohort.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Certificate verification codes: 16 characters of Crockford's base32 (no I, L, O or U, so nothing reads as another
 * character), 80 random bits from {@link SecureRandom}: not guessable, and not derived from anything on the
 * certificate. Shown in groups of four ({@code 7KQ2-M9XD-…}); a code typed in is accepted in any case, with or without
 * the hyphens and spaces, and with the look-alikes I/L for 1 and O for 0, as Crockford's scheme intends.
 */
public final class VerificationCodes {

    static final int LENGTH = 16;
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern CANONICAL = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    /** A new random code in its canonical form (16 characters, no hyphens). */
    public static String generate() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** The canonical form of a code as someone typed it, or empty when it cannot be a code at all. */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 3 * LENGTH) {
            return Optional.empty();
        }
        String canonical = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT)
                .replace('I', '1').replace('L', '1').replace('O', '0');
        return CANONICAL.matcher(canonical).matches() ? Optional.of(canonical) : Optional.empty();
    }

    /** The code as printed: groups of four joined by hyphens. */
    static String display(String canonical) {
        return String.join("-", canonical.substring(0, 4), canonical.substring(4, 8), canonical.substring(8, 12),
                canonical.substring(12));
    }
}
