package nl.koploper.assessment.catalogue;

import java.util.List;

/**
 * A recommendation of the catalogue: what to do (Dutch title and description), which ISO 26000 issues it addresses,
 * for which organisations it suits (sectors, organisation types, size in FTE), its effort and cost indication and, for
 * environmental measures, the footprint theme it acts on and the footprint-service measure that estimates its saving.
 *
 * @param sectors           {@code *} for all, or SBI section letters and 2-digit divisions
 * @param organisationTypes empty for all types
 * @param maxFte            null for no upper bound
 * @param footprintTheme    null when it does not act on the footprint
 * @param footprintMeasure  null when footprint-service has no estimate for it
 */
public record Recommendation(String id, String title, String description, List<String> issues, List<String> sectors,
                             List<OrganisationType> organisationTypes, double minFte, Double maxFte, Effort effort,
                             Cost cost, FootprintTheme footprintTheme, FootprintMeasure footprintMeasure) {

    public Recommendation {
        issues = List.copyOf(issues);
        sectors = List.copyOf(sectors);
        organisationTypes = List.copyOf(organisationTypes);
    }

    /** True when it suits every sector ({@code *}); false when it is meant for some sectors only. */
    public boolean forAllSectors() {
        return sectors.contains("*");
    }

    public boolean suitsSector(String sbiCode) {
        return sectors.stream().anyMatch(entry -> CatalogueSectors.covers(entry, sbiCode));
    }

    public boolean suitsType(OrganisationType type) {
        return organisationTypes.isEmpty() || organisationTypes.contains(type);
    }

    /** An organisation of unknown size (registered without it) is not filtered by size. */
    public boolean suitsSize(Double fte) {
        return fte == null || (fte >= minFte && (maxFte == null || fte <= maxFte));
    }
}
