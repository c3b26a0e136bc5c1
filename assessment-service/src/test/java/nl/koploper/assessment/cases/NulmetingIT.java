package nl.koploper.assessment.cases;

import static nl.koploper.assessment.AssessmentApi.CASES;
import static nl.koploper.assessment.AssessmentApi.coordinator;
import static nl.koploper.assessment.AssessmentApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koploper.assessment.AssessmentApi;
import nl.koploper.contracts.Topics;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The nulmeting: answers per issue and in bulk, validated field by field, with If-Match; REVIEWED when complete. */
@KoploperIntegrationTest
class NulmetingIT extends ServiceIntegrationTest {

    AssessmentApi api;
    String gemeente;
    String caseId;
    AssessmentApi.Login advisor;

    @BeforeEach
    void aPlannedVisit() throws Exception {
        api = new AssessmentApi(http, bootstrapServers);
        gemeente = gemeenten.newGemeente("nulmeting");
        caseId = api.openCase(gemeente, "Groothandel BV", "4690", 40, "g@example.nl");
        advisor = AssessmentApi.advisor(gemeente);
        api.assign(gemeente, caseId, advisor);
    }

    @Test
    void theReviewWaitsForThePlannedVisit() throws Exception {
        problem(api.putJson(CASES + "/" + caseId + "/nulmeting/issues/6.2", advisor.bearer(),
                "{\"internal\":{\"relevance\":\"RELEVANT\",\"maturity\":2}}"), 409)
                .andExpect(jsonPath("$.rule").value("visit-not-planned"));
    }

    @Test
    void answersPerIssueAndInBulkMakeTheCaseReviewedWhenComplete() throws Exception {
        api.planVisit(caseId, advisor);
        api.putJson(CASES + "/" + caseId + "/nulmeting/issues/6.5.4", advisor.bearer(), """
                        {"internal":{"relevance":"VERY_RELEVANT","maturity":1,"notes":"Geen afvalscheiding"}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nulmeting.answered").value(1))
                .andExpect(jsonPath("$.nulmeting.issues[0].code").value("6.5.4"))
                .andExpect(jsonPath("$.nulmeting.issues[0].internal.notes").value("Geen afvalscheiding"))
                .andExpect(jsonPath("$.nulmeting.issues[0].productsAndServices").doesNotExist());
        api.putJson(CASES + "/" + caseId + "/nulmeting/issues/6.5.4", advisor.bearer(), """
                        {"productsAndServices":{"relevance":"NOT_RELEVANT"}}""")
                .andExpect(jsonPath("$.nulmeting.issues[0].internal.maturity").value(1))
                .andExpect(jsonPath("$.nulmeting.issues[0].productsAndServices.relevance").value("NOT_RELEVANT"))
                .andExpect(jsonPath("$.status").value("PLANNED"));

        api.putJson(CASES + "/" + caseId + "/nulmeting", advisor.bearer(), AssessmentApi.fullReviewJson("RELEVANT", 2))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVIEWED"))
                .andExpect(jsonPath("$.nulmeting.complete").value(true))
                .andExpect(jsonPath("$.nulmeting.answered").value(74))
                .andExpect(jsonPath("$.nulmeting.issues.length()").value(37))
                .andExpect(jsonPath("$.nulmeting.issues[0].code").value("6.2"))
                .andExpect(jsonPath("$.nulmeting.issues[36].code").value("6.8.9"));
        // cohort-service counts the nulmeting done for the certificate from this event
        assertThat(published(Topics.ASSESSMENT_EVENTS, caseId)
                .payloads("nl.koploper.assessment.nulmeting-completed.v1", 1)).hasSize(1);
    }

    @Test
    void everyBadAnswerIsNamedByItsPathAndNothingIsStored() throws Exception {
        api.planVisit(caseId, advisor);
        String etag = api.etag(gemeente, caseId);

        problem(api.putJson(CASES + "/" + caseId + "/nulmeting", advisor.bearer(), """
                {"issues":[
                  {"code":"6.5.4","internal":{"relevance":"RELEVANT","maturity":5}},
                  {"code":"6.9.1","internal":{"relevance":"RELEVANT","maturity":1}},
                  {"code":"6.2","internal":{"maturity":1},"productsAndServices":{"relevance":"VERY_RELEVANT"}},
                  {"code":"6.5.4","productsAndServices":{"relevance":"RELEVANT","maturity":-1}},
                  {"code":"6.3.3"}
                ]}"""), 400)
                .andExpect(jsonPath("$.errors[?(@.field == 'issues[0].internal.maturity')].code")
                        .value("out-of-range"))
                .andExpect(jsonPath("$.errors[?(@.field == 'issues[1].code')].code").value("unknown-issue"))
                .andExpect(jsonPath("$.errors[?(@.field == 'issues[2].internal.relevance')].code")
                        .value("required"))
                .andExpect(jsonPath("$.errors[?(@.field == 'issues[2].productsAndServices.maturity')].code")
                        .value("required"))
                .andExpect(jsonPath("$.errors[?(@.field == 'issues[3].code')].code").value("duplicate"))
                .andExpect(jsonPath("$.errors[?(@.field == 'issues[3].productsAndServices.maturity')].code")
                        .value("out-of-range"))
                .andExpect(jsonPath("$.errors[?(@.field == 'issues[4]')].code").value("required"));
        problem(api.putJson(CASES + "/" + caseId + "/nulmeting/issues/6.3.11", advisor.bearer(),
                "{\"internal\":{\"relevance\":\"RELEVANT\",\"maturity\":1}}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown-issue"));
        problem(api.putJson(CASES + "/" + caseId + "/nulmeting/issues/6.2", advisor.bearer(),
                "{\"internal\":{\"relevance\":\"HEEL_RELEVANT\",\"maturity\":1}}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("internal.relevance"));
        problem(api.putJson(CASES + "/" + caseId + "/nulmeting/issues/6.2", advisor.bearer(),
                "{\"internal\":{\"relevance\":\"RELEVANT\",\"maturity\":\"3\"}}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("internal.maturity"));
        problem(api.putJson(CASES + "/" + caseId + "/nulmeting/issues/6.2", advisor.bearer(),
                "{\"internal\":{\"relevance\":\"RELEVANT\",\"maturity\":2.5}}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("internal.maturity"));
        problem(api.putJson(CASES + "/" + caseId + "/nulmeting/issues/6.2", advisor.bearer(), "{}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("internal"));
        problem(api.putJson(CASES + "/" + caseId + "/nulmeting", advisor.bearer(), "{\"issues\":[]}"), 400);
        problem(api.putJson(CASES + "/" + caseId + "/nulmeting", advisor.bearer(), "niet eens json"), 400);

        assertThat(api.etag(gemeente, caseId)).isEqualTo(etag);
        api.read(CASES + "/" + caseId, coordinator(gemeente)).andExpect(jsonPath("$.nulmeting.answered").value(0));
    }

    @Test
    void aReviewAgainstAStaleVersionIsRefusedWith412() throws Exception {
        api.planVisit(caseId, advisor);
        String etag = api.etag(gemeente, caseId);
        api.putJson(CASES + "/" + caseId + "/nulmeting/issues/6.2", advisor.bearer(),
                "{\"internal\":{\"relevance\":\"RELEVANT\",\"maturity\":1}}").andExpect(status().isOk());

        problem(http.perform(MockMvcRequestBuilders.put(CASES + "/" + caseId + "/nulmeting/issues/6.2")
                .header("Authorization", advisor.bearer()).header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"internal\":{\"relevance\":\"RELEVANT\",\"maturity\":4}}")), 412);
        String current = api.etag(gemeente, caseId);
        http.perform(MockMvcRequestBuilders.put(CASES + "/" + caseId + "/nulmeting/issues/6.2")
                        .header("Authorization", advisor.bearer()).header("If-Match", current)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"internal\":{\"relevance\":\"RELEVANT\",\"maturity\":4}}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", org.hamcrest.Matchers.not(current)))
                .andExpect(jsonPath("$.nulmeting.issues[0].internal.maturity").value(4));
    }
}
