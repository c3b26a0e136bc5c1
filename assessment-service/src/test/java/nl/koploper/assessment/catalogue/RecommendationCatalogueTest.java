package nl.koploper.assessment.catalogue;

import static nl.koploper.assessment.catalogue.TestCatalogues.smallRecommendationsJson;
import static nl.koploper.assessment.catalogue.TestCatalogues.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import nl.koploper.platform.web.FieldProblem;
import org.junit.jupiter.api.Test;

class RecommendationCatalogueTest {

    private final IssueCatalogue issues = TestCatalogues.issues();

    @Test
    void loadsEveryFieldOfAnEntry() {
        RecommendationCatalogue catalogue = TestCatalogues.recommendations();

        assertThat(catalogue.size()).isEqualTo(8);
        Recommendation heat = catalogue.find("R-ENV-002").orElseThrow();
        assertThat(heat.issues()).containsExactly("6.5.4", "6.5.5");
        assertThat(heat.sectors()).containsExactly("24", "25");
        assertThat(heat.organisationTypes()).containsExactly(OrganisationType.COMPANY);
        assertThat(heat.minFte()).isEqualTo(10.0);
        assertThat(heat.maxFte()).isNull();
        assertThat(heat.effort()).isEqualTo(Effort.HIGH);
        assertThat(heat.cost()).isEqualTo(Cost.HIGH);
        assertThat(heat.footprintTheme()).isEqualTo(FootprintTheme.FUELS_AND_HEAT);
        assertThat(heat.footprintMeasure()).isEqualTo(FootprintMeasure.INSULATION);
        assertThat(catalogue.find("R-ENV-001").orElseThrow().organisationTypes()).isEmpty(); // "*" = every type
    }

    @Test
    void anUnknownIssueCodeRefusesTheWholeFile() {
        assertRefused(smallRecommendationsJson().replace("[\"6.4.7\"]", "[\"6.4.8\"]"), "[4].issues[0]",
                "unknown-issue");
    }

    @Test
    void aBadEnumValueIsRefusedWithTheAllowedValues() {
        InvalidCatalogueException refused = refused(smallRecommendationsJson()
                .replaceFirst("\"effort\": \"LOW\"", "\"effort\": \"TINY\"")
                .replace("\"cost\": \"NONE\", \"footprintTheme\": \"WASTE\"",
                        "\"cost\": \"FREE\", \"footprintTheme\": \"WASTE\"")
                .replace("\"INSULATION\"", "\"TRIPLE_GLAZING\""));

        assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::code).contains(
                tuple("[0].effort", "unknown-value"), tuple("[2].cost", "unknown-value"),
                tuple("[1].footprintMeasure", "unknown-value"));
        assertThat(refused.problems().get(0).message()).contains("LOW", "MEDIUM", "HIGH");
    }

    @Test
    void aDuplicateIdIsRefused() {
        assertRefused(smallRecommendationsJson().replace("\"R-GOV-001\"", "\"R-ENV-001\""), "[7].id", "duplicate");
    }

    @Test
    void malformedIdsSectorsTypesAndSizeRangesAreRefused() {
        InvalidCatalogueException refused = refused(smallRecommendationsJson()
                .replace("\"R-LAB-001\"", "\"R-XYZ-1\"")
                .replace("[\"24\", \"25\"]", "[\"24.10\", \"Z\"]")
                .replace("\"organisationTypes\": [\"COMPANY\"], \"minFte\": 0",
                        "\"organisationTypes\": [\"BANK\"], \"minFte\": 0")
                .replace("\"minFte\": 5, \"maxFte\": 250", "\"minFte\": 50, \"maxFte\": 10"));

        assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::code).contains(
                tuple("[4].id", "invalid-id"), tuple("[1].sectors[0]", "unknown-sector"),
                tuple("[1].sectors[1]", "unknown-sector"), tuple("[3].organisationTypes[0]", "unknown-value"),
                tuple("[4].maxFte", "out-of-range"));
    }

    @Test
    void aSmallCatalogueFailsTheCoverageTheShippedOneMustPass() {
        RecommendationCatalogue small = TestCatalogues.recommendations();

        assertThat(small.coverageProblems(issues)).extracting(FieldProblem::code)
                .contains("too-few", "issue-without-recommendation", "measure-unused");
        assertThatThrownBy(() -> small.requireCoverage("small", issues)).isInstanceOf(InvalidCatalogueException.class);
    }

    @Test
    void sectorsMatchBySectionLetterOrDivision() {
        RecommendationCatalogue catalogue = TestCatalogues.recommendations();

        Recommendation steel = catalogue.find("R-ENV-002").orElseThrow();
        assertThat(steel.suitsSector("2410")).isTrue();
        assertThat(steel.suitsSector("24.10")).isTrue();
        assertThat(steel.suitsSector("5610")).isFalse();
        Recommendation wholesale = catalogue.find("R-FOP-001").orElseThrow(); // section G = 45-47
        assertThat(wholesale.suitsSector("4690")).isTrue();
        assertThat(wholesale.suitsSector("4711")).isTrue();
        assertThat(wholesale.suitsSector("2410")).isFalse();
        assertThat(wholesale.suitsSector(null)).isFalse();
        assertThat(catalogue.find("R-ENV-001").orElseThrow().suitsSector(null)).isTrue();
    }

    private void assertRefused(String json, String field, String code) {
        assertThat(refused(json).problems()).extracting(FieldProblem::field, FieldProblem::code)
                .contains(tuple(field, code));
    }

    private InvalidCatalogueException refused(String json) {
        return (InvalidCatalogueException) assertThatThrownBy(() ->
                RecommendationCatalogue.load(stream(json), "test", issues))
                .isInstanceOf(InvalidCatalogueException.class).actual();
    }
}
