package nl.koploper.assessment.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import nl.koploper.assessment.profile.OrganisationFacts;
import nl.koploper.assessment.profile.ProfileGenerator;
import nl.koploper.assessment.profile.ProfileRecommendation;
import nl.koploper.assessment.review.Relevance;
import nl.koploper.assessment.review.Reviews;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The catalogue files the service ships load as the service loads them, and pass the coverage rules. */
class ShippedCatalogueTest {

    @Test
    void theShippedFilesLoadWithEveryIssueAndMeasureCovered() throws IOException {
        IssueCatalogue issues = issues();
        RecommendationCatalogue recommendations = recommendations(issues);

        assertThat(issues.size()).isEqualTo(37);
        assertThat(recommendations.size()).isGreaterThanOrEqualTo(80);
        assertThat(recommendations.coverageProblems(issues)).isEmpty();
        assertThat(recommendations.recommendations().stream()
                .filter(r -> r.issues().stream().anyMatch(code -> code.startsWith("6.5."))).count())
                .isGreaterThanOrEqualTo(30);
    }

    @Test
    void fromTheSameAnswersTheShippedCatalogueTailorsToSteelHorecaAndWholesale() throws IOException {
        IssueCatalogue issues = issues();
        ProfileGenerator generator = new ProfileGenerator(issues, recommendations(issues));
        var review = Reviews.everyIssue(Relevance.VERY_RELEVANT, 1).build();

        List<String> steel = ids(generator.generate(review, new OrganisationFacts("2410", OrganisationType.COMPANY,
                120.0), null));
        List<String> restaurant = ids(generator.generate(review, new OrganisationFacts("5610",
                OrganisationType.COMPANY, 12.0), null));
        List<String> exporter = ids(generator.generate(review, new OrganisationFacts("4690",
                OrganisationType.COMPANY, 40.0), null));

        assertThat(steel).contains("R-ENV-005", "R-ENV-008").doesNotContain("R-ENV-024", "R-HRI-001");
        assertThat(restaurant).contains("R-ENV-024", "R-CON-003").doesNotContain("R-ENV-008", "R-HRI-001");
        assertThat(exporter).contains("R-ENV-041", "R-HRI-001").doesNotContain("R-ENV-008", "R-ENV-024");
    }

    private static List<String> ids(ProfileGenerator.Draft draft) {
        return draft.recommendations().stream().map(ProfileRecommendation::id).toList();
    }

    private static IssueCatalogue issues() throws IOException {
        try (InputStream json = new ClassPathResource("catalogue/iso26000-issues.json").getInputStream()) {
            return IssueCatalogue.load(json, "iso26000-issues.json");
        }
    }

    private static RecommendationCatalogue recommendations(IssueCatalogue issues) throws IOException {
        try (InputStream json = new ClassPathResource("catalogue/recommendations.json").getInputStream()) {
            return RecommendationCatalogue.load(json, "recommendations.json", issues)
                    .requireCoverage("recommendations.json", issues);
        }
    }
}
