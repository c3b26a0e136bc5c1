package nl.koploper.footprint.overrides;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import nl.koploper.footprint.calculation.FactorOverride;
import nl.koploper.footprint.calculation.FootprintCalculator;
import nl.koploper.footprint.calculation.OrganisationYear;
import nl.koploper.footprint.consumption.ConsumptionStore;
import nl.koploper.footprint.factors.FactorSets;
import nl.koploper.platform.web.ETags;
import nl.koploper.platform.web.IfMatch;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An organisation's own factor values, each in force from a year onward (until a later override of the same key).
 * Every stored calculation of the organisation applies them; the result keeps both the override and the list value.
 */
@RestController
@RequestMapping("/api/footprints/organisations/{organisationId}/factor-overrides")
class FactorOverrideController {

    private static final String ORGANISATION_ID = ConsumptionStore.ORGANISATION_ID;

    private final FactorOverrideStore store;
    private final ConsumptionStore consumption;
    private final FootprintCalculator calculator;
    private final FactorSets factorSets;

    FactorOverrideController(FactorOverrideStore store, ConsumptionStore consumption, FootprintCalculator calculator,
                             FactorSets factorSets) {
        this.store = store;
        this.consumption = consumption;
        this.calculator = calculator;
        this.factorSets = factorSets;
    }

    @Operation(summary = "Replace the organisation's own emission factor values (coordinator or its advisor)",
            description = """
                    The whole list is replaced. Each value applies from its year onward, until a later override of
                    the same key, in every calculation stored afterwards. The answer's ETag is the list's version, for
                    If-Match.""")
    @ApiResponse(responseCode = "201", description = "The organisation's first overrides stored; ETag is their version")
    @ApiResponse(responseCode = "200", description = "The overrides replaced; ETag is their new version")
    @ApiResponse(responseCode = "400", description = "Every problem by field path (overrides[1].factorKey: not in the "
            + "newest set; a negative value; no source; two of one key starting in the same year); nothing stored")
    @ApiResponse(responseCode = "404", description = "Not an organisation of the gemeente that takes part in a "
            + "cohort, or (advisor) not assigned to the caller")
    @ApiResponse(responseCode = "412", description = "If-Match names another version, or any version while there are "
            + "no overrides yet; also when another write got there at the same moment, even without If-Match")
    @PutMapping
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    ResponseEntity<OverridesView> put(@PathVariable @Pattern(regexp = ORGANISATION_ID) String organisationId,
                                      IfMatch ifMatch,
                                      @Valid @RequestBody @NotNull OverridesBody body) {
        consumption.requireWritable(organisationId);
        List<FactorOverride> overrides = body.overrides().stream().map(OverrideInput::toDomain).toList();
        // The calculator's own checks (key in the newest set, value not negative, a source, one per key and year),
        // run on an empty year so only the overrides can be at fault.
        List<FieldProblem> problems = calculator.validate(new OrganisationYear(2000, null, null, null, null, null,
                null, null, null), factorSets.catalog().latest(), overrides);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The factor overrides are invalid", problems);
        }
        FactorOverrideStore.Saved saved = store.put(organisationId, overrides, ifMatch.expectedVersion());
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .eTag(ETags.of(saved.document().version())).body(OverridesView.of(saved.document()));
    }

    @Operation(summary = "Read the organisation's own emission factor values, with their version as ETag")
    @ApiResponse(responseCode = "200", description = "The overrides; ETag is their version")
    @ApiResponse(responseCode = "404", description = "No overrides stored for the organisation, or not an "
            + "organisation the caller may read")
    @GetMapping
    @PreAuthorize("hasAnyRole('coordinator', 'advisor', 'participant', 'platform-admin')")
    ResponseEntity<OverridesView> get(@PathVariable @Pattern(regexp = ORGANISATION_ID) String organisationId) {
        consumption.requireOrganisationReadable(organisationId);
        OrganisationFactorOverrides overrides = store.find(organisationId)
                .orElseThrow(() -> new NotFoundException("Factor overrides of organisation", organisationId));
        return ResponseEntity.ok().eTag(ETags.of(overrides.version())).body(OverridesView.of(overrides));
    }

    record OverridesBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                         @NotNull @Size(max = 100) List<@NotNull @Valid OverrideInput> overrides) {
    }

    /** One override: the list key, the first year it applies to, the organisation's value and where it comes from. */
    record OverrideInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "A key of the newest "
                                 + "factor set", example = "electricity_grey")
                         @NotNull @Size(max = 100) String factorKey,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2025")
                         @NotNull @Min(1990) @Max(2100) Integer effectiveFromYear,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "kg CO2e per unit of the "
                                 + "key", example = "0.372")
                         @NotNull @Digits(integer = 12, fraction = 10) BigDecimal valueKgCo2e,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                 example = "Stroometiket energieleverancier 2024")
                         @NotNull @Size(min = 1, max = 200) String source) {
        FactorOverride toDomain() {
            return new FactorOverride(factorKey, effectiveFromYear, valueKgCo2e, source);
        }
    }

    record OverridesView(String organisationId, long version, Instant updatedAt, List<FactorOverride> overrides) {
        static OverridesView of(OrganisationFactorOverrides document) {
            return new OverridesView(document.organisationId(), document.version(), document.updatedAt(),
                    document.overrides());
        }
    }
}
