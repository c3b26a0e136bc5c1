package nl.koploper.assessment.profile;

import java.util.List;
import nl.koploper.assessment.catalogue.Cost;
import nl.koploper.assessment.catalogue.Effort;
import nl.koploper.assessment.catalogue.FootprintMeasure;
import nl.koploper.assessment.catalogue.FootprintTheme;
import nl.koploper.assessment.catalogue.Recommendation;
import nl.koploper.assessment.review.Relevance;

/**
 * A recommendation as it stands in a profile: taken from the catalogue (and possibly reworded by the advisor) or
 * written by the advisor for this organisation alone.
 *
 * @param id           the catalogue id ({@code R-ENV-001}) or, for a custom one, {@code C-<n>} unique in the profile
 * @param catalogueId  the catalogue entry it came from, or null for a custom recommendation
 * @param reworded     true when the advisor changed the catalogue's title or description
 * @param relevance    the highest relevance among the answers it addresses (null when added by hand)
 * @param maturityGap  4 minus the lowest maturity among those answers at that relevance (null when added by hand)
 * @param sectorMatch  true when it is meant for the organisation's sector specifically (not for every sector)
 * @param footprintThemeMatch true when its footprint theme is one of the footprint's two largest
 */
public record ProfileRecommendation(String id, String catalogueId, String title, String description,
                                    List<String> issues, Effort effort, Cost cost, FootprintTheme footprintTheme,
                                    FootprintMeasure footprintMeasure, boolean reworded, Relevance relevance,
                                    Integer maturityGap, boolean sectorMatch, boolean footprintThemeMatch) {

    public ProfileRecommendation {
        issues = issues == null ? List.of() : List.copyOf(issues);
    }

    static ProfileRecommendation fromCatalogue(Recommendation r, Relevance relevance, Integer gap,
                                               boolean sectorMatch, boolean themeMatch) {
        return new ProfileRecommendation(r.id(), r.id(), r.title(), r.description(), r.issues(), r.effort(),
                r.cost(), r.footprintTheme(), r.footprintMeasure(), false, relevance, gap, sectorMatch, themeMatch);
    }

    public boolean custom() {
        return catalogueId == null;
    }

    ProfileRecommendation reword(String newTitle, String newDescription) {
        return new ProfileRecommendation(id, catalogueId, newTitle, newDescription, issues, effort, cost,
                footprintTheme, footprintMeasure, catalogueId != null, relevance, maturityGap, sectorMatch,
                footprintThemeMatch);
    }
}
