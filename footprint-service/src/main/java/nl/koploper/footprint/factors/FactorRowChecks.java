package nl.koploper.footprint.factors;

import java.util.List;
import java.util.Optional;
import nl.koploper.platform.web.FieldProblem;

/** The checks one factor row must pass wherever it comes from, so the file and the API can never disagree. */
final class FactorRowChecks {

    private FactorRowChecks() {
    }

    /** Adds the row's problems under {@code path}; returns the factor only when there were none. */
    static Optional<EmissionFactor> check(ProposedFactor row, int listYear, String path, List<FieldProblem> problems) {
        int before = problems.size();
        if (blank(row.key())) {
            problems.add(new FieldProblem(path + ".key", "required", "a factor needs a key"));
        }
        if (blank(row.nameNl())) {
            problems.add(new FieldProblem(path + ".nameNl", "required", "a factor needs its Dutch name"));
        }
        Optional<Unit> unit = Optional.empty();
        if (blank(row.unit())) {
            problems.add(new FieldProblem(path + ".unit", "required", "a factor needs a unit"));
        } else {
            unit = Unit.fromCode(row.unit());
            if (unit.isEmpty()) {
                problems.add(new FieldProblem(path + ".unit", "unknown-unit",
                        "unknown unit '" + row.unit() + "'; known: " + List.of(Unit.values())));
            }
        }
        if (row.scope() == null || row.scope() < 1 || row.scope() > 3) {
            problems.add(new FieldProblem(path + ".scope", "out-of-range", "scope must be 1, 2 or 3"));
        }
        if (blank(row.theme())) {
            problems.add(new FieldProblem(path + ".theme", "required", "a factor needs a theme"));
        }
        if (row.valueKgCo2e() == null) {
            problems.add(new FieldProblem(path + ".valueKgCo2e", "required", "a factor needs a value"));
        } else if (row.valueKgCo2e().signum() < 0) {
            problems.add(new FieldProblem(path + ".valueKgCo2e", "negative", "a factor value cannot be negative"));
        }
        if (row.wttKgCo2e() != null) {
            if (row.wttKgCo2e().signum() < 0) {
                problems.add(new FieldProblem(path + ".wttKgCo2e", "negative", "the WTT part cannot be negative"));
            } else if (row.valueKgCo2e() != null && row.wttKgCo2e().compareTo(row.valueKgCo2e()) > 0) {
                // WTT is the part of the WTW value that comes from the supply chain; it cannot exceed the whole.
                problems.add(new FieldProblem(path + ".wttKgCo2e", "out-of-range",
                        "the WTT part cannot exceed the value it is part of"));
            }
        }
        if (blank(row.basis())) {
            problems.add(new FieldProblem(path + ".basis", "required", "a factor needs a basis (WTW, location-based)"));
        }
        if (blank(row.source())) {
            // Every number must be traceable to where it was read; a factor without a source is not shipped.
            problems.add(new FieldProblem(path + ".source", "required", "a factor needs a source"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new EmissionFactor(listYear, row.key().trim(), row.nameNl().trim(), unit.orElseThrow(),
                row.scope(), row.theme().trim(), row.valueKgCo2e(), row.basis().trim(), row.wttKgCo2e(),
                row.source().trim()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
