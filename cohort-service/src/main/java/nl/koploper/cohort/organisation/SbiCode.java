package nl.koploper.cohort.organisation;

import java.util.regex.Pattern;

/**
 * A sector code of the Dutch Standaard Bedrijfsindeling (SBI, CBS), kept as its digits without dots, e.g. {@code 96021}
 * (hairdressers) or {@code 6201} (software development).
 *
 * <p>The SBI is hierarchical with up to five digits: two for the division ({@code 01}-{@code 99}), then group, class
 * (the first four follow the European NACE) and a fifth, Dutch, subdivision. KvK assigns every business a code of
 * four or five digits; we also accept the two- and three-digit levels, because an organisation such as a gemeente
 * often knows only its broad sector, and a coarse code still serves sector benchmarks. CBS and the press write codes
 * with dots ({@code 47.21}, SBI 2025's {@code 01.13.1}); those are accepted and stored without the dots. The format
 * is the same in SBI 2008 and SBI 2025, so the code does not tell its edition, and we do not check it against the
 * list of existing codes.
 */
public record SbiCode(String value) {

    private static final Pattern DIGITS = Pattern.compile("(0[1-9]|[1-9][0-9])[0-9]{0,3}");
    // Dots only where CBS puts them: after the division and after the class (NN, NN.N, NN.NN, NN.NN.N).
    private static final Pattern DOTTED = Pattern.compile("[0-9]{2}(\\.[0-9]{1,2}(\\.[0-9])?)?");

    public SbiCode {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "An SBI code has 2 to 5 digits starting with a division 01-99, e.g. 6201 or 96021; got '" + value + "'");
        }
    }

    /** Accepts the code with or without CBS's dots ({@code 47.21} or {@code 4721}). */
    public static SbiCode parse(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException(
                    "An SBI code has 2 to 5 digits, optionally written with dots as in 47.21; got '" + text + "'");
        }
        return new SbiCode(text.strip().replace(".", ""));
    }

    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String stripped = text.strip();
        boolean wellWritten = stripped.contains(".") ? DOTTED.matcher(stripped).matches() : !stripped.isEmpty();
        return wellWritten && DIGITS.matcher(stripped.replace(".", "")).matches();
    }

    /** The division (the first two digits): the level sector benchmarks group by. */
    public String division() {
        return value.substring(0, 2);
    }

    /** The code as CBS and the KvK print it, with dots after the division and the class: {@code 47.21}, {@code 96.02.1}. */
    public String dotted() {
        if (value.length() <= 2) {
            return value;
        }
        String withClass = value.substring(0, 2) + "." + value.substring(2, Math.min(4, value.length()));
        return value.length() == 5 ? withClass + "." + value.substring(4) : withClass;
    }

    @Override
    public String toString() {
        return value;
    }
}
