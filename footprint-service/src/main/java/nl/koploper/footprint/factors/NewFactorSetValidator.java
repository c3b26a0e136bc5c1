package nl.koploper.footprint.factors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import nl.koploper.platform.web.FieldProblem;

/**
 * Checks a new year's factor list against the set it succeeds before it may be published: every row valid
 * (known unit, non-negative value, source), keys unique, and every key of the previous set either present
 * or explicitly retired, so no organisation's calculation silently loses a factor it relied on.
 */
public final class NewFactorSetValidator {

    private NewFactorSetValidator() {
    }

    /**
     * @param previous the set in force before the new list (the newest composed set)
     * @param year     the new list's year; must come after {@code previous}
     * @param factors  the new list, rows in request order (paths are {@code factors[i].field})
     * @param retired  keys of {@code previous} that the new list deliberately drops
     * @return every problem found; empty when the list may be published
     */
    public static List<FieldProblem> validate(EmissionFactorSet previous, int year, List<ProposedFactor> factors,
                                              Collection<String> retired) {
        Objects.requireNonNull(previous, "previous");
        List<FieldProblem> problems = new ArrayList<>();
        if (year <= previous.year()) {
            // Lists are appended, never rewritten: results computed with an older set must stay reproducible.
            problems.add(new FieldProblem("year", "out-of-range",
                    "a new list must come after " + previous.year() + "; published lists are immutable"));
        }
        if (factors == null || factors.isEmpty()) {
            problems.add(new FieldProblem("factors", "required", "a new list needs its factors"));
            factors = List.of();
        }
        Collection<String> retiredKeys = retired == null ? List.of() : retired;
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < factors.size(); i++) {
            String path = "factors[" + i + "]";
            ProposedFactor row = factors.get(i);
            if (row == null) {
                problems.add(new FieldProblem(path, "required", "empty row"));
                continue;
            }
            FactorRowChecks.check(row, year, path, problems);
            if (row.key() == null || row.key().isBlank()) {
                continue;
            }
            String key = row.key().trim();
            Integer earlier = firstIndex.putIfAbsent(key, i);
            if (earlier != null) {
                problems.add(new FieldProblem(path + ".key", "duplicate",
                        "key " + key + " is already given in factors[" + earlier + "]"));
            }
            if (retiredKeys.contains(key)) {
                problems.add(new FieldProblem(path + ".key", "conflict",
                        "key " + key + " is both listed and retired"));
            }
            EmissionFactor before = previous.factorOrNull(key);
            if (before != null && row.unit() != null && !before.unit().code().equals(row.unit())) {
                // Stored consumption is in the old unit; changing it under the same key would mis-scale it.
                problems.add(new FieldProblem(path + ".unit", "unit-changed",
                        "key " + key + " is in " + before.unit() + "; retire it and add a new key for another unit"));
            }
        }
        for (String key : new TreeSet<>(previous.keys())) {
            if (!firstIndex.containsKey(key) && !retiredKeys.contains(key)) {
                problems.add(new FieldProblem("factors", "missing-key",
                        "key " + key + " of set " + previous.year() + " is missing; add it or list it as retired"));
            }
        }
        for (String key : new TreeSet<>(retiredKeys)) {
            if (!previous.contains(key)) {
                problems.add(new FieldProblem("retired", "unknown-key",
                        "key " + key + " is not in set " + previous.year() + ", so it cannot be retired"));
            }
        }
        return problems;
    }
}
