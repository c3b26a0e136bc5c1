package nl.koploper.assessment.catalogue;

import static nl.koploper.assessment.AssessmentApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.koploper.assessment.AssessmentApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The shipped catalogues, read-only over the API for every logged-in role; they are the same for every gemeente.
 */
@KoploperIntegrationTest
class CatalogueApiIT extends ServiceIntegrationTest {

    @Test
    void theIssuesComeBySevenCoreSubjectsAndTheRecommendationsFilterByIssueAndSector() throws Exception {
        AssessmentApi api = new AssessmentApi(http, bootstrapServers);
        String gemeente = gemeenten.newGemeente("catalogue");
        String participant = AssessmentApi.participant(gemeente, "wie@example.nl");

        String issues = api.json("/api/assessments/catalogue/issues", participant);
        assertThat((List<String>) AssessmentApi.at(issues, "$[*].code")).containsExactly("ORGANISATIONAL_GOVERNANCE",
                "HUMAN_RIGHTS", "LABOUR_PRACTICES", "ENVIRONMENT", "FAIR_OPERATING_PRACTICES", "CONSUMER_ISSUES",
                "COMMUNITY_INVOLVEMENT");
        assertThat((List<String>) AssessmentApi.at(issues, "$[*].issues[*].code")).hasSize(37);
        assertThat((List<Object>) AssessmentApi.at(issues, "$[3].issues[1].maturityHints")).hasSize(5);

        List<String> all = AssessmentApi.at(api.json("/api/assessments/catalogue/recommendations",
                TestTokens.bearer(gemeente, "advisor")), "$[*].id");
        assertThat(all).hasSizeGreaterThanOrEqualTo(80).doesNotHaveDuplicates();
        List<List<String>> onClimate = AssessmentApi.at(api.json(
                "/api/assessments/catalogue/recommendations?issue=6.5.5", participant), "$[*].issues");
        assertThat(onClimate).isNotEmpty().allSatisfy(codes -> assertThat(codes).contains("6.5.5"));
        List<List<String>> forSteel = AssessmentApi.at(api.json(
                "/api/assessments/catalogue/recommendations?sbiCode=24.10", participant), "$[*].sectors");
        assertThat(forSteel).isNotEmpty().hasSizeLessThan(all.size())
                .allSatisfy(sectors -> assertThat(sectors).containsAnyOf("*", "C", "24"));

        problem(api.read("/api/assessments/catalogue/recommendations?issue=6.9.9", participant), 400);
        problem(api.read("/api/assessments/catalogue/recommendations?sbiCode=staal", participant), 400);
        api.read("/api/assessments/catalogue/issues", "Bearer " + TestTokens.expired(gemeente, "advisor"))
                .andExpect(status().isUnauthorized());
        api.read("/api/assessments/catalogue/issues", TestTokens.bearer(gemeente, "jury"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(7));
    }
}
