package nl.koploper.portal.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A horizontal bar chart the page draws as inline SVG (no script): one bar per line, its length relative to the
 * largest, with the value in tonnes CO2e written beside it. The same lines fill the table under the chart, so the
 * numbers are there for whoever does not see the bars. Used by the participant's footprint and the coordinator's
 * impact report.
 */
public record Bars(List<Bar> bars) {

    /** Height of one bar's row in the SVG's units. */
    public static final int ROW = 34;

    /**
     * One line of a chart before it is drawn.
     *
     * @param key    the message key of the line's name
     * @param series which of two compared measurements the line shows (e.g. "baseline", "final"), or "" for none;
     *               the page names it in the label and styles it, so a pair reads without colour
     * @param kg     the value, or null to leave the line out
     */
    public record Line(String key, String series, BigDecimal kg) {
    }

    /**
     * @param key    the message key of the line's name
     * @param kg     the exact value from the platform
     * @param width  the bar's length in percent of the longest (0-100)
     * @param y      the row's top in the SVG
     * @param series the line's series, "" when the chart compares nothing
     */
    public record Bar(String key, BigDecimal kg, BigDecimal width, int y, String series) {
        public String tonnes() {
            return Bars.tonnes(kg);
        }

        public int textY() {
            return y + 21;
        }
    }

    /** The chart of {@code lines} (message key to kg, in the order given); lines without a value are left out. */
    public static Bars of(Map<String, BigDecimal> lines) {
        List<Line> list = new ArrayList<>();
        lines.forEach((key, kg) -> list.add(new Line(key, "", kg)));
        return of(list);
    }

    /** The chart of {@code lines} in the order given, all to one scale; lines without a value are left out. */
    public static Bars of(List<Line> lines) {
        BigDecimal largest = lines.stream().map(Line::kg).filter(java.util.Objects::nonNull).map(BigDecimal::abs)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        List<Bar> bars = new ArrayList<>();
        for (Line line : lines) {
            if (line.kg() == null) {
                continue;
            }
            BigDecimal width = largest.signum() == 0 ? BigDecimal.ZERO
                    : line.kg().abs().multiply(BigDecimal.valueOf(100)).divide(largest, 1, RoundingMode.HALF_UP);
            bars.add(new Bar(line.key(), line.kg(), width, bars.size() * ROW, line.series()));
        }
        return new Bars(List.copyOf(bars));
    }

    public int height() {
        return Math.max(ROW, bars.size() * ROW);
    }

    /** kg as tonnes with a decimal comma: 1234.5 kg is "1,2"; below 0.1 t two decimals, so small items do not read 0. */
    public static String tonnes(BigDecimal kg) {
        if (kg == null) {
            return "";
        }
        BigDecimal t = kg.movePointLeft(3);
        DecimalFormat format = new DecimalFormat(t.abs().compareTo(new BigDecimal("0.1")) < 0 && t.signum() != 0
                ? "#,##0.00" : "#,##0.0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl")));
        return format.format(t);
    }

    /** kg with a decimal comma and at most one decimal. */
    public static String kilograms(BigDecimal kg) {
        if (kg == null) {
            return "";
        }
        return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl"))).format(kg);
    }
}
