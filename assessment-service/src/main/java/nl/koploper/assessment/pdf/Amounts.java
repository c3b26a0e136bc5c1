package nl.koploper.assessment.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Dutch number formatting for the reports: kg CO2e as whole kilograms with a point per thousand. */
public final class Amounts {

    private Amounts() {
    }

    public static String kg(BigDecimal kg) {
        if (kg == null) {
            return "-";
        }
        return whole(kg) + " kg";
    }

    public static String whole(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl")));
        return format.format(value.setScale(0, RoundingMode.HALF_UP));
    }

    /** A figure with at most two decimals, Dutch style: {@code 1.234,5}. */
    public static String figure(BigDecimal value) {
        if (value == null) {
            return "-";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##",
                DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl")));
        return format.format(value.setScale(2, RoundingMode.HALF_UP));
    }

    public static String percent(BigDecimal percent) {
        if (percent == null) {
            return "-";
        }
        return (percent.signum() > 0 ? "+" : "") + percent.toPlainString().replace('.', ',') + " %";
    }
}
