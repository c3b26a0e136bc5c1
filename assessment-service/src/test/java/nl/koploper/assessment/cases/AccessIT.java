package nl.koploper.assessment.cases;

import static nl.koploper.assessment.AssessmentApi.CASES;
import static nl.koploper.assessment.AssessmentApi.coordinator;
import static nl.koploper.assessment.AssessmentApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.koploper.assessment.AssessmentApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Object-level access within one gemeente: an advisor sees and works on only the cases assigned to them, a participant
 * reads only its own case (by its login's e-mail) and changes nothing, the coordinator sees all; anything else is 404.
 */
@KoploperIntegrationTest
class AccessIT extends ServiceIntegrationTest {

    AssessmentApi api;
    String gemeente;
    String caseOfAnne;
    String caseOfBert;
    AssessmentApi.Login anne;
    AssessmentApi.Login bert;

    @BeforeEach
    void twoCasesWithTwoAdvisors() throws Exception {
        api = new AssessmentApi(http, bootstrapServers);
        gemeente = gemeenten.newGemeente("access");
        caseOfAnne = api.openCase(gemeente, "Bakkerij Anne", "1071", 8, "Bakker@Example.nl");
        caseOfBert = api.openCase(gemeente, "Garage Bert", "4520", 5, "garage@example.nl");
        api.openCase(gemeente, "Nog zonder adviseur", "6201", 3, "zonder@example.nl");
        anne = AssessmentApi.advisor(gemeente);
        bert = AssessmentApi.advisor(gemeente);
        api.assign(gemeente, caseOfAnne, anne);
        api.assign(gemeente, caseOfBert, bert);
    }

    @Test
    void anAdvisorSeesAndWorksOnlyOnTheirOwnCases() throws Exception {
        List<String> anneSees = AssessmentApi.at(api.json(CASES, anne.bearer()), "$.content[*].id");
        assertThat(anneSees).containsExactly(caseOfAnne);
        api.read(CASES + "/" + caseOfAnne, anne.bearer()).andExpect(status().isOk());
        problem(api.read(CASES + "/" + caseOfBert, anne.bearer()), 404);
        problem(api.putJson(CASES + "/" + caseOfBert + "/visit", anne.bearer(), AssessmentApi.visitJson(
                AssessmentApi.VISIT_START, AssessmentApi.VISIT_END, "Elders")), 404);
        problem(api.putJson(CASES + "/" + caseOfBert + "/nulmeting/issues/6.2", anne.bearer(),
                "{\"internal\":{\"relevance\":\"RELEVANT\",\"maturity\":1}}"), 404);
        problem(api.postEmpty(CASES + "/" + caseOfBert + "/profiles", anne.bearer()), 404);
        problem(api.read(CASES + "/" + caseOfBert + "/profiles", anne.bearer()), 404);
        // Assigning is the coordinator's.
        problem(api.putJson(CASES + "/" + caseOfAnne + "/advisor", anne.bearer(), api.advisorJson(gemeente, bert)),
                403);

        // Reassigned to Bert, the case leaves Anne's view.
        api.assign(gemeente, caseOfAnne, bert);
        api.read(CASES, anne.bearer()).andExpect(jsonPath("$.totalElements").value(0));
        problem(api.read(CASES + "/" + caseOfAnne, anne.bearer()), 404);
        api.read(CASES, bert.bearer()).andExpect(jsonPath("$.totalElements").value(2));
        api.read(CASES, coordinator(gemeente)).andExpect(jsonPath("$.totalElements").value(3));
    }

    @Test
    void aParticipantReadsOnlyItsOwnCaseAndChangesNothing() throws Exception {
        String bakker = AssessmentApi.participant(gemeente, "bakker@example.NL");

        List<String> sees = AssessmentApi.at(api.json(CASES, bakker), "$.content[*].id");
        assertThat(sees).containsExactly(caseOfAnne);
        api.read(CASES + "/" + caseOfAnne, bakker).andExpect(jsonPath("$.organisation.name").value("Bakkerij Anne"));
        problem(api.read(CASES + "/" + caseOfBert, bakker), 404);
        problem(api.read(CASES + "/" + caseOfBert + "/profiles", bakker), 404);
        problem(api.putJson(CASES + "/" + caseOfAnne + "/visit", bakker, AssessmentApi.visitJson(
                AssessmentApi.VISIT_START, AssessmentApi.VISIT_END, "Hier")), 403);
        problem(api.putJson(CASES + "/" + caseOfAnne + "/nulmeting/issues/6.2", bakker,
                "{\"internal\":{\"relevance\":\"RELEVANT\",\"maturity\":4}}"), 403);
        problem(api.postEmpty(CASES + "/" + caseOfAnne + "/profiles", bakker), 403);

        // A participant login without an e-mail, and a jury member, see nothing.
        String noEmail = "Bearer " + TestTokens.withClaims(java.util.Map.of("tenant", gemeente,
                "roles", List.of("participant")));
        api.read(CASES, noEmail).andExpect(jsonPath("$.totalElements").value(0));
        problem(api.read(CASES + "/" + caseOfAnne, noEmail), 404);
        problem(api.read(CASES, TestTokens.bearer(gemeente, "jury")), 403);
    }
}
