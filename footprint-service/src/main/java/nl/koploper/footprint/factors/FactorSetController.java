package nl.koploper.footprint.factors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.List;
import nl.koploper.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    private final EmissionFactorCatalog catalog;

    FactorSetController(EmissionFactorCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    FactorListsView lists() {
        List<FactorListView> lists = catalog.listYears().stream()
                .map(year -> new FactorListView(year, catalog.list(year).stream().map(EmissionFactor::key).toList()))
                .toList();
        return new FactorListsView(catalog.latest().year(), lists);
    }

    @GetMapping("/{year}")
    FactorSetView set(@PathVariable @Min(1990) @Max(2100) int year) {
        return FactorSetView.of(setOrNotFound(catalog, year));
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

    /** One published list: its year and the keys it (re)published. */
    record FactorListView(int listYear, List<String> keys) {
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
