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

import java.nio.charset.StandardCharsets;
import nl.koploper.footprint.AbstractIT;
import nl.koploper.footprint.FootprintApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An advisor reads and enters the footprint data of the organisations assigned to them only (assessment-service's
 * {@code AdvisorAssigned} on {@code assessment.events.v1}); any other organisation of the gemeente is the 404 of an
 * unknown one, for every endpoint, and nothing changes. The coordinator keeps all of the gemeente; a replaced advisor
 * loses the organisation.
 */
@KoploperIntegrationTest
class AdvisorAccessIT extends AbstractIT {

    String gemeente;
    String coordinator;
    String assigned;
    String notAssigned;
    String advisor;

    @BeforeEach
    void twoOrganisationsOneAssigned() throws Exception {
        gemeente = gemeenten.newGemeente("advisor");
        coordinator = bearer(gemeente, "coordinator");
        assigned = api.participant(gemeente);
        notAssigned = api.participant(gemeente);
        advisor = api.advisor(gemeente, assigned);
        // the other organisation has an advisor too, another one
        api.advisor(gemeente, notAssigned);
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
        api.storedOffice(gemeente, notAssigned, 2025);
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
        api.storedOffice(gemeente, assigned, 2025);
        api.storedOffice(gemeente, notAssigned, 2025);
        api.getData(coordinator, notAssigned, 2025).andExpect(status().isOk());
        api.getData(coordinator, assigned, 2025).andExpect(status().isOk());

        String successor = TestTokens.tokenWithEmail(gemeente, "Opvolger@Advies.example.nl", "advisor");
        api.assign(gemeente, assigned, "opvolger@advies.example.nl");

        problem(api.getData(advisor, assigned, 2025), 404);
        problem(api.putData(advisor, assigned, 2025, office("1"), "\"0\""), 404);
        api.getData("Bearer " + successor, assigned, 2025).andExpect(status().isOk());
        api.putData("Bearer " + successor, assigned, 2025, office("2500"), "\"0\"").andExpect(status().isOk());
    }

    /**
     * The advisor is recognised by the e-mail address of their login (any subject, any capitals); another login, one
     * without an address and the same address in another gemeente are not them.
     */
    @Test
    void theAdvisorIsRecognisedByTheAddressTheySignInWith() throws Exception {
        api.storedOffice(gemeente, assigned, 2025);
        api.assign(gemeente, assigned, "marieke@adviesnoord.example");
        api.getData("Bearer " + TestTokens.tokenWithEmail(gemeente, "MARIEKE@adviesnoord.example", "advisor"),
                assigned, 2025).andExpect(status().isOk());
        for (String stranger : java.util.List.of(
                "Bearer " + TestTokens.tokenWithEmail(gemeente, "iemand@adviesnoord.example", "advisor"),
                "Bearer " + TestTokens.withClaims(java.util.Map.of("tenant", gemeente, "roles",
                        java.util.List.of("advisor"))),
                "Bearer " + TestTokens.tokenWithEmail(gemeenten.newGemeente("elders"), "marieke@adviesnoord.example",
                        "advisor"))) {
            problem(api.getData(stranger, assigned, 2025), 404);
        }
    }

    /** An assignment recorded before assessment-service's advisor register still lets that login in. */
    @Test
    void anAssignmentFromBeforeTheRegisterRecognisesTheLoginsSubject() throws Exception {
        api.storedOffice(gemeente, assigned, 2025);
        String login = TestTokens.tokenWithEmail(gemeente, "anne@advies.example.nl", "advisor");
        api.assignBySubject(gemeente, assigned, subject(login));
        api.getData("Bearer " + login, assigned, 2025).andExpect(status().isOk());
        problem(api.getData("Bearer " + TestTokens.tokenWithEmail(gemeente, "anne@advies.example.nl", "advisor"),
                assigned, 2025), 404);
    }

    private ResultActions orgPut(String token, String organisationId, String path, String json) throws Exception {
        return http.perform(put("/api/footprints/organisations/" + organisationId + path)
                .header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long storedInGemeente() {
        var database = mongo.getDatabase("footprint_" + gemeente);
        long count = 0;
        // what a write could change (not the outbox relay's bookkeeping, which a calculation's event starts)
        for (String collection : java.util.List.of("consumption_data", "footprint_results", "organisation_baselines",
                "factor_overrides")) {
            count += database.getCollection(collection).countDocuments(new Document());
        }
        return count;
    }
}
