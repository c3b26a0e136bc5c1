package nl.koploper.footprint.organisations;

import static nl.koploper.footprint.FootprintApi.body;
import static nl.koploper.footprint.FootprintApi.office;
import static nl.koploper.footprint.FootprintApi.problem;
import static nl.koploper.footprint.FootprintApi.subject;
import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoClient;
import java.nio.charset.StandardCharsets;
import nl.koploper.footprint.FootprintApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestGemeenten;
import nl.koploper.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An advisor reads and enters the footprint data of the organisations assigned to them only (assessment-service's
 * {@code AdvisorAssigned} on {@code assessment.events.v1}); any other organisation of the gemeente is the 404 of an
 * unknown one, for every endpoint, and nothing changes. The coordinator keeps all of the gemeente; a replaced advisor
 * loses the organisation.
 */
@KoploperIntegrationTest
class AdvisorAccessIT {

    @Autowired
    MockMvc http;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    MongoClient mongo;
    @Autowired
    TestGemeenten gemeenten;

    FootprintApi api;
    String tenant;
    String coordinator;
    String assigned;
    String notAssigned;
    String advisor;

    @BeforeEach
    void twoOrganisationsOneAssigned() throws Exception {
        api = new FootprintApi(http, bootstrapServers, mongo);
        tenant = gemeenten.newGemeente("advisor");
        coordinator = bearer(tenant, "coordinator");
        assigned = api.participant(tenant);
        notAssigned = api.participant(tenant);
        advisor = api.advisor(tenant, assigned);
        // the other organisation has an advisor too, another one
        api.advisor(tenant, notAssigned);
    }

    @Test
    void theAssignedAdvisorWorksOnTheOrganisation() throws Exception {
        api.putData(advisor, assigned, 2025, office()).andExpect(status().isCreated());
        api.getData(advisor, assigned, 2025).andExpect(status().isOk());
        api.calculate(advisor, assigned, 2025).andExpect(status().isCreated());
        api.versions(advisor, assigned, 2025).andExpect(status().isOk());
        orgPut(advisor, assigned, "/baseline", "{\"baselineYear\": 2025}").andExpect(status().isCreated());
        http.perform(get(FootprintApi.data(assigned, 2025) + "/comparison").header("Authorization", advisor))
                .andExpect(status().isOk());
    }

    @Test
    void anotherOrganisationOfTheGemeenteIsUnknownToTheAdvisorAndNothingChanges() throws Exception {
        api.storedOffice(tenant, notAssigned, 2025);
        api.calculate(coordinator, notAssigned, 2025).andExpect(status().isCreated());
        String data = body(api.getData(coordinator, notAssigned, 2025));
        long stored = storedInGemeente();

        problem(api.getData(advisor, notAssigned, 2025), 404);
        problem(http.perform(get(FootprintApi.data(notAssigned, 2025) + "/csv").header("Authorization", advisor)),
                404);
        problem(api.versions(advisor, notAssigned, 2025), 404);
        problem(api.version(advisor, notAssigned, 2025, 1), 404);
        problem(http.perform(get(FootprintApi.data(notAssigned, 2025) + "/benchmark").header("Authorization",
                advisor)), 404);
        problem(http.perform(get(FootprintApi.data(notAssigned, 2025) + "/comparison").header("Authorization",
                advisor)), 404);
        problem(http.perform(post(FootprintApi.data(notAssigned, 2025) + "/reduction-estimates")
                .header("Authorization", advisor).contentType(MediaType.APPLICATION_JSON)
                .content("[{\"measure\": \"INSULATION\"}]")), 404);
        problem(http.perform(get("/api/footprints/organisations/" + notAssigned + "/baseline")
                .header("Authorization", advisor)), 404);
        problem(http.perform(get("/api/footprints/organisations/" + notAssigned + "/factor-overrides")
                .header("Authorization", advisor)), 404);
        // writes: the same 404 whatever the body or If-Match
        problem(api.putData(advisor, notAssigned, 2025, office("1")), 404);
        problem(api.putData(advisor, notAssigned, 2025, office("1"), "\"0\""), 404);
        problem(api.putData(advisor, notAssigned, 2024, office("-5")), 404);
        problem(http.perform(put(FootprintApi.data(notAssigned, 2025) + "/csv").header("Authorization", advisor)
                .contentType(MediaType.parseMediaType("text/csv"))
                .content("field;value\ncompany.fte;1\n".getBytes(StandardCharsets.UTF_8))), 404);
        problem(api.calculate(advisor, notAssigned, 2025), 404);
        problem(orgPut(advisor, notAssigned, "/baseline", "{\"baselineYear\": 2025}"), 404);
        problem(orgPut(advisor, notAssigned, "/factor-overrides", """
                {"overrides": [{"factorKey": "electricity_grey", "effectiveFromYear": 2025, "valueKgCo2e": 0.2,
                                "source": "leverancier"}]}"""), 404);

        assertThat(body(api.getData(coordinator, notAssigned, 2025))).isEqualTo(data);
        assertThat(storedInGemeente()).isEqualTo(stored);
    }

    @Test
    void theCoordinatorKeepsEveryOrganisationAndAReplacedAdvisorLosesIt() throws Exception {
        api.storedOffice(tenant, assigned, 2025);
        api.storedOffice(tenant, notAssigned, 2025);
        api.getData(coordinator, notAssigned, 2025).andExpect(status().isOk());
        api.getData(coordinator, assigned, 2025).andExpect(status().isOk());

        String successor = TestTokens.token(tenant, "advisor");
        api.assign(tenant, assigned, subject(successor));

        problem(api.getData(advisor, assigned, 2025), 404);
        problem(api.putData(advisor, assigned, 2025, office("1"), "\"0\""), 404);
        api.getData("Bearer " + successor, assigned, 2025).andExpect(status().isOk());
        api.putData("Bearer " + successor, assigned, 2025, office("2500"), "\"0\"").andExpect(status().isOk());
    }

    private ResultActions orgPut(String token, String organisationId, String path, String json) throws Exception {
        return http.perform(put("/api/footprints/organisations/" + organisationId + path)
                .header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long storedInGemeente() {
        var database = mongo.getDatabase("footprint_" + tenant);
        long count = 0;
        // what a write could change (not the outbox relay's bookkeeping, which a calculation's event starts)
        for (String collection : java.util.List.of("consumption_data", "footprint_results", "organisation_baselines",
                "factor_overrides")) {
            count += database.getCollection(collection).countDocuments(new Document());
        }
        return count;
    }
}
