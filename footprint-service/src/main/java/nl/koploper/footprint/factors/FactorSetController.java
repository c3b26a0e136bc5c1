package nl.koploper.footprint.factors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import nl.koploper.platform.security.CurrentUser;
import nl.koploper.platform.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The emission factor sets, shared by every gemeente and readable by anyone logged in: which list years exist and
 * which keys each published, and the composed set in force for a year with every factor and its source.
 */
@RestController
@RequestMapping("/api/emission-factors")
@PreAuthorize("isAuthenticated()")
class FactorSetController {

    private final FactorSets factorSets;

    FactorSetController(FactorSets factorSets) {
        this.factorSets = factorSets;
    }

    @Operation(summary = "List the emission factor lists by year and the keys each one published (anyone logged in)")
    @GetMapping
    FactorListsView lists() {
        EmissionFactorCatalog catalog = factorSets.catalog();
        List<Integer> published = factorSets.publishedYears();
        List<FactorListView> lists = catalog.listYears().stream()
                .map(year -> new FactorListView(year, catalog.list(year).stream().map(EmissionFactor::key).toList(),
                        published.contains(year)))
                .toList();
        return new FactorListsView(catalog.latest().year(), lists);
    }

    @Operation(summary = "Read the emission factor set in force for a year, every factor with its source "
            + "(anyone logged in)")
    @ApiResponse(responseCode = "200", description = "The set, composed from the lists up to this year")
    @ApiResponse(responseCode = "404", description = "No set for this year: before the first list year or after the "
            + "newest one")
    @GetMapping("/{year}")
    FactorSetView set(@PathVariable @Min(1990) @Max(2100) int year) {
        return FactorSetView.of(setOrNotFound(factorSets.catalog(), year));
    }

    /**
     * Publishes a new year's list (201), or replaces the newest published list while no stored result has used its
     * set (200; afterwards 409 {@code factor-set-used}). Platform team only. Validated against the set before it:
     * known units, non-negative values, a source per factor, every earlier key present or listed in {@code retired};
     * a 400 lists every problem by field path and stores nothing.
     */
    @Operation(summary = "Publish a new year's emission factor list, or replace the newest one (platform-admin)",
            description = """
                    A year without a list is published (201). The newest published list may be replaced (200) only
                    while no stored footprint has used its set; the lists that ship with the service never. The list
                    is checked against the set before it: known units, non-negative values, a source per factor, and
                    every earlier key present or named in `retired`. Nothing is stored when anything is wrong.""")
    @ApiResponse(responseCode = "201", description = "Published; Location is the new set, the body its composed set")
    @ApiResponse(responseCode = "200", description = "The newest list replaced; the body is its composed set")
    @ApiResponse(responseCode = "400", description = "The list is invalid: every problem by field path "
            + "(factors[3].unit, retired); nothing was stored")
    @ApiResponse(responseCode = "403", description = "Only a platform-admin publishes factor lists")
    @ApiResponse(responseCode = "409", description = "rule factor-list-shipped: the year's list ships with the "
            + "service; factor-list-not-newest: later lists build on it; factor-set-used: a stored footprint used "
            + "its set; factor-list-changed: published or replaced at the same moment elsewhere")
    @PostMapping
    @PreAuthorize("hasRole('platform-admin')")
    ResponseEntity<FactorSetView> publish(@Valid @RequestBody NewFactorList body) {
        boolean created = factorSets.publish(body.year(), body.factors(), body.retired(),
                CurrentUser.require().subject());
        FactorSetView view = FactorSetView.of(factorSets.catalog().setFor(body.year()));
        return created ? ResponseEntity.created(URI.create("/api/emission-factors/" + body.year())).body(view)
                : ResponseEntity.ok(view);
    }

    /**
     * A new year's list as a platform-admin sends it.
     *
     * @param retired keys of the previous set that this list deliberately drops
     */
    record NewFactorList(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2027")
                         @NotNull @Min(1990) @Max(2100) Integer year,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                         @NotNull @Size(max = 1000) List<@NotNull ProposedFactor> factors,
                         @Schema(description = "Keys of the set before this list that it deliberately drops")
                         @Size(max = 1000) List<@NotNull @Size(max = 100) String> retired) {
    }

    /**
     * The composed set for {@code year}; only from the first list year up to the newest one: a set for a year
     * after the newest list would merely repeat it under a year no list was published for.
     */
    static EmissionFactorSet setOrNotFound(EmissionFactorCatalog catalog, int year) {
        if (year < catalog.listYears().first() || year > catalog.listYears().last()) {
            throw new NotFoundException("Emission factor set", String.valueOf(year));
        }
        return catalog.setFor(year);
    }

    /** @param latest the year of the set a new calculation uses unless told otherwise */
    record FactorListsView(int latest, List<FactorListView> lists) {
    }

    /**
     * One list: its year, the keys it (re)published, and whether a platform-admin published it through the API
     * (false: it ships with the service).
     */
    record FactorListView(int listYear, List<String> keys, boolean published) {
    }

    record FactorSetView(int year, List<FactorView> factors) {
        static FactorSetView of(EmissionFactorSet set) {
            return new FactorSetView(set.year(), set.factors().stream().map(FactorView::of).toList());
        }
    }

    record FactorView(String key, String nameNl, String unit, int scope, String theme, BigDecimal valueKgCo2e,
                      String basis, BigDecimal wttKgCo2e, String source, int listYear) {
        static FactorView of(EmissionFactor factor) {
            return new FactorView(factor.key(), factor.nameNl(), factor.unit().code(), factor.scope(), factor.theme(),
                    factor.valueKgCo2e(), factor.basis(), factor.wttKgCo2e(), factor.source(), factor.listYear());
        }
    }
}
