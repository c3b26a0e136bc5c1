package nl.koploper.footprint.reduction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.footprint.calculation.Footprint;
import nl.koploper.footprint.consumption.ConsumptionStore;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What measures would save an organisation per year, from its own stored data of the year: the body is a list of
 * {@code {"measure": CODE, "parameter": number?}}; the answer has each measure's saving alone and all of them
 * together (applied in {@link Measure}'s order). Stores nothing.
 */
@RestController
class ReductionController {

    /** At most this many measures per request: there are 13, each at most once. */
    private static final int MAX_MEASURES = 13;

    private final ReductionService reductions;

    ReductionController(ReductionService reductions) {
        this.reductions = reductions;
    }

    @Operation(summary = "Estimate what reduction measures would save the organisation per year, from its stored data "
            + "of the year",
            description = """
                    Each measure's saving alone and all of them together (applied in a fixed order: demand, travel,
                    electrification, waste and water, supply), with the factor set of the year's latest stored
                    footprint (the newest set when it was never calculated) and the organisation's overrides. Stores
                    nothing.""")
    @ApiResponse(responseCode = "200", description = "The savings, per measure and combined")
    @ApiResponse(responseCode = "400", description = "Every problem by path ([2].measure: unknown or named twice; "
            + "[0].parameter: out of range); at least 1 and at most 13 measures")
    @ApiResponse(responseCode = "404", description = "No data for this year, or not an organisation the caller may "
            + "read")
    @PostMapping("/api/footprints/organisations/{organisationId}/years/{year}/reduction-estimates")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor', 'participant', 'platform-admin')")
    ReductionEstimateView estimate(@PathVariable @Pattern(regexp = ConsumptionStore.ORGANISATION_ID) String organisationId,
                                   @PathVariable @Min(1990) @Max(2100) int year,
                                   @RequestBody List<MeasureInput> body) {
        List<MeasureRequest> requests = parse(body);
        ReductionService.Estimated estimated = reductions.estimate(organisationId, year, requests);
        return ReductionEstimateView.of(organisationId, year, estimated);
    }

    /** Codes and numbers checked here, so every problem comes back at once with its path ({@code [2].measure}). */
    static List<MeasureRequest> parse(List<MeasureInput> body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null || body.isEmpty()) {
            throw new InvalidInputException("measures", "name at least one measure");
        }
        if (body.size() > MAX_MEASURES) {
            throw new InvalidInputException("measures", "at most " + MAX_MEASURES + " measures, each once");
        }
        List<MeasureRequest> requests = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            MeasureInput input = body.get(i);
            String path = "[" + i + "]";
            if (input == null || input.measure() == null) {
                problems.add(new FieldProblem(path + ".measure", "required", "one of " + Measure.codes()));
                continue;
            }
            Measure measure = Measure.fromCode(input.measure()).orElse(null);
            if (measure == null) {
                problems.add(new FieldProblem(path + ".measure", "unknown", "'" + input.measure()
                        + "' is not a measure; one of " + Measure.codes()));
                continue;
            }
            BigDecimal parameter = input.parameter();
            if (parameter != null && (parameter.scale() > 10 || parameter.precision() - parameter.scale() > 12)) {
                problems.add(new FieldProblem(path + ".parameter", "digits",
                        "at most 12 digits before and 10 after the point"));
                continue;
            }
            requests.add(new MeasureRequest(measure, parameter));
        }
        if (problems.isEmpty()) {
            problems.addAll(ReductionEstimator.validate(requests));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The measures are invalid", problems);
        }
        return requests;
    }

    /** One requested measure; {@code parameter} left out for the default (measures.md). */
    record MeasureInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "INSULATION", allowableValues = {
                                "INSULATION", "HEATING_CONTROL", "ELECTRICITY_SAVING",
                                "BUSINESS_TRAVEL_TO_PUBLIC_TRANSPORT", "FLIGHTS_TO_TRAIN", "COMMUTING_BY_BIKE",
                                "HEAT_PUMP", "ELECTRIC_FLEET", "FUEL_EFFICIENT_DRIVING", "WASTE_REDUCTION",
                                "WATER_SAVING", "SOLAR_PANELS", "GREEN_ELECTRICITY"})
                        String measure,
                        @Schema(description = "A percentage 0-100, for SOLAR_PANELS kWh per year; left out for the "
                                + "measure's default", example = "30")
                        BigDecimal parameter) {
    }

    /**
     * @param footprintVersion the stored version whose factor set was used; null when the year was never
     *                         calculated (then the newest set)
     * @param before           the footprint of the data as it is, with that set and the organisation's overrides
     */
    record ReductionEstimateView(String organisationId, int year, long dataVersion, int factorSetYear,
                                 Integer footprintVersion, Totals before, List<MeasureView> measures,
                                 CombinedView combined) {
        static ReductionEstimateView of(String organisationId, int year, ReductionService.Estimated estimated) {
            ReductionEstimate estimate = estimated.estimate();
            return new ReductionEstimateView(organisationId, year, estimated.dataVersion(),
                    estimate.before().factorSetYear(), estimated.footprintVersion(), Totals.of(estimate.before()),
                    estimate.measures().stream().map(MeasureView::of).toList(),
                    new CombinedView(estimate.combined().order(), estimate.combined().saving().totalMarketBasedKg(),
                            estimate.combined().saving(), estimate.combined().assumptions()));
        }
    }

    record Totals(BigDecimal scope1Kg, BigDecimal scope2MarketBasedKg, BigDecimal scope2LocationBasedKg,
                  BigDecimal scope3Kg, BigDecimal totalMarketBasedKg, BigDecimal totalLocationBasedKg,
                  boolean complete) {
        static Totals of(Footprint footprint) {
            return new Totals(footprint.scope1Kg(), footprint.scope2MarketBasedKg(), footprint.scope2LocationBasedKg(),
                    footprint.scope3Kg(), footprint.totalMarketBasedKg(), footprint.totalLocationBasedKg(),
                    footprint.complete());
        }
    }

    /**
     * @param savedKg the market-based total saved per year (the figure an action plan shows); the same as
     *                {@code saving.totalMarketBasedKg}
     */
    record MeasureView(Measure measure, BigDecimal parameter, String parameterUnit, boolean defaultParameter,
                       boolean applicable, BigDecimal savedKg, Saving saving, List<String> assumptions) {
        static MeasureView of(Reduction reduction) {
            return new MeasureView(reduction.measure(), reduction.parameter(),
                    reduction.measure().parameterKind() == Measure.ParameterKind.PERCENT ? "%" : "kWh per year",
                    reduction.defaultParameter(), reduction.applicable(), reduction.saving().totalMarketBasedKg(),
                    reduction.saving(), reduction.assumptions());
        }
    }

    /** @param order the order the measures were applied in */
    record CombinedView(List<Measure> order, BigDecimal savedKg, Saving saving, List<String> assumptions) {
    }
}
