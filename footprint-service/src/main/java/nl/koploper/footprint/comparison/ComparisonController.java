package nl.koploper.footprint.comparison;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.koploper.footprint.calculation.Footprint;
import nl.koploper.footprint.consumption.ConsumptionStore;
import nl.koploper.footprint.result.StoredFootprint;
import nl.koploper.footprint.result.StoredFootprints;
import nl.koploper.platform.security.CurrentUser;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.ETags;
import nl.koploper.platform.web.IfMatch;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.PreconditionFailedException;
import nl.koploper.platform.web.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An organisation's baseline year, and the year-over-year comparison of its latest stored footprints: a year against
 * the baseline and against the year before, per scope and per theme, absolute and in %.
 */
@RestController
class ComparisonController {

    private static final String ORGANISATION = "/api/footprints/organisations/{organisationId}";
    private static final String ORGANISATION_ID = ConsumptionStore.ORGANISATION_ID;

    private final BaselineStore baselines;
    private final ConsumptionStore consumption;
    private final StoredFootprints footprints;
    private final Clock clock;

    ComparisonController(BaselineStore baselines, ConsumptionStore consumption, StoredFootprints footprints,
                         Clock clock) {
        this.baselines = baselines;
        this.consumption = consumption;
        this.footprints = footprints;
        this.clock = clock;
    }

    /**
     * Sets the baseline year (201 the first time, then 200); the organisation must have data for that year (409
     * {@code baseline-year-without-data} otherwise). {@code If-Match} as for consumption data.
     */
    @Operation(summary = "Set the organisation's baseline year, the year later years are compared with (coordinator "
            + "or its advisor)", description = "The answer's ETag is the baseline's version, for If-Match.")
    @ApiResponse(responseCode = "201", description = "The first baseline year set; ETag is its version")
    @ApiResponse(responseCode = "200", description = "The baseline year changed; ETag is its new version")
    @ApiResponse(responseCode = "404", description = "Not an organisation of the gemeente that takes part in a "
            + "cohort, or (advisor) not assigned to the caller")
    @ApiResponse(responseCode = "409", description = "rule baseline-year-without-data: the organisation has no "
            + "consumption data for that year; enter it first")
    @ApiResponse(responseCode = "412", description = "If-Match names another version, or any version while no "
            + "baseline is set; also when another write got there at the same moment, even without If-Match")
    @PutMapping(ORGANISATION + "/baseline")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    ResponseEntity<BaselineView> setBaseline(@PathVariable @Pattern(regexp = ORGANISATION_ID) String organisationId,
                                             IfMatch ifMatch,
                                             @Valid @RequestBody @NotNull BaselineBody body) {
        consumption.requireWritable(organisationId);
        Long expected = ifMatch.expectedVersion();
        if (!consumption.exists(organisationId, body.baselineYear())) {
            throw new RuleViolationException("baseline-year-without-data", "Organisation " + organisationId
                    + " has no consumption data for " + body.baselineYear() + "; enter that year's data first");
        }
        OrganisationBaseline baseline = baselines.find(organisationId).orElse(null);
        boolean created = baseline == null;
        if (created) {
            if (expected != null) {
                throw new PreconditionFailedException("There is no baseline yet, so If-Match cannot match");
            }
            baseline = new OrganisationBaseline(TenantContext.require().value(), organisationId);
        } else if (expected != null && !expected.equals(baseline.version())) {
            throw stale();
        }
        baseline.set(body.baselineYear(), clock.instant().truncatedTo(ChronoUnit.MILLIS),
                CurrentUser.require().subject());
        try {
            baseline = created ? baselines.insert(baseline) : baselines.save(baseline);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw stale();
        }
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .eTag(ETags.of(baseline.version())).body(BaselineView.of(baseline));
    }

    @Operation(summary = "Read the organisation's baseline year, with its version as ETag")
    @ApiResponse(responseCode = "200", description = "The baseline year; ETag is its version")
    @ApiResponse(responseCode = "404", description = "No baseline year set, or not an organisation the caller may "
            + "read")
    @GetMapping(ORGANISATION + "/baseline")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor', 'participant', 'platform-admin')")
    ResponseEntity<BaselineView> baseline(@PathVariable @Pattern(regexp = ORGANISATION_ID) String organisationId) {
        consumption.requireOrganisationReadable(organisationId);
        OrganisationBaseline baseline = baselines.find(organisationId)
                .orElseThrow(() -> new NotFoundException("Baseline year of organisation", organisationId));
        return ResponseEntity.ok().eTag(ETags.of(baseline.version())).body(BaselineView.of(baseline));
    }

    /**
     * {@code year}'s latest footprint against the baseline's ({@code against}, or the stored baseline year) and
     * against the year before's; either side is left out, with a note, when it has no stored footprint.
     */
    @Operation(summary = "Compare a year's latest footprint with the baseline year's and the year before's, per "
            + "scope and theme",
            description = "A side without a calculated footprint is left out, and the notes say why.")
    @ApiResponse(responseCode = "200", description = "The comparison")
    @ApiResponse(responseCode = "404", description = "No data or no calculated footprint for this year, or not an "
            + "organisation the caller may read")
    @GetMapping(ORGANISATION + "/years/{year}/comparison")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor', 'participant', 'platform-admin')")
    ComparisonView compare(@PathVariable @Pattern(regexp = ORGANISATION_ID) String organisationId,
                           @PathVariable @Min(1990) @Max(2100) int year,
                           @Parameter(description = "Compare with this year instead of the stored baseline year")
                           @RequestParam(required = false) @Min(1990) @Max(2100) Integer against) {
        consumption.readable(organisationId, year);
        StoredFootprint current = footprints.latest(organisationId, year).orElseThrow(() -> new NotFoundException(
                "Calculated footprint of organisation " + organisationId + " for", String.valueOf(year)));
        List<String> notes = new ArrayList<>();
        Integer baselineYear = against != null ? against
                : baselines.find(organisationId).map(OrganisationBaseline::baselineYear).orElse(null);
        StoredFootprint baseline = null;
        if (baselineYear == null) {
            notes.add("no baseline year set for the organisation");
        } else {
            baseline = footprints.latest(organisationId, baselineYear).orElse(null);
            if (baseline == null) {
                notes.add("the baseline year " + baselineYear + " has no calculated footprint");
            }
        }
        StoredFootprint previous = footprints.latest(organisationId, year - 1).orElse(null);
        if (previous == null) {
            notes.add("the year " + (year - 1) + " has no calculated footprint");
        }
        for (StoredFootprint used : new StoredFootprint[] {current, baseline, previous}) {
            if (used != null && used.footprint().preliminary()) {
                notes.add("the footprint of " + used.year() + " used preliminary values");
            }
        }
        return new ComparisonView(organisationId, baselineYear, YearFigures.of(current), YearFigures.of(baseline),
                YearFigures.of(previous), change(baseline, current), change(previous, current), notes);
    }

    private static YearComparison.Change change(StoredFootprint from, StoredFootprint to) {
        return from == null ? null : YearComparison.between(from.footprint(), to.footprint());
    }

    private static PreconditionFailedException stale() {
        return new PreconditionFailedException("The baseline changed meanwhile; reload it and apply your change again");
    }

    record BaselineBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2023")
                        @NotNull @Min(1990) @Max(2100) Integer baselineYear) {
    }

    record BaselineView(String organisationId, int baselineYear, long version, Instant updatedAt) {
        static BaselineView of(OrganisationBaseline baseline) {
            return new BaselineView(baseline.organisationId(), baseline.baselineYear(), baseline.version(),
                    baseline.updatedAt());
        }
    }

    /**
     * @param baselineYear null when none is set and none was asked for
     * @param baseline     null when there is no baseline year or it has no footprint (the notes say which)
     */
    record ComparisonView(String organisationId, Integer baselineYear, YearFigures year, YearFigures baseline,
                          YearFigures previousYear, YearComparison.Change againstBaseline,
                          YearComparison.Change againstPreviousYear, List<String> notes) {
    }

    /** One year's latest footprint: totals per scope and theme (market-based), and whether it used preliminary values. */
    record YearFigures(int year, int footprintVersion, int factorSetYear, boolean preliminary, boolean complete,
                       BigDecimal scope1Kg, BigDecimal scope2MarketBasedKg, BigDecimal scope2LocationBasedKg,
                       BigDecimal scope3Kg, BigDecimal totalMarketBasedKg, BigDecimal totalLocationBasedKg,
                       Map<String, BigDecimal> perThemeKg) {
        static YearFigures of(StoredFootprint stored) {
            if (stored == null) {
                return null;
            }
            Footprint f = stored.footprint();
            Map<String, BigDecimal> perTheme = new TreeMap<>();
            f.perThemeKg().forEach((theme, kg) -> perTheme.put(theme.name(), kg));
            return new YearFigures(stored.year(), stored.version(), f.factorSetYear(), f.preliminary(), f.complete(),
                    f.scope1Kg(), f.scope2MarketBasedKg(), f.scope2LocationBasedKg(), f.scope3Kg(),
                    f.totalMarketBasedKg(), f.totalLocationBasedKg(), perTheme);
        }
    }
}
