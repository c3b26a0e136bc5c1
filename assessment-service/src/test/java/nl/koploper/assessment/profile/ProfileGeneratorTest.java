package nl.koploper.assessment.profile;

import static nl.koploper.assessment.review.Relevance.NOT_RELEVANT;
import static nl.koploper.assessment.review.Relevance.RELEVANT;
import static nl.koploper.assessment.review.Relevance.VERY_RELEVANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.koploper.assessment.catalogue.CoreSubject;
import nl.koploper.assessment.catalogue.OrganisationType;
import nl.koploper.assessment.catalogue.TestCatalogues;
import nl.koploper.assessment.review.Answer;
import nl.koploper.assessment.review.Perspective;
import nl.koploper.assessment.review.Reviews;
import org.junit.jupiter.api.Test;

class ProfileGeneratorTest {

    private static final OrganisationFacts STEEL = new OrganisationFacts("2410", OrganisationType.COMPANY, 120.0);
    private static final OrganisationFacts RESTAURANT = new OrganisationFacts("5610", OrganisationType.COMPANY, 12.0);
    private static final OrganisationFacts EXPORTER = new OrganisationFacts("4690", OrganisationType.COMPANY, 40.0);

    private final ProfileGenerator generator = new ProfileGenerator(TestCatalogues.issues(),
            TestCatalogues.recommendations());

    @Test
    void theScoreWeighsMaturityByRelevanceAndLeavesOutIssuesThatDoNotMatter() {
        // Environment: 6.5.3 very relevant 4 and 2 (internal / products), 6.5.4 relevant 1 and 1, 6.5.5 and 6.5.6 not
        // relevant. Σ w·m = 2·4 + 2·2 + 1·1 + 1·1 = 14; Σ w·4 = 2·4 + 2·4 + 1·4 + 1·4 = 24; 100·14/24 = 58.3 → 58.
        var review = Reviews.everyIssue(NOT_RELEVANT, null)
                .with("6.5.3", Perspective.INTERNAL, VERY_RELEVANT, 4)
                .with("6.5.3", Perspective.PRODUCTS_AND_SERVICES, VERY_RELEVANT, 2)
                .with("6.5.4", RELEVANT, 1)
                .with("6.5.5", NOT_RELEVANT, 0)
                .build();

        ProfileGenerator.Draft draft = generator.generate(review, STEEL, null);

        SubjectScore environment = draft.scores().stream().filter(s -> s.subject() == CoreSubject.ENVIRONMENT)
                .findFirst().orElseThrow();
        assertThat(environment.score()).isEqualTo(58);
        assertThat(environment.answersCounted()).isEqualTo(4);
        assertThat(draft.scores()).hasSize(7).filteredOn(s -> s.subject() != CoreSubject.ENVIRONMENT)
                .allSatisfy(s -> assertThat(s.score()).isNull());
    }

    @Test
    void scoresRoundHalfUpAndRangeFrom0To100() {
        assertThat(ProfileGenerator.score(List.of(Answer.of(RELEVANT, 0, null)))).isZero();
        assertThat(ProfileGenerator.score(List.of(Answer.of(VERY_RELEVANT, 4, null)))).isEqualTo(100);
        // 1·2 + 1·0 = 2 of 8 → 25; 1·1 + 2·2 = 5 of 12 → 41.67 → 42; 1·1 + 1·2 + 1·2 = 5 of 12 → 42.
        assertThat(ProfileGenerator.score(List.of(Answer.of(RELEVANT, 2, null), Answer.of(RELEVANT, 0, null))))
                .isEqualTo(25);
        assertThat(ProfileGenerator.score(List.of(Answer.of(RELEVANT, 1, null), Answer.of(VERY_RELEVANT, 2, null))))
                .isEqualTo(42);
        assertThat(ProfileGenerator.score(List.of())).isNull();
    }

    @Test
    void strengthsAreHighAndImprovementsLowMaturityOnRelevantIssuesVeryRelevantFirst() {
        var review = Reviews.everyIssue(RELEVANT, 2)
                .with("6.4.4", Perspective.INTERNAL, RELEVANT, 4)
                .with("6.5.5", Perspective.INTERNAL, VERY_RELEVANT, 3)
                .with("6.6.3", Perspective.INTERNAL, NOT_RELEVANT, 4)
                .with("6.3.5", Perspective.PRODUCTS_AND_SERVICES, RELEVANT, 0)
                .with("6.7.4", Perspective.INTERNAL, VERY_RELEVANT, 1)
                .with("6.8.3", Perspective.INTERNAL, NOT_RELEVANT, 0)
                .build();

        ProfileGenerator.Draft draft = generator.generate(review, STEEL, null);

        assertThat(draft.strengths()).extracting(Finding::issueCode).containsExactly("6.5.5", "6.4.4");
        assertThat(draft.improvements()).extracting(Finding::issueCode, Finding::perspective).containsExactly(
                org.assertj.core.groups.Tuple.tuple("6.7.4", Perspective.INTERNAL),
                org.assertj.core.groups.Tuple.tuple("6.3.5", Perspective.PRODUCTS_AND_SERVICES));
        assertThat(draft.improvements().get(0).notes()).isEqualTo("notitie 6.7.4");
    }

    @Test
    void fromTheSameAnswersSteelRestaurantAndExporterGetTheirSectorsRecommendations() {
        var review = Reviews.everyIssue(VERY_RELEVANT, 1).build();

        List<String> steel = ids(generator.generate(review, STEEL, null));
        List<String> restaurant = ids(generator.generate(review, RESTAURANT, null));
        List<String> exporter = ids(generator.generate(review, EXPORTER, null));

        assertThat(steel).contains("R-ENV-002").doesNotContain("R-ENV-003", "R-FOP-001");
        assertThat(restaurant).contains("R-ENV-003").doesNotContain("R-ENV-002", "R-FOP-001");
        assertThat(exporter).contains("R-FOP-001").doesNotContain("R-ENV-002", "R-ENV-003");
        // Tailored advice first when the need is the same: the sector's own recommendation leads.
        assertThat(steel.get(0)).isEqualTo("R-ENV-002");
        assertThat(restaurant.get(0)).isEqualTo("R-ENV-003");
        assertThat(exporter.get(0)).isEqualTo("R-FOP-001");
    }

    @Test
    void organisationTypeAndSizeFilter() {
        var review = Reviews.everyIssue(VERY_RELEVANT, 1).build();

        // R-ENV-002 needs a company of at least 10 FTE; R-LAB-001 suits 5-250 FTE.
        assertThat(ids(generator.generate(review, new OrganisationFacts("2410", OrganisationType.COMPANY, 8.0), null)))
                .doesNotContain("R-ENV-002");
        assertThat(ids(generator.generate(review,
                new OrganisationFacts("2410", OrganisationType.MUNICIPALITY, 120.0), null))).doesNotContain("R-ENV-002");
        assertThat(ids(generator.generate(review, new OrganisationFacts("2410", OrganisationType.COMPANY, 300.0),
                null))).doesNotContain("R-LAB-001").contains("R-ENV-002");
        // Unknown size and sector: only what suits every sector, not filtered by size.
        assertThat(ids(generator.generate(review, new OrganisationFacts(null, OrganisationType.OTHER, null), null)))
                .contains("R-LAB-001").doesNotContain("R-ENV-002", "R-ENV-003", "R-FOP-001");
    }

    @Test
    void veryRelevantBeforeRelevantThenTheLargerGapThenTheFootprintsLargestThemes() {
        var review = Reviews.everyIssue(NOT_RELEVANT, null)
                .with("6.2", RELEVANT, 0)            // R-GOV-001: relevant, gap 4
                .with("6.4.7", VERY_RELEVANT, 3)     // R-LAB-001: very relevant, gap 1
                .with("6.5.5", RELEVANT, 2)          // R-ENV-001/004/005: relevant, gap 2
                .build();
        OrganisationFacts office = new OrganisationFacts("6201", OrganisationType.COMPANY, 20.0);

        assertThat(ids(generator.generate(review, office, null)))
                .containsExactly("R-LAB-001", "R-GOV-001", "R-ENV-001", "R-ENV-004", "R-ENV-005");

        // Business transport the largest theme: R-ENV-005 gets the bonus (one maturity step) and passes R-GOV-001's
        // gap of 4 only in a tie; here 10·2 + 10 = 30 < 40, so it leads the relevant gap-2 ones only.
        FootprintBasis footprint = FootprintBasis.of(2026, "p:2026:1", new BigDecimal("30000"), Map.of(
                "BUSINESS_TRANSPORT", new BigDecimal("18000"), "FUELS_AND_HEAT", new BigDecimal("9000"),
                "ELECTRICITY", new BigDecimal("3000")));
        assertThat(footprint.largestThemes()).containsExactly("BUSINESS_TRANSPORT", "FUELS_AND_HEAT");
        ProfileGenerator.Draft draft = generator.generate(review, office, footprint);
        assertThat(ids(draft)).containsExactly("R-LAB-001", "R-GOV-001", "R-ENV-005", "R-ENV-001", "R-ENV-004");
        assertThat(draft.recommendations().get(2).footprintThemeMatch()).isTrue();
        assertThat(draft.recommendations().get(2).maturityGap()).isEqualTo(2);
        assertThat(draft.recommendations().get(0).relevance()).isEqualTo(VERY_RELEVANT);
    }

    @Test
    void nothingIsRecommendedForIssuesAlreadyAtTheTop() {
        var review = Reviews.everyIssue(VERY_RELEVANT, 4).build();

        assertThat(generator.generate(review, STEEL, null).recommendations()).isEmpty();
    }

    @Test
    void atMostTenAreRecommended() {
        // The small catalogue has 8; generate from a catalogue of 12 generic ones.
        StringBuilder json = new StringBuilder("[");
        for (int n = 1; n <= 12; n++) {
            json.append(n > 1 ? "," : "").append("""
                    {"id":"R-GOV-%03d","title":"Aanbeveling %d","description":"Doe iets.","issues":["6.2"],
                     "sectors":["*"],"organisationTypes":["*"],"minFte":0,"maxFte":null,"effort":"%s","cost":"NONE",
                     "footprintTheme":null,"footprintMeasure":null}""".formatted(n, n, n % 3 == 0 ? "LOW" : "HIGH"));
        }
        var issues = TestCatalogues.issues();
        var twelve = nl.koploper.assessment.catalogue.RecommendationCatalogue.load(
                TestCatalogues.stream(json + "]"), "twelve", issues);

        var draft = new ProfileGenerator(issues, twelve).generate(Reviews.everyIssue(RELEVANT, 0).build(), STEEL, null);

        // Ties broken by effort (LOW first), then id.
        assertThat(ids(draft)).hasSize(10).startsWith("R-GOV-003", "R-GOV-006", "R-GOV-009", "R-GOV-012",
                "R-GOV-001", "R-GOV-002");
    }

    private static List<String> ids(ProfileGenerator.Draft draft) {
        return draft.recommendations().stream().map(ProfileRecommendation::id).toList();
    }
}
