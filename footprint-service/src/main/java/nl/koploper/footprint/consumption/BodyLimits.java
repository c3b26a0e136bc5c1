package nl.koploper.footprint.consumption;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.koploper.platform.web.FieldProblem;

/**
 * The shape limits of an {@link OrganisationYearData} body (how many digits, how long a text, how many entries), the
 * checks Bean Validation annotations would otherwise make, with the same field paths ({@code waste[2].kg.yearTotal})
 * and codes ({@code out-of-range}, {@code required}, {@code invalid}). Written by hand because Bean Validation's
 * cascade through the nested body (bookkeeping per visited object and path, not the constraints themselves) was the
 * largest part of what the "what if" estimate costs beyond a trivial request (README, Performance). What the
 * calculation itself refuses (negative amounts, shares over 100 %, absurd magnitudes, units) it checks itself.
 */
final class BodyLimits {

    static final int INTEGER_DIGITS = 12;
    static final int FRACTION_DIGITS = 10;

    /** Lenient: something@domain.tld without spaces, as people type addresses; the mail server has the last word. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern SBI_CODE = Pattern.compile("[0-9]{2}(\\.?[0-9]{1,3})?");

    private final List<FieldProblem> problems = new ArrayList<>();

    List<FieldProblem> problems() {
        return problems;
    }

    /** At most {@value #INTEGER_DIGITS} digits before the point and {@value #FRACTION_DIGITS} after it. */
    void digits(String path, BigDecimal value) {
        if (value == null) {
            return;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int integerDigits = stripped.precision() - stripped.scale();
        int fractionDigits = Math.max(stripped.scale(), 0);
        if (integerDigits > INTEGER_DIGITS || fractionDigits > FRACTION_DIGITS) {
            problems.add(new FieldProblem(path, "out-of-range", "at most " + INTEGER_DIGITS + " digits before and "
                    + FRACTION_DIGITS + " after the decimal point"));
        }
    }

    void digits(String path, List<BigDecimal> values) {
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                digits(path + "[" + i + "]", values.get(i));
            }
        }
    }

    void length(String path, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(path, "out-of-range", "at most " + max + " characters"));
        }
    }

    void range(String path, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            problems.add(new FieldProblem(path, "out-of-range", "must be between " + min + " and " + max));
        }
    }

    void email(String path, String value) {
        length(path, value, 254);
        if (value != null && !EMAIL.matcher(value).matches()) {
            problems.add(new FieldProblem(path, "invalid", "not an e-mail address"));
        }
    }

    void sbiCode(String path, String value) {
        if (value != null && !SBI_CODE.matcher(value).matches()) {
            problems.add(new FieldProblem(path, "invalid", "an SBI code such as 56.10 or 5610"));
        }
    }

    /** A part of the body, checked by {@code check} when it was sent (left out is "not entered", never a problem). */
    <T> void part(String path, T value, Check<T> check) {
        if (value != null) {
            check.check(value, this, path);
        }
    }

    /** A list of at most {@code max} entries, none of them null; each entry checked by {@code entry}. */
    <T> void entries(String path, List<T> values, int max, Check<T> entry) {
        if (values == null) {
            return;
        }
        if (values.size() > max) {
            problems.add(new FieldProblem(path, "out-of-range", "at most " + max + " entries"));
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            String at = path + "[" + i + "]";
            if (value == null) {
                problems.add(new FieldProblem(at, "required", "an entry cannot be null"));
            } else {
                entry.check(value, this, at);
            }
        }
    }

    @FunctionalInterface
    interface Check<T> {
        void check(T value, BodyLimits limits, String path);
    }
}
