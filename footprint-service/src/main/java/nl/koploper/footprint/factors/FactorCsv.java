package nl.koploper.footprint.factors;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.koploper.footprint.csv.CsvRows;
import nl.koploper.platform.web.FieldProblem;

/**
 * Reads the factor file format: {@code #} comment lines (the header describing the sources), one header row,
 * then comma-separated rows (a quoted cell may hold a comma). Columns are found by name, so their order may change.
 */
final class FactorCsv {

    static final List<String> COLUMNS = List.of("list_year", "scope", "theme", "key", "name_nl", "unit",
            "value_kg_co2e", "basis", "wtt_kg_co2e", "source");

    private FactorCsv() {
    }

    /**
     * Factors per list year; problems go to {@code problems} with {@code file:line.field} paths, the field named
     * as in {@link ProposedFactor} so file and API problems read alike.
     */
    static TreeMap<Integer, List<EmissionFactor>> read(String name, Reader input, List<FieldProblem> problems) {
        TreeMap<Integer, List<EmissionFactor>> byYear = new TreeMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> column = null;
        List<CsvRows.Row> rows;
        try {
            rows = CsvRows.read(input, ',', false);
        } catch (CsvRows.Unreadable e) {
            problems.add(new FieldProblem(name + ":" + e.line(), "malformed", e.getMessage()));
            return byYear;
        }
        for (CsvRows.Row row : rows) {
            List<String> cells = row.cells();
            if (row.blank()) {
                continue;
            }
            if (column == null) {
                column = header(name, row.line(), cells, problems);
                if (column == null) {
                    return byYear;
                }
                continue;
            }
            String path = name + ":" + row.line();
            if (cells.size() != column.size()) {
                problems.add(new FieldProblem(path, "malformed",
                        "expected " + column.size() + " columns, found " + cells.size()));
                continue;
            }
            int before = problems.size();
            Integer listYear = integer(cells.get(column.get("list_year")), path + ".listYear", problems);
            Integer scope = integer(cells.get(column.get("scope")), path + ".scope", problems);
            BigDecimal value = decimal(cells.get(column.get("value_kg_co2e")), path + ".valueKgCo2e", problems);
            BigDecimal wtt = decimal(cells.get(column.get("wtt_kg_co2e")), path + ".wttKgCo2e", problems);
            if (problems.size() > before) {
                continue;
            }
            ProposedFactor factorRow = new ProposedFactor(cells.get(column.get("key")),
                    cells.get(column.get("name_nl")), cells.get(column.get("unit")), scope,
                    cells.get(column.get("theme")), value, cells.get(column.get("basis")), wtt,
                    cells.get(column.get("source")));
            FactorRowChecks.check(factorRow, listYear, path, problems).ifPresent(factor -> {
                Integer earlier = seen.putIfAbsent(listYear + "/" + factor.key(), 0);
                if (earlier != null) {
                    problems.add(new FieldProblem(path + ".key", "duplicate",
                            "key " + factor.key() + " appears twice in list " + listYear));
                } else {
                    byYear.computeIfAbsent(listYear, y -> new ArrayList<>()).add(factor);
                }
            });
        }
        if (column == null) {
            problems.add(new FieldProblem(name, "malformed", "no header row"));
        }
        return byYear;
    }

    private static Map<String, Integer> header(String name, int number, List<String> cells,
                                               List<FieldProblem> problems) {
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            column.put(cells.get(i).trim(), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !column.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(new FieldProblem(name + ":" + number, "malformed", "header lacks columns " + missing));
            return null;
        }
        return column;
    }

    private static Integer integer(String cell, String path, List<FieldProblem> problems) {
        try {
            return Integer.valueOf(cell.trim());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(path, "not-a-number", "'" + cell + "' is not a whole number"));
            return null;
        }
    }

    /** Empty means "not given" (the WTT column is empty where the source has none). */
    private static BigDecimal decimal(String cell, String path, List<FieldProblem> problems) {
        if (cell.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(cell.trim());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(path, "not-a-number", "'" + cell + "' is not a number"));
            return null;
        }
    }
}
