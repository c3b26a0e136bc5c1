package nl.koploper.assessment.cases;

import static nl.koploper.assessment.AssessmentApi.CASES;
import static nl.koploper.assessment.AssessmentApi.coordinator;
import static nl.koploper.assessment.AssessmentApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.util.UUID;
import nl.koploper.assessment.AssessmentApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The eindmeting: prefilled from the nulmeting, revised, completed, and compared per core subject and in CO2. */
@KoploperIntegrationTest
class EindmetingIT extends ServiceIntegrationTest {

    @Autowired
    MongoClient mongo;

    @Test
    void theEindmetingStartsFromTheNulmetingAndTheComparisonShowsTheChange() throws Exception {
        AssessmentApi api = new AssessmentApi(http, bootstrapServers);
        String gemeente = gemeenten.newGemeente("final");
        String other = gemeenten.newGemeente("final-other");
        AssessmentApi.Login advisor = AssessmentApi.advisor(gemeente);
        String caseId = api.openCase(gemeente, "Groen BV", "24.10", 30, "groen@example.nl");
        String path = CASES + "/" + caseId;
        api.sendFootprint(gemeente, caseId, UUID.randomUUID().toString(), AssessmentApi.footprintJson(gemeente,
                caseId, 2098, 1, "400", "500", "100", "1000", "500", "400", "100"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> api.read(path, coordinator(gemeente))
                .andExpect(jsonPath("$.baselineFootprint.year").value(2098)));

        api.reviewed(gemeente, caseId, advisor, "RELEVANT", 1);
        problem(api.postEmpty(path + "/eindmeting", advisor.bearer()), 409)
                .andExpect(jsonPath("$.rule").value("profile-not-published"));
        api.postEmpty(path + "/profiles", advisor.bearer()).andExpect(status().isCreated());
        api.postEmpty(path + "/profiles/1/publish", advisor.bearer()).andExpect(status().isOk());

        api.postEmpty(path + "/eindmeting", advisor.bearer()).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.issues.length()").value(37))
                .andExpect(jsonPath("$.issues[0].internal.maturity").value(1));
        problem(api.postEmpty(path + "/eindmeting", advisor.bearer()), 409)
                .andExpect(jsonPath("$.rule").value("eindmeting-started"));
        // Bad input changes nothing; then every environment issue (6.5.x) rises to maturity 3.
        problem(api.putJson(path + "/eindmeting", advisor.bearer(),
                "{\"issues\":[{\"code\":\"6.5.3\",\"internal\":{\"relevance\":\"RELEVANT\",\"maturity\":7}}]}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("issues[0].internal.maturity"));
        StringBuilder environment = new StringBuilder("{\"issues\":[");
        for (String code : new String[]{"6.5.3", "6.5.4", "6.5.5", "6.5.6"}) {
            environment.append(environment.length() > 11 ? "," : "").append("""
                    {"code":"%s","internal":{"relevance":"RELEVANT","maturity":3},
                     "productsAndServices":{"relevance":"RELEVANT","maturity":3}}""".formatted(code));
        }
        api.putJson(path + "/eindmeting", advisor.bearer(), environment + "]}").andExpect(status().isOk());
        // Participants and other advisors may not change it.
        problem(api.putJson(path + "/eindmeting", AssessmentApi.participant(gemeente, "groen@example.nl"),
                environment + "]}"), 403);
        problem(api.postEmpty(path + "/eindmeting/complete", AssessmentApi.advisor(gemeente).bearer()), 404);
        // No eindmeting PDF before it is completed.
        problem(api.read(path + "/eindmeting.pdf", advisor.bearer()), 404);
        api.postEmpty(path + "/eindmeting/complete", advisor.bearer()).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        problem(api.putJson(path + "/eindmeting", advisor.bearer(), environment + "]}"), 409)
                .andExpect(jsonPath("$.rule").value("eindmeting-completed"));

        api.sendFootprint(gemeente, caseId, UUID.randomUUID().toString(), AssessmentApi.footprintJson(gemeente,
                caseId, 2099, 1, "300", "350", "150", "800", "350", "300", "150"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                api.read(path + "/comparison", AssessmentApi.participant(gemeente, "groen@example.nl"))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.finalYear").value(2099)));
        api.read(path + "/comparison", advisor.bearer())
                .andExpect(jsonPath("$.eindmeting").value("COMPLETED"))
                .andExpect(jsonPath("$.baselineYear").value(2098))
                .andExpect(jsonPath("$.subjects[3].subject").value("ENVIRONMENT"))
                .andExpect(jsonPath("$.subjects[3].nulmeting").value(25))
                // All four environment issues now at maturity 3 of 4, from both perspectives: 75.
                .andExpect(jsonPath("$.subjects[3].eindmeting").value(75))
                .andExpect(jsonPath("$.subjects[3].change").value(50))
                .andExpect(jsonPath("$.subjects[0].change").value(0))
                .andExpect(jsonPath("$.scopes[0].name").value("SCOPE_1"))
                .andExpect(jsonPath("$.scopes[0].changeKg").value(-100))
                .andExpect(jsonPath("$.scopes[0].changePercent").value(-25.0))
                .andExpect(jsonPath("$.scopes[3].name").value("TOTAL_MARKET_BASED"))
                .andExpect(jsonPath("$.scopes[3].changeKg").value(-200))
                .andExpect(jsonPath("$.scopes[3].changePercent").value(-20.0))
                .andExpect(jsonPath("$.themes[?(@.name=='BUSINESS_TRANSPORT')].changePercent").value(50.0));
        // The profile PDF shows the same comparison, read back as text.
        String pdf = AssessmentApi.pdfText(api.read(path + "/profiles/1.pdf",
                        AssessmentApi.participant(gemeente, "groen@example.nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(pdf).contains("Verandering ten opzichte van de nulmeting", "CO2-voetafdruk 2098 -> 2099",
                "Milieu: 25 -> 75 (+50)", "Scope 1: 400 kg -> 300 kg (-100 kg, -25,0 %)",
                "Totaal (market-based): 1.000 kg -> 800 kg (-200 kg, -20,0 %)", "Zakelijk vervoer:");
        // The eindmeting as a PDF of its own: the same comparison, for the case's readers only.
        String finalPdf = AssessmentApi.pdfText(api.read(path + "/eindmeting.pdf",
                        AssessmentApi.participant(gemeente, "groen@example.nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(finalPdf).contains("Eindmeting", "Groen BV", "Gemeente " + gemeente, "Milieu: 25 -> 75 (+50)",
                "2098 -> 2099", "Scope 1", "300 kg (-25,0 %)", "800 kg (-20,0 %)", "Zakelijk vervoer");
        problem(api.read(path + "/eindmeting.pdf", coordinator(other)), 404);
        problem(api.read(path + "/eindmeting.pdf", AssessmentApi.participant(gemeente, "ander@example.nl")), 404);
        problem(api.read(path + "/comparison", coordinator(other)), 404);
        problem(api.read(path + "/eindmeting", coordinator(other)), 404);
        problem(api.postEmpty(path + "/eindmeting/complete", coordinator(other)), 404);
        problem(api.putJson(path + "/final-year", coordinator(gemeente), "{\"year\":1800}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        problem(api.putJson(path + "/final-year", advisor.bearer(), "{\"year\":2099}"), 403);
        api.read(path + "/eindmeting", AssessmentApi.participant(gemeente, "groen@example.nl"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"));
        problem(api.read(path + "/comparison", AssessmentApi.participant(gemeente, "ander@example.nl")), 404);
    }

    @Test
    void bothReviewsAreStoredUnderTheFieldNamesOfEarlierCases() throws Exception {
        AssessmentApi api = new AssessmentApi(http, bootstrapServers);
        String gemeente = gemeenten.newGemeente("stored");
        AssessmentApi.Login advisor = AssessmentApi.advisor(gemeente);
        String caseId = api.openCase(gemeente, "Opslag BV", "24.10", 30, "opslag@example.nl");
        String path = CASES + "/" + caseId;
        api.published(gemeente, caseId, advisor, "RELEVANT", 2);
        api.postEmpty(path + "/eindmeting", advisor.bearer()).andExpect(status().isOk());
        api.postEmpty(path + "/eindmeting/complete", advisor.bearer()).andExpect(status().isOk());

        Document stored = cases(gemeente).find(new Document("_id", caseId)).first();

        assertThat(stored).containsKeys("review", "finalReview", "finalStartedAt", "finalReviewedAt")
                .doesNotContainKeys("nulmeting", "eindmeting");
        assertThat(stored.getList("review", Document.class)).hasSize(37).allSatisfy(issue ->
                assertThat(issue).containsOnlyKeys("code", "internal", "productsAndServices", "updatedAt"));
        assertThat(stored.getList("finalReview", Document.class)).hasSize(37);
    }

    @Test
    void aCaseStoredBeforeTheReviewTypeReadsThroughTheApi() throws Exception {
        AssessmentApi api = new AssessmentApi(http, bootstrapServers);
        String gemeente = gemeenten.newGemeente("earlier");
        String caseId = UUID.randomUUID().toString();
        Document earlier = Cases.storedWithEindmeting();
        earlier.put("_id", caseId);
        earlier.put("participantId", caseId);
        earlier.put("tenantId", gemeente);
        cases(gemeente).insertOne(earlier);

        api.read(CASES + "/" + caseId, coordinator(gemeente)).andExpect(status().isOk())
                .andExpect(jsonPath("$.nulmeting.answered").value(3))
                .andExpect(jsonPath("$.nulmeting.issues[0].internal.notes").value("Geen beleid"));
        api.read(CASES + "/" + caseId + "/eindmeting", coordinator(gemeente)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.completedAt").isNotEmpty())
                .andExpect(jsonPath("$.issues[0].internal.maturity").value(3));
    }

    private MongoCollection<Document> cases(String gemeente) {
        return mongo.getDatabase("assessment_" + gemeente).getCollection("assessment_cases");
    }
}
