package nl.koploper.assessment;

import static nl.koploper.assessment.AssessmentApi.CASES;
import static nl.koploper.assessment.AssessmentApi.coordinator;
import static nl.koploper.assessment.AssessmentApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoClient;
import java.util.List;
import java.util.UUID;
import nl.koploper.contracts.cohort.ParticipantWithdrew;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Gemeente A's case with a published profile, tried from gemeente B on every endpoint, by B's coordinator, an
 * advisor of B with the same subject as A's advisor would not have, and a participant of B with A's contact e-mail:
 * always 404 (never 403) and empty lists; events of B never touch A; A's case is exactly as it was.
 */
@KoploperIntegrationTest
class GemeenteIsolationIT extends ServiceIntegrationTest {

    @Autowired
    MongoClient mongo;

    AssessmentApi api;
    String gemeenteA;
    String gemeenteB;
    String caseOfA;
    String etagBefore;
    List<String> asB;

    @BeforeEach
    void aCaseOfGemeenteAWithAPublishedProfile() throws Exception {
        api = new AssessmentApi(http, bootstrapServers);
        gemeenteA = gemeenten.newGemeente("a");
        gemeenteB = gemeenten.newGemeente("b");
        caseOfA = api.openCase(gemeenteA, "Alfa BV", "2410", 50, "alfa@example.nl");
        AssessmentApi.Login advisorA = AssessmentApi.advisor(gemeenteA);
        api.reviewed(gemeenteA, caseOfA, advisorA, "RELEVANT", 2);
        api.postEmpty(CASES + "/" + caseOfA + "/profiles", advisorA.bearer()).andExpect(status().isCreated());
        api.postEmpty(CASES + "/" + caseOfA + "/profiles/1/publish", advisorA.bearer()).andExpect(status().isOk());
        api.openCase(gemeenteB, "Beta BV", "5610", 5, "beta@example.nl"); // B exists, with a database of its own
        etagBefore = api.etag(gemeenteA, caseOfA);
        asB = List.of(coordinator(gemeenteB), AssessmentApi.advisor(gemeenteB).bearer(),
                AssessmentApi.participant(gemeenteB, "alfa@example.nl"));
    }

    @AfterEach
    void gemeenteAIsUnchanged() throws Exception {
        api.read(CASES + "/" + caseOfA, coordinator(gemeenteA))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", etagBefore))
                .andExpect(jsonPath("$.status").value("PROFILE_PUBLISHED"))
                .andExpect(jsonPath("$.profiles.length()").value(1));
    }

    @Test
    void anotherGemeenteCannotReadTheCaseItsProfileOrFindItInALlist() throws Exception {
        for (String b : asB) {
            problem(api.read(CASES + "/" + caseOfA, b), 404);
            problem(api.read(CASES + "/" + caseOfA + "/profiles", b), 404);
            problem(api.read(CASES + "/" + caseOfA + "/profiles/1", b), 404);
            api.read(CASES + "?cohortId=cohort-1", b).andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[?(@.id == '" + caseOfA + "')]").isEmpty());
        }
        api.read(CASES, coordinator(gemeenteB)).andExpect(jsonPath("$.totalElements").value(1));
    }

    @Test
    void anotherGemeenteCannotChangeTheCase() throws Exception {
        String coordinatorB = coordinator(gemeenteB);
        String advisorB = asB.get(1);
        String base = CASES + "/" + caseOfA;
        problem(api.putJson(base + "/advisor", coordinatorB, api.advisorJson(gemeenteB,
                AssessmentApi.advisor(gemeenteB))), 404);
        problem(api.putJson(base + "/baseline-year", coordinatorB, "{\"year\":2099}"), 404);
        for (String b : List.of(coordinatorB, advisorB)) {
            problem(api.putJson(base + "/visit", b, AssessmentApi.visitJson(AssessmentApi.VISIT_START,
                    AssessmentApi.VISIT_END, "B")), 404);
            problem(api.putJson(base + "/nulmeting/issues/6.2", b,
                    "{\"internal\":{\"relevance\":\"RELEVANT\",\"maturity\":4}}"), 404);
            problem(api.putJson(base + "/nulmeting", b, AssessmentApi.fullReviewJson("RELEVANT", 4)), 404);
            problem(api.postEmpty(base + "/profiles", b), 404);
            problem(api.postEmpty(base + "/profiles/1/next-draft", b), 404);
            problem(api.postJson(base + "/profiles/1/recommendations", b, "{\"title\":\"B\",\"description\":\"B\"}"),
                    404);
            problem(api.putJson(base + "/profiles/1/recommendations/C-1", b, "{\"title\":\"B\",\"description\":\"B\"}"),
                    404);
            problem(api.perform(delete(base + "/profiles/1/recommendations/C-1"), b), 404);
            problem(api.postEmpty(base + "/profiles/1/publish", b), 404);
        }
    }

    @Test
    void eventsOfAnotherGemeenteNeverReachGemeenteA() throws Exception {
        // B's cohort-service and footprint-service speak of A's case id: it lands in B's database only.
        api.sendCohortEvent(gemeenteB, "cohort-1", UUID.randomUUID().toString(), "participant-withdrew",
                AssessmentApi.leftJson(ParticipantWithdrew.class, gemeenteB, "cohort-1", caseOfA));
        api.sendFootprint(gemeenteB, caseOfA, UUID.randomUUID().toString(),
                AssessmentApi.footprintJson(gemeenteB, caseOfA, 2098, 1, "1", "2", "3"));
        String marker = api.openCase(gemeenteB, "Marker BV", "6201", 1, "m@example.nl");
        assertThat(marker).isNotBlank();

        api.read(CASES + "/" + caseOfA, coordinator(gemeenteA)).andExpect(jsonPath("$.baselineFootprint")
                .doesNotExist());
        assertThat(mongo.getDatabase("assessment_" + gemeenteA).getCollection("footprints")
                .countDocuments()).isZero();
    }

    @Test
    void eachGemeenteHasItsOwnDatabaseAndEveryDocumentNamesItsGemeente() {
        Document stored = mongo.getDatabase("assessment_" + gemeenteA).getCollection("assessment_cases")
                .find(new Document("_id", caseOfA)).first();
        assertThat(stored).isNotNull();
        assertThat(stored.getString("tenantId")).isEqualTo(gemeenteA);
        assertThat(mongo.getDatabase("assessment_" + gemeenteB).getCollection("assessment_cases")
                .countDocuments(new Document("_id", caseOfA))).isZero();
    }
}
