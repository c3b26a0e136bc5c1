package nl.koploper.portal.coordinator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The impact report as a CSV that a Dutch Excel opens as it is: a byte order mark (so Excel reads UTF-8), {@code ;}
 * between cells, a decimal comma and no thousands separator (so numbers stay numbers), lines ending in CRLF, and
 * every name in words (themes as "Elektriciteit", not ELECTRICITY). Sections (figures, CO2, attendance) are separated
 * by an empty line, each with its own heading row.
 */
final class ImpactCsv {

    static final String BOM = "\uFEFF";
    private static final String EOL = "\r\n";

    private ImpactCsv() {
    }

    /**
     * @param text       the page's texts by message key (Dutch unless the person chose English)
     * @param groupNames for the report of all groups: the groups' names by id, a column before each organisation's
     *                   attendance; null for one group's report
     */
    static String of(ImpactFigures figures, String cohortName, String gemeenteName, Function<String, String> text,
                     Map<String, String> groupNames) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(text.apply("co.impact.csv.title"), cohortName, gemeenteName));
        rows.add(List.of());
        rows.add(List.of(text.apply("co.impact.csv.figure"), text.apply("co.impact.csv.value")));
        rows.add(List.of(text.apply("co.impact.csv.participants"), whole(figures.participants())));
        rows.add(List.of(text.apply("co.impact.csv.nulmetingenCompleted"), whole(figures.nulmetingenCompleted())));
        rows.add(List.of(text.apply("co.impact.csv.eindmetingenCompleted"), whole(figures.eindmetingenCompleted())));
        rows.add(List.of(text.apply("co.impact.csv.actionsPlanned"), whole(figures.actionsPlanned())));
        rows.add(List.of(text.apply("co.impact.csv.actionsDone"), whole(figures.actionsDone())));
        rows.add(List.of(text.apply("co.impact.csv.participantsWithBoth"),
                whole(figures.co2().participantsWithBoth())));
        rows.add(List.of(text.apply("co.impact.csv.meetings"), whole(figures.attendance().meetings())));
        rows.add(List.of(text.apply("co.impact.csv.invited"), whole(figures.attendance().invited())));
        rows.add(List.of(text.apply("co.impact.csv.attended"), whole(figures.attendance().attended())));
        rows.add(List.of(text.apply("co.impact.csv.attendanceRate"), decimal(figures.attendance().overallRate())));
        rows.add(List.of());
        rows.add(List.of(text.apply("co.impact.csv.co2"), text.apply("co.impact.csv.baseline"),
                text.apply("co.impact.csv.final"), text.apply("co.impact.csv.change"),
                text.apply("co.impact.csv.changePercent")));
        ImpactFigures.Co2 co2 = figures.co2();
        if (co2.measured()) {
            rows.add(List.of(text.apply(ImpactFigures.TOTAL_KEY), decimal(co2.baselineKg()), decimal(co2.finalKg()),
                    decimal(co2.changeKg()), decimal(co2.changePercent())));
            for (ImpactFigures.ThemeRow theme : figures.themes()) {
                rows.add(List.of(text.apply(theme.key()), decimal(theme.baselineKg()), decimal(theme.finalKg()),
                        decimal(theme.changeKg()), decimal(theme.changePercent())));
            }
        }
        rows.add(List.of());
        List<String> heading = new ArrayList<>();
        if (groupNames != null) {
            heading.add(text.apply("co.impact.col.cohort"));
        }
        heading.addAll(List.of(text.apply("co.col.organisation"), text.apply("co.impact.csv.invited"),
                text.apply("co.impact.csv.attended"), text.apply("co.impact.csv.attendanceRate")));
        rows.add(heading);
        for (ImpactFigures.AttendanceRow row : figures.attendance().rows()) {
            List<String> cells = new ArrayList<>();
            if (groupNames != null) {
                cells.add(row.cohortId() == null ? "" : groupNames.getOrDefault(row.cohortId(), row.cohortId()));
            }
            cells.addAll(List.of(row.organisationName(), whole(row.invited()), whole(row.attended()),
                    decimal(row.rate())));
            rows.add(cells);
        }
        StringBuilder csv = new StringBuilder(BOM);
        for (List<String> row : rows) {
            csv.append(String.join(";", row.stream().map(ImpactCsv::cell).toList())).append(EOL);
        }
        return csv.toString();
    }

    private static String whole(int value) {
        return Integer.toString(value);
    }

    /** One decimal at most, with a comma and no grouping: Excel in Dutch reads it as a number. Empty when unknown. */
    static String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl")));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /**
     * A cell as CSV: quoted when it holds a separator, a quote or a line break. A name that starts like a formula
     * (=, +, -, @) gets an apostrophe first: organisation names are typed by anyone on the public registration form,
     * and Excel must show them, not run them.
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !isNumber(value)
                ? "'" + value : value;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static boolean isNumber(String value) {
        return value.matches("-?\\d+(,\\d+)?");
    }
}
