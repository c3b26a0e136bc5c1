package nl.koploper.cohort;

import static nl.koploper.test.TestTokens.bearer;
import static nl.koploper.cohort.CohortApi.contactEmail;
import static nl.koploper.cohort.CohortApi.participantBearer;
import static nl.koploper.cohort.CohortApi.problem;
import static nl.koploper.cohort.CohortApi.registrationJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoClient;
import java.util.List;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Gemeente A's cohort and participants, tried from gemeente B on every endpoint: B gets 404 (never 403, which would
 * confirm the id exists), an empty list, and A's cohort is exactly as it was afterwards.
 */
@KoploperIntegrationTest
class GemeenteIsolationIT extends ServiceIntegrationTest {

    @Autowired
    MongoClient mongo;

    CohortApi api;
    String gemeenteA;
    String gemeenteB;
    String cohortOfA;
    String participantOfA;
    String coordinatorB;
    String etagBefore;

    @BeforeEach
    void anOpenCohortOfGemeenteAWithAParticipant() throws Exception {
        api = new CohortApi(http);
        gemeenteA = gemeenten.newGemeente("a");
        gemeenteB = gemeenten.newGemeente("b");
        coordinatorB = bearer(gemeenteB, "coordinator");
        cohortOfA = api.openCohort(gemeenteA, 1, 15);
        participantOfA = api.register(gemeenteA, cohortOfA, 1);
        api.createCohort(gemeenteB, 8, 15); // B exists too, so its database and public link are real
        etagBefore = http.perform(get("/api/cohorts/" + cohortOfA).header("Authorization", bearer(gemeenteA, "coordinator")))
                .andReturn().getResponse().getHeader("ETag");
    }

    @AfterEach
    void gemeenteAIsUnchanged() throws Exception {
        http.perform(get("/api/cohorts/" + cohortOfA).header("Authorization", bearer(gemeenteA, "coordinator")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", etagBefore))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.placed").value(1));
    }

    @Test
    void anotherGemeenteCannotReadTheCohortOrItsParticipants() throws Exception {
        problem(http.perform(get("/api/cohorts/" + cohortOfA).header("Authorization", coordinatorB)), 404);
        http.perform(get("/api/cohorts").header("Authorization", coordinatorB))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.id == '" + cohortOfA + "')]").isEmpty());
        problem(http.perform(get("/api/cohorts/" + cohortOfA + "/participants").header("Authorization", coordinatorB)),
                404);
        problem(http.perform(get("/api/cohorts/" + cohortOfA + "/participants/" + participantOfA)
                .header("Authorization", coordinatorB)), 404);
        problem(http.perform(get("/api/cohorts/" + cohortOfA + "/participants/" + participantOfA)
                .header("Authorization", participantBearer(gemeenteB, contactEmail(1)))), 404);
    }

    @Test
    void anotherGemeenteCannotRunTheLifecycle() throws Exception {
        for (String step : List.of("open", "start", "complete")) {
            problem(http.perform(post("/api/cohorts/" + cohortOfA + "/" + step).header("Authorization", coordinatorB)),
                    404);
        }
        problem(api.postJson("/api/cohorts/" + cohortOfA + "/cancel", coordinatorB, "{\"reason\":\"Overname\"}"), 404);
    }

    @Test
    void anotherGemeenteCannotRegisterWithdrawOrRemove() throws Exception {
        problem(api.postJson("/api/cohorts/" + cohortOfA + "/participants", coordinatorB, registrationJson(2)), 404);
        problem(api.postJson("/api/cohorts/" + cohortOfA + "/participants/" + participantOfA + "/withdraw",
                coordinatorB, "{\"reason\":\"Weg\"}"), 404);
        problem(http.perform(post("/api/cohorts/" + cohortOfA + "/participants/" + participantOfA + "/withdraw")
                .header("Authorization", participantBearer(gemeenteB, contactEmail(1)))), 404);
        problem(api.postJson("/api/cohorts/" + cohortOfA + "/participants/" + participantOfA + "/remove",
                coordinatorB, "{\"reason\":\"Weg\"}"), 404);
    }

    @Test
    void thePublicLinkWithAnotherGemeenteInThePathFindsNothing() throws Exception {
        problem(http.perform(post("/api/public/cohorts/" + gemeenteB + "/" + cohortOfA + "/registrations")
                .contentType(MediaType.APPLICATION_JSON).content(registrationJson(3))), 404);
    }

    @Test
    void aTenantHeaderOrParameterCannotReachGemeenteA() throws Exception {
        problem(http.perform(get("/api/cohorts/" + cohortOfA).header("Authorization", coordinatorB)
                .header("X-Tenant-Id", gemeenteA)), 404);
        problem(http.perform(get("/api/cohorts/" + cohortOfA).param("tenant", gemeenteA)
                .header("Authorization", coordinatorB)), 403);
    }

    @Test
    void eachGemeenteHasItsOwnDatabaseAndEveryDocumentNamesItsGemeente() {
        Document stored = mongo.getDatabase("cohort_" + gemeenteA).getCollection("cohorts")
                .find(new Document("_id", cohortOfA)).first();
        assertThat(stored).isNotNull();
        assertThat(stored.getString("tenantId")).isEqualTo(gemeenteA);
        assertThat(mongo.getDatabase("cohort_" + gemeenteB).getCollection("cohorts")
                .countDocuments(new Document("_id", cohortOfA))).isZero();
    }
}
