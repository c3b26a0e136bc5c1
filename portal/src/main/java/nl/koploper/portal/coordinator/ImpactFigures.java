package nl.koploper.portal.coordinator;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.koploper.portal.charts.Bars;

/**
 * A group's impact report (assessment-service's {@code ImpactReport}) as the page and the CSV show it: the counts,
 * the CO2 of the participants with both a nulmeting and an eindmeting footprint (in total and for the largest
 * themes), and the attendance at the meetings. kg are the service's exact market-based figures.
 */
record ImpactFigures(int participants, int nulmetingenCompleted, int eindmetingenCompleted, int actionsPlanned,
                     int actionsDone, Co2 co2, List<ThemeRow> themes, Attendance attendance, Bars chart,
                     Baseline baseline) {

    static final String BASELINE = "baseline";
    static final String FINAL = "final";
    static final String TOTAL_KEY = "co.impact.total";

    /**
     * @param changePercent    final − baseline in percent of the baseline; null when it cannot be said
     * @param finalPreliminary of the participants with both, how many eindmeting footprints still hold estimates
     */
    record Co2(int participantsWithBoth, BigDecimal baselineKg, BigDecimal finalKg, BigDecimal changeKg,
               BigDecimal changePercent, int finalPreliminary) {

        public boolean measured() {
            return participantsWithBoth > 0 && baselineKg != null && finalKg != null;
        }

        public boolean lower() {
            return changeKg != null && changeKg.signum() < 0;
        }

        public String baselineTonnes() {
            return Bars.tonnes(baselineKg);
        }

        public String finalTonnes() {
            return Bars.tonnes(finalKg);
        }

        /** The size of the change in tonnes, without its sign: the sentence says "less" or "more". */
        public String changeTonnes() {
            return changeKg == null ? "" : Bars.tonnes(changeKg.abs());
        }

        public String changePercentShown() {
            return percent(changePercent == null ? null : changePercent.abs());
        }

        public String signedChangeTonnes() {
            return signed(changeKg, changeTonnes());
        }

        public String signedChangePercent() {
            return signed(changePercent, changePercentShown());
        }
    }

    /**
     * The nulmeting footprints of every participant that has one, summed (also those without an eindmeting yet); none
     * from a service of before the figure.
     *
     * @param preliminary how many of them still hold estimates
     */
    record Baseline(int organisations, BigDecimal totalKg, int preliminary) {

        public boolean measured() {
            return organisations > 0 && totalKg != null;
        }

        public String tonnes() {
            return Bars.tonnes(totalKg);
        }
    }

    /** @param theme the footprint theme's code (ELECTRICITY): the page names it through {@code theme.<code>} */
    record ThemeRow(String theme, BigDecimal baselineKg, BigDecimal finalKg, BigDecimal changeKg,
                    BigDecimal changePercent) {

        public String key() {
            return "theme." + theme;
        }

        public String baselineTonnes() {
            return Bars.tonnes(baselineKg);
        }

        public String finalTonnes() {
            return Bars.tonnes(finalKg);
        }

        public String signedChangeTonnes() {
            return signed(changeKg, Bars.tonnes(changeKg == null ? null : changeKg.abs()));
        }

        public String signedChangePercent() {
            return signed(changePercent, percent(changePercent == null ? null : changePercent.abs()));
        }
    }

    /** @param overallRate attended / invited in percent, null without meetings */
    record Attendance(int meetings, int invited, int attended, BigDecimal overallRate, List<AttendanceRow> rows) {

        public String overallRateShown() {
            return percent(overallRate);
        }
    }

    /** @param cohortId the organisation's group: the gemeente-wide report names it */
    record AttendanceRow(String organisationName, String cohortId, int invited, int attended, BigDecimal rate) {

        public String rateShown() {
            return percent(rate);
        }
    }

    public int actionsOpen() {
        return Math.max(0, actionsPlanned - actionsDone);
    }

    /** The report as the service sent it (its JSON read into maps). */
    static ImpactFigures of(Map<String, Object> report) {
        Map<String, Object> co2 = map(report.get("co2"));
        Co2 total = new Co2(number(co2.get("participantsWithBoth")), decimal(co2.get("baselineKg")),
                decimal(co2.get("finalKg")), decimal(co2.get("changeKg")), decimal(co2.get("changePercent")),
                number(co2.get("finalPreliminary")));
        Map<String, Object> measured = map(report.get("baselineFootprint"));
        Baseline baseline = new Baseline(number(measured.get("organisations")), decimal(measured.get("totalKg")),
                number(measured.get("preliminary")));
        List<ThemeRow> themes = new ArrayList<>();
        for (Map<String, Object> theme : list(report.get("largestThemes"))) {
            themes.add(new ThemeRow(String.valueOf(theme.get("theme")), decimal(theme.get("baselineKg")),
                    decimal(theme.get("finalKg")), decimal(theme.get("changeKg")),
                    decimal(theme.get("changePercent"))));
        }
        Map<String, Object> attendance = map(report.get("attendance"));
        List<AttendanceRow> rows = new ArrayList<>();
        for (Map<String, Object> row : list(attendance.get("perParticipant"))) {
            rows.add(new AttendanceRow(String.valueOf(row.get("organisationName")),
                    row.get("cohortId") == null ? null : String.valueOf(row.get("cohortId")), number(row.get("invited")),
                    number(row.get("attended")), decimal(row.get("rate"))));
        }
        return new ImpactFigures(number(report.get("participants")), number(report.get("nulmetingenCompleted")),
                number(report.get("eindmetingenCompleted")), number(report.get("actionsPlanned")),
                number(report.get("actionsDone")), total, List.copyOf(themes),
                new Attendance(number(attendance.get("meetings")), number(attendance.get("invited")),
                        number(attendance.get("attended")), decimal(attendance.get("overallRate")), List.copyOf(rows)),
                chart(total, themes), baseline);
    }

    /** Nulmeting and eindmeting side by side, the total first, then each theme: all to one scale. */
    private static Bars chart(Co2 total, List<ThemeRow> themes) {
        List<Bars.Line> lines = new ArrayList<>();
        if (total.measured()) {
            lines.add(new Bars.Line(TOTAL_KEY, BASELINE, total.baselineKg()));
            lines.add(new Bars.Line(TOTAL_KEY, FINAL, total.finalKg()));
            for (ThemeRow theme : themes) {
                lines.add(new Bars.Line(theme.key(), BASELINE, theme.baselineKg()));
                lines.add(new Bars.Line(theme.key(), FINAL, theme.finalKg()));
            }
        }
        return Bars.of(lines);
    }

    /** A percentage with a decimal comma ("12,5 %"); "–" when there is none. */
    static String percent(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl")))
                .format(value) + " %";
    }

    /** {@code shown} with a minus sign (U+2212, read out as "min") or plus sign as {@code value} is below or above 0. */
    private static String signed(BigDecimal value, String shown) {
        if (value == null) {
            return "–";
        }
        return (value.signum() < 0 ? "−" : value.signum() > 0 ? "+" : "") + shown;
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> l ? l.stream().filter(Map.class::isInstance)
                .map(e -> (Map<String, Object>) e).toList() : List.of();
    }
}
