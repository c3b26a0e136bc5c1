package nl.koploper.footprint.overrides;

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
import org.springframework.web.bind.annotation.RequestHeader;
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

    @PutMapping
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    ResponseEntity<OverridesView> put(@PathVariable @Pattern(regexp = ORGANISATION_ID) String organisationId,
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch,
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
        FactorOverrideStore.Saved saved = store.put(organisationId, overrides, ETags.expectedVersion(ifMatch));
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .eTag(ETags.of(saved.document().version())).body(OverridesView.of(saved.document()));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('coordinator', 'advisor', 'participant', 'platform-admin')")
    ResponseEntity<OverridesView> get(@PathVariable @Pattern(regexp = ORGANISATION_ID) String organisationId) {
        consumption.requireOrganisationReadable(organisationId);
        OrganisationFactorOverrides overrides = store.find(organisationId)
                .orElseThrow(() -> new NotFoundException("Factor overrides of organisation", organisationId));
        return ResponseEntity.ok().eTag(ETags.of(overrides.version())).body(OverridesView.of(overrides));
    }

    record OverridesBody(@NotNull @Size(max = 100) List<@NotNull @Valid OverrideInput> overrides) {
    }

    /** One override: the list key, the first year it applies to, the organisation's value and where it comes from. */
    record OverrideInput(@NotNull @Size(max = 100) String factorKey,
                         @NotNull @Min(1990) @Max(2100) Integer effectiveFromYear,
                         @NotNull @Digits(integer = 12, fraction = 10) BigDecimal valueKgCo2e,
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
