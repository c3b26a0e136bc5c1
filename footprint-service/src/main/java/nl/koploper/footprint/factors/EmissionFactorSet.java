package nl.koploper.footprint.factors;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The factors in force for one year: at most one factor per key. A result records the set's {@code year}
 * and the factors it used, so it can be reproduced after newer sets arrive. Immutable.
 */
public final class EmissionFactorSet {

    private final int year;
    private final Map<String, EmissionFactor> byKey;

    private EmissionFactorSet(int year, Map<String, EmissionFactor> byKey) {
        this.year = year;
        this.byKey = Collections.unmodifiableMap(byKey);
    }

    /** A set from already checked factors; keys must be unique. */
    public static EmissionFactorSet of(int year, Collection<EmissionFactor> factors) {
        Map<String, EmissionFactor> byKey = new LinkedHashMap<>();
        for (EmissionFactor factor : factors) {
            if (byKey.put(factor.key(), factor) != null) {
                throw new IllegalArgumentException("Duplicate factor key " + factor.key() + " in set " + year);
            }
        }
        return new EmissionFactorSet(year, byKey);
    }

    public int year() {
        return year;
    }

    public Optional<EmissionFactor> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The factor for {@code key}, or null: the calculator's hot path avoids an Optional per line. */
    public EmissionFactor factorOrNull(String key) {
        return byKey.get(key);
    }

    public boolean contains(String key) {
        return byKey.containsKey(key);
    }

    public Set<String> keys() {
        return byKey.keySet();
    }

    public Collection<EmissionFactor> factors() {
        return byKey.values();
    }

    public int size() {
        return byKey.size();
    }

    @Override
    public String toString() {
        return "EmissionFactorSet[" + year + ", " + byKey.size() + " factors]";
    }
}
