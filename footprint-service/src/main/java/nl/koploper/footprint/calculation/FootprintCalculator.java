package nl.koploper.footprint.calculation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.koploper.footprint.factors.EmissionFactorSet;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;

/**
 * Computes the CO2 footprint of one organisation-year with a given factor set and the organisation's
 * overrides. Stateless and thread-safe; pure (no I/O, no clock), so the same input and set always give the
 * same footprint.
 */
public final class FootprintCalculator {

    /** Hard problems with the input, each with its field path; empty when {@link #calculate} will accept it. */
    public List<FieldProblem> validate(OrganisationYear input, EmissionFactorSet set, List<FactorOverride> overrides) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(set, "set");
        return ConsumptionValidator.validate(input, set, overrides == null ? List.of() : overrides);
    }

    public Footprint calculate(OrganisationYear input, EmissionFactorSet set) {
        return calculate(input, set, List.of());
    }

    /**
     * @throws InvalidInputException with every validation problem when the input cannot be used; missing factors
     *                               are not thrown but listed in {@link Footprint#factorProblems()}
     */
    public Footprint calculate(OrganisationYear input, EmissionFactorSet set, List<FactorOverride> overrides) {
        List<FactorOverride> effective = overrides == null ? List.of() : overrides;
        List<FieldProblem> problems = validate(input, set, effective);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Consumption data of " + input.year() + " is invalid", problems);
        }
        List<Warning> warnings = new ArrayList<>(4);
        Plausibility.check(input, warnings);
        return new Calculation(input.year(), set, effective).run(input, warnings);
    }
}
