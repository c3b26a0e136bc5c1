package nl.koploper.footprint.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An entered amount: a year total or twelve monthly figures (January first; a null month was not entered),
 * possibly marked preliminary. The unit is implied by the field it sits in. A field that was left empty is a
 * null {@code Quantity}, never a zero: "no data" and "none used" are different answers.
 */
public record Quantity(BigDecimal yearTotal, List<BigDecimal> months, boolean preliminary) {

    public Quantity {
        // List.copyOf refuses nulls, and a null month is meaningful (not entered), hence the manual copy.
        months = months == null ? null : Collections.unmodifiableList(new ArrayList<>(months));
    }

    public static Quantity of(BigDecimal yearTotal) {
        return new Quantity(yearTotal, null, false);
    }

    public static Quantity of(String yearTotal) {
        return of(new BigDecimal(yearTotal));
    }

    public static Quantity of(long yearTotal) {
        return of(BigDecimal.valueOf(yearTotal));
    }

    public static Quantity monthly(List<BigDecimal> months) {
        return new Quantity(null, months, false);
    }

    public Quantity asPreliminary() {
        return new Quantity(yearTotal, months, true);
    }

    public boolean isMonthly() {
        return months != null;
    }

    /** The year total, or the sum of the months that were entered. Exact. */
    public BigDecimal total() {
        if (months == null) {
            return yearTotal;
        }
        // Indexed: the unmodifiable wrapper's iterator is an allocation per call, and this runs for every item.
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0, n = months.size(); i < n; i++) {
            BigDecimal month = months.get(i);
            if (month != null) {
                sum = sum.add(month);
            }
        }
        return sum;
    }

    /** Monthly figures with at least one month not entered: the total undercounts. */
    public boolean hasMissingMonths() {
        if (months == null) {
            return false;
        }
        for (int i = 0, n = months.size(); i < n; i++) {
            if (months.get(i) == null) {
                return true;
            }
        }
        return false;
    }
}
