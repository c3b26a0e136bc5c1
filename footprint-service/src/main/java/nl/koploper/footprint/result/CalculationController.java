package nl.koploper.footprint.result;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.koploper.footprint.calculation.Footprint;
import nl.koploper.footprint.calculation.Warning;
import nl.koploper.footprint.calculation.WarningTexts;
import nl.koploper.footprint.consumption.ConsumptionStore;
import nl.koploper.footprint.consumption.OrganisationYearData;
import nl.koploper.platform.web.Created;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.IdempotencyKey;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.ProblemTexts;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Footprints: calculating a new stored version from an organisation's stored data (honouring
 * {@code Idempotency-Key}: a repeat answers with the first result and {@code Idempotent-Replayed: true}), listing and
 * reading the versions, and the "what if" estimate that calculates posted data and stores nothing.
 */
@RestController
class CalculationController {

    private static final String ORGANISATION_ID = ConsumptionStore.ORGANISATION_ID;
    private static final String BASE = "/api/footprints/organisations/{organisationId}/years/{year}/calculations";

    private final CalculationService calculations;
    private final ProblemTexts texts;

    CalculationController(CalculationService calculations, ProblemTexts texts) {
        this.calculations = calculations;
        this.texts = texts;
    }

    /** A participant calculates its own organisation's data: the calculation reads it with the reads' check. */
    @Operation(summary = "Calculate and store a new footprint version from the organisation's stored data of the "
            + "year (coordinator, its advisor or its own participant)",
            description = """
                    With the newest factor set, or `factorSetYear`'s, and the organisation's factor overrides. The
                    version is immutable and its FootprintCalculated event is published with it. With an
                    Idempotency-Key a repeated request (also a concurrent one) calculates nothing and answers with the
                    first one's version, marked `Idempotent-Replayed: true`.""")
    @ApiResponse(responseCode = "201", description = "The new version (or the replayed one); Location is its URL")
    @ApiResponse(responseCode = "400", description = "No factor set for factorSetYear, or a malformed Idempotency-Key")
    @ApiResponse(responseCode = "404", description = "No data for this year, or not an organisation the caller may "
            + "enter data for")
    @ApiResponse(responseCode = "409", description = "rule idempotency-key-reused: the key was used for a calculation "
            + "with another factor set; or (rare) too many concurrent calculations of the year: try again")
    @PostMapping(BASE)
    @PreAuthorize("hasAnyRole('coordinator', 'advisor', 'participant')")
    ResponseEntity<FootprintView> calculate(@PathVariable @Pattern(regexp = ORGANISATION_ID) String organisationId,
                                            @PathVariable @Min(1990) @Max(2100) int year,
                                            @RequestParam(required = false) @Min(1990) @Max(2100) Integer factorSetYear,
                                            @Parameter(description = "Makes a retry safe: 1-200 visible ASCII "
                                                    + "characters, unique per organisation-year")
                                            @RequestHeader(name = IdempotencyKey.HEADER, required = false)
                                            @Pattern(regexp = IdempotencyKey.FORMAT) String idempotencyKey) {
        Created<FootprintResult> calculated = calculations.calculate(organisationId, year, factorSetYear,
                idempotencyKey);
        FootprintResult result = calculated.resource();
        URI location = URI.create("/api/footprints/organisations/" + organisationId + "/years/" + year
                + "/calculations/" + result.number());
        return calculated.response(location).body(FootprintView.of(result).withWarningsIn(texts));
    }

    @Operation(summary = "List the stored footprint versions of an organisation-year, newest first")
    @ApiResponse(responseCode = "200", description = "One page of versions, without their items")
    @ApiResponse(responseCode = "404", description = "No data for this year, or not an organisation the caller may "
            + "read")
    @GetMapping(BASE)
    @PreAuthorize("hasAnyRole('coordinator', 'advisor', 'participant', 'platform-admin')")
    List<VersionSummary> versions(@PathVariable @Pattern(regexp = ORGANISATION_ID) String organisationId,
                                  @PathVariable @Min(1990) @Max(2100) int year,
                                  @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                  @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return calculations.versions(organisationId, year, page, size).stream().map(VersionSummary::of).toList();
    }

    @Operation(summary = "Read one stored footprint version, with every item, its explanation and the factors used")
    @ApiResponse(responseCode = "200", description = "The version")
    @ApiResponse(responseCode = "404", description = "No such version, no data for this year, or not an "
            + "organisation the caller may read")
    @GetMapping(BASE + "/{version}")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor', 'participant', 'platform-admin')")
    FootprintView version(@PathVariable @Pattern(regexp = ORGANISATION_ID) String organisationId,
                          @PathVariable @Min(1990) @Max(2100) int year,
                          @PathVariable @Min(1) int version) {
        return FootprintView.of(calculations.version(organisationId, year, version)).withWarningsIn(texts);
    }

    /**
     * "What if": the footprint of the posted organisation-year (its {@code year} required), with the newest factor
     * set or {@code factorSetYear}'s. Nothing is stored and no event is published. The answer is the totals per scope
     * and theme with the warnings and the items lacking a factor; {@code explain=true} adds every item with its
     * "how was this computed" line and every factor used with its provenance (the stored versions always have them).
     * Rendering forty explained items and their factors was most of the request's cost beyond the calculation, and a
     * what-if (e.g. of a measure) is read for its totals. No Bean Validation here, for the same reason: the body's
     * shape is checked by {@link OrganisationYearData#shapeProblems()}, {@code factorSetYear} by
     * {@code FactorSets} (a 400 outside the years there are sets for).
     */
    @Operation(summary = "Calculate a \"what if\" footprint of the posted data, storing nothing",
            description = """
                    With the newest factor set or `factorSetYear`'s; no event is published. The answer is the totals
                    per scope and theme with the warnings (an EstimateSummary); `explain=true` answers the whole
                    footprint with every item, its explanation and the factors used (a FootprintView).""")
    @ApiResponse(responseCode = "200", description = "The estimate", content = @Content(schema = @Schema(
            oneOf = {EstimateSummary.class, FootprintView.class})))
    @ApiResponse(responseCode = "400", description = "Every problem of the body by field path (the body's year is "
            + "required here), or no factor set for factorSetYear")
    @PostMapping("/api/footprints/estimate")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor', 'participant', 'platform-admin')")
    Object estimate(@RequestParam(required = false) Integer factorSetYear,
                    @RequestParam(defaultValue = "false") boolean explain,
                    @RequestBody OrganisationYearData body) {
        List<FieldProblem> problems = body.shapeProblems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Invalid input", problems);
        }
        if (body.year() == null) {
            throw new InvalidInputException("year", "the year the data is of is required");
        }
        Footprint footprint = calculations.estimate(body.toDomain(body.year()), factorSetYear);
        return explain ? FootprintView.estimate(footprint).withWarningsIn(texts)
                : EstimateSummary.of(footprint, texts);
    }

    /**
     * An estimate without its items: what {@link FootprintView} has besides {@code items} and {@code factorsUsed}.
     *
     * @param itemCount how many items the footprint has ({@code explain=true} lists them)
     */
    record EstimateSummary(int year, int factorSetYear, boolean complete, boolean preliminary,
                           FootprintView.Totals totals, Map<String, BigDecimal> perThemeKg, int itemCount,
                           List<Warning> warnings, List<FieldProblem> factorProblems) {
        static EstimateSummary of(Footprint footprint, ProblemTexts texts) {
            Map<String, BigDecimal> perTheme = new TreeMap<>();
            footprint.perThemeKg().forEach((theme, kg) -> perTheme.put(theme.name(), kg));
            return new EstimateSummary(footprint.year(), footprint.factorSetYear(), footprint.complete(),
                    footprint.preliminary(), FootprintView.Totals.of(footprint), perTheme, footprint.items().size(),
                    WarningTexts.of(footprint.warnings(), texts), footprint.factorProblems());
        }
    }

    /** One version in the list: enough to pick one, without its items. */
    record VersionSummary(int version, int factorSetYear, Instant calculatedAt, long inputVersion, boolean complete,
                          BigDecimal totalMarketBasedKg, BigDecimal totalLocationBasedKg) {
        static VersionSummary of(FootprintResult result) {
            return new VersionSummary(result.number(), result.footprint().factorSetYear(), result.calculatedAt(),
                    result.inputVersion(), result.footprint().complete(), result.footprint().totalMarketBasedKg(),
                    result.footprint().totalLocationBasedKg());
        }
    }
}
