package nl.koploper.footprint.factors;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;

/**
 * All published factor lists, by list year, and the rule that composes them into the set in force for a year.
 *
 * <p><b>Composition.</b> The set for year Y holds, per key, the factor from the newest list with list year ≤ Y,
 * unless that key was retired in a year after that list and not after Y. The shipped file needs this rule:
 * it mixes list years (2026 for fuels, electricity and heat; 2025 and 2024 for travel and the location-based
 * electricity factor), because a list is only republished where a number changed. So the 2026 set has every
 * shipped factor, while the 2025 set has only the eight travel and location-based ones: for 2025 we simply do
 * not have the fuel list. Which set a calculation uses is the caller's choice ({@link #latest()} for a new
 * result); the result records the set's year, and a later list never changes an earlier composed set.
 *
 * <p>Immutable; adding a list returns a new catalog.
 */
public final class EmissionFactorCatalog {

    /** Classpath location of the lists shipped with the service. */
    public static final String BUNDLED = "factors/emission-factors-nl.csv";

    private final NavigableMap<Integer, List<EmissionFactor>> lists;
    private final NavigableMap<Integer, Set<String>> retirements;
    private final Map<Integer, EmissionFactorSet> composed = new ConcurrentHashMap<>();

    private EmissionFactorCatalog(NavigableMap<Integer, List<EmissionFactor>> lists,
                                  NavigableMap<Integer, Set<String>> retirements) {
        if (lists.isEmpty()) {
            throw new IllegalArgumentException("A catalog needs at least one factor list");
        }
        this.lists = Collections.unmodifiableNavigableMap(lists);
        this.retirements = Collections.unmodifiableNavigableMap(retirements);
    }

    /** The lists shipped in {@value #BUNDLED}. */
    public static EmissionFactorCatalog bundled() {
        InputStream in = EmissionFactorCatalog.class.getClassLoader().getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException("Factor file " + BUNDLED + " is not on the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse("emission-factors-nl.csv", reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a factor file; refuses it as a whole if any row is invalid (unknown unit, negative value, a key
     * twice in one list year), since a half-loaded list would compute wrong footprints without anyone noticing.
     */
    public static EmissionFactorCatalog parse(String name, Reader reader) {
        List<FieldProblem> problems = new ArrayList<>();
        TreeMap<Integer, List<EmissionFactor>> lists = FactorCsv.read(name, reader, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Factor file " + name + " is invalid", problems);
        }
        if (lists.isEmpty()) {
            throw new InvalidInputException("Factor file " + name + " is invalid",
                    List.of(new FieldProblem(name, "required", "the file has no factors")));
        }
        TreeMap<Integer, List<EmissionFactor>> frozen = new TreeMap<>();
        lists.forEach((year, factors) -> frozen.put(year, List.copyOf(factors)));
        return new EmissionFactorCatalog(frozen, new TreeMap<>());
    }

    /**
     * A catalog with a list that was validated when it was published (one stored in the shared database), added
     * without checking it again. Earlier composed sets are unaffected.
     *
     * @throws IllegalArgumentException when the year is not after every list of this catalog
     */
    public EmissionFactorCatalog withPublishedList(int year, List<EmissionFactor> factors, Collection<String> retired) {
        if (year <= listYears().last()) {
            throw new IllegalArgumentException("List " + year + " does not come after " + listYears().last());
        }
        TreeMap<Integer, List<EmissionFactor>> newLists = new TreeMap<>(lists);
        if (!factors.isEmpty()) {
            newLists.put(year, List.copyOf(factors));
        }
        TreeMap<Integer, Set<String>> newRetirements = new TreeMap<>(retirements);
        if (retired != null && !retired.isEmpty()) {
            newRetirements.put(year, Set.copyOf(retired));
        }
        return new EmissionFactorCatalog(newLists, newRetirements);
    }

    /** The factors a proposed list would publish, checked; empty when any row is invalid. */
    public static List<EmissionFactor> checkedRows(int year, List<ProposedFactor> factors) {
        List<EmissionFactor> checked = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (ProposedFactor row : factors) {
            FactorRowChecks.check(row, year, "factors", problems).ifPresent(checked::add);
        }
        return problems.isEmpty() ? checked : List.of();
    }

    /** The list years present (including years that only retired keys). */
    public NavigableSet<Integer> listYears() {
        TreeSet<Integer> years = new TreeSet<>(lists.keySet());
        years.addAll(retirements.keySet());
        return Collections.unmodifiableNavigableSet(years);
    }

    /** The factors as published in one list year, not composed. */
    public List<EmissionFactor> list(int listYear) {
        return lists.getOrDefault(listYear, List.of());
    }

    /** The set of the newest list year; what a new calculation uses unless told otherwise. */
    public EmissionFactorSet latest() {
        return setFor(listYears().last());
    }

    /**
     * The set in force for {@code year}, composed as described on the class.
     *
     * @throws IllegalArgumentException before the first list year: there is no set to fall back on
     */
    public EmissionFactorSet setFor(int year) {
        if (year < lists.firstKey()) {
            throw new IllegalArgumentException("No factor list for " + year + "; the first is " + lists.firstKey());
        }
        return composed.computeIfAbsent(year, this::compose);
    }

    private EmissionFactorSet compose(int year) {
        Map<String, EmissionFactor> byKey = new LinkedHashMap<>();
        // Retirements of a year are applied before that year's list, so a key retired in Y and re-listed later
        // comes back with the later list only.
        for (int listYear : listYears().headSet(year, true)) {
            retirements.getOrDefault(listYear, Set.of()).forEach(byKey::remove);
            for (EmissionFactor factor : lists.getOrDefault(listYear, List.of())) {
                byKey.put(factor.key(), factor);
            }
        }
        return EmissionFactorSet.of(year, byKey.values());
    }

    /** Problems with a proposed new list, checked against the newest set; empty when it may be added. */
    public List<FieldProblem> validateNewList(int year, List<ProposedFactor> factors, Collection<String> retired) {
        return NewFactorSetValidator.validate(latest(), year, factors, retired);
    }

    /**
     * A catalog with one more list. Earlier composed sets are unaffected, so results computed with them stay
     * reproducible.
     *
     * @throws InvalidInputException with every problem when {@link #validateNewList} finds any
     */
    public EmissionFactorCatalog withNewList(int year, List<ProposedFactor> factors, Collection<String> retired) {
        List<FieldProblem> problems = validateNewList(year, factors, retired);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Factor list " + year + " is invalid", problems);
        }
        List<EmissionFactor> checked = new ArrayList<>();
        for (ProposedFactor row : factors) {
            checked.add(FactorRowChecks.check(row, year, "factors", new ArrayList<>()).orElseThrow());
        }
        TreeMap<Integer, List<EmissionFactor>> newLists = new TreeMap<>(lists);
        newLists.put(year, List.copyOf(checked));
        TreeMap<Integer, Set<String>> newRetirements = new TreeMap<>(retirements);
        if (retired != null && !retired.isEmpty()) {
            newRetirements.put(year, Set.copyOf(retired));
        }
        return new EmissionFactorCatalog(newLists, newRetirements);
    }
}
