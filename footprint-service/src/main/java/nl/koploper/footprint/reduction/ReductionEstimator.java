package nl.koploper.footprint.reduction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.koploper.footprint.calculation.FactorOverride;
import nl.koploper.footprint.calculation.Footprint;
import nl.koploper.footprint.calculation.FootprintCalculator;
import nl.koploper.footprint.calculation.OrganisationYear;
import nl.koploper.footprint.factors.EmissionFactorSet;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;

/**
 * Estimates what measures save: each measure changes a copy of the organisation-year's consumption
 * ({@link MeasureEffects}), the same {@link FootprintCalculator} computes it with the same factor set and overrides,
 * and the saving is the difference. Pure and thread-safe.
 */
public final class ReductionEstimator {

    /** Above this a kWh parameter is a typing error, as for every quantity (the calculator's limit). */
    private static final BigDecimal MAX_KWH = new BigDecimal("1e9");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FootprintCalculator calculator;

    public ReductionEstimator(FootprintCalculator calculator) {
        this.calculator = calculator;
    }

    /**
     * Problems with the requested measures, paths {@code [i].measure} and {@code [i].parameter} (the body is a list):
     * a missing measure, one given twice, a percentage outside 0-100, kWh below 0 or above 1e9.
     */
    public static List<FieldProblem> validate(List<MeasureRequest> requests) {
        List<FieldProblem> problems = new ArrayList<>();
        if (requests == null || requests.isEmpty()) {
            problems.add(new FieldProblem("measures", "required", "name at least one measure"));
            return problems;
        }
        Map<Measure, Integer> seen = new EnumMap<>(Measure.class);
        for (int i = 0; i < requests.size(); i++) {
            MeasureRequest request = requests.get(i);
            String path = "[" + i + "]";
            if (request == null || request.measure() == null) {
                problems.add(new FieldProblem(path + ".measure", "required", "one of " + Measure.codes()));
                continue;
            }
            Integer earlier = seen.putIfAbsent(request.measure(), i);
            if (earlier != null) {
                problems.add(new FieldProblem(path + ".measure", "duplicate",
                        request.measure() + " is already named in [" + earlier + "]"));
            }
            BigDecimal p = request.parameter();
            if (p == null) {
                continue;
            }
            if (request.measure().parameterKind() == Measure.ParameterKind.PERCENT
                    && (p.signum() < 0 || p.compareTo(HUNDRED) > 0)) {
                problems.add(new FieldProblem(path + ".parameter", "out-of-range",
                        "a percentage from 0 to 100; the default is " + request.measure().defaultParameter()));
            } else if (request.measure().parameterKind() == Measure.ParameterKind.KWH_PER_YEAR
                    && (p.signum() < 0 || p.compareTo(MAX_KWH) > 0)) {
                problems.add(new FieldProblem(path + ".parameter", "out-of-range",
                        "kWh per year from 0 to 1e9; the default is 20 % of the kWh bought"));
            }
        }
        return problems;
    }

    /**
     * @throws InvalidInputException when the requests are invalid (see {@link #validate}) or the input does not
     *                               calculate
     */
    public ReductionEstimate estimate(OrganisationYear input, EmissionFactorSet set, List<FactorOverride> overrides,
                                      List<MeasureRequest> requests) {
        List<FieldProblem> problems = validate(requests);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The measures are invalid", problems);
        }
        Footprint before = calculator.calculate(input, set, overrides);
        List<Reduction> reductions = new ArrayList<>(requests.size());
        for (MeasureRequest request : requests) {
            MeasureEffects.Applied applied = MeasureEffects.apply(request.measure(), input, request.parameter());
            Saving saving = applied.applicable()
                    ? Saving.between(before, calculator.calculate(applied.after(), set, overrides)) : Saving.NONE;
            reductions.add(new Reduction(request.measure(), applied.parameter(), request.parameter() == null,
                    applied.applicable(), saving, applied.assumptions()));
        }
        List<MeasureRequest> ordered = requests.stream()
                .sorted(Comparator.comparing(MeasureRequest::measure)).toList();
        OrganisationYear combined = input;
        List<String> notes = new ArrayList<>();
        boolean changed = false;
        for (MeasureRequest request : ordered) {
            MeasureEffects.Applied applied = MeasureEffects.apply(request.measure(), combined, request.parameter());
            combined = applied.after();
            changed |= applied.applicable();
            for (String note : applied.assumptions()) {
                notes.add(request.measure() + ": " + note);
            }
        }
        Saving together = changed ? Saving.between(before, calculator.calculate(combined, set, overrides))
                : Saving.NONE;
        return new ReductionEstimate(before, reductions, new ReductionEstimate.Combined(
                ordered.stream().map(MeasureRequest::measure).toList(), together, notes));
    }
}
