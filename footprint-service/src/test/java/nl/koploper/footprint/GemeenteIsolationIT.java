package nl.koploper.footprint;

import static nl.koploper.test.TestTokens.bearer;
import static nl.koploper.footprint.FootprintApi.body;
import static nl.koploper.footprint.FootprintApi.office;
import static nl.koploper.footprint.FootprintApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every gemeente-scoped endpoint, written by gemeente A and tried by gemeente B: B gets 404 (never 403, which would
 * confirm the organisation exists), and A's data and versions stay exactly as they were.
 */
@KoploperIntegrationTest
class GemeenteIsolationIT extends AbstractIT {

    String gemeenteA;
    String gemeenteB;
    String organisation;
    String dataOfA;
    String versionsOfA;

    @BeforeEach
    void anOrganisationOfGemeenteAWithOneFootprint() throws Exception {
        gemeenteA = gemeenten.newGemeente("a");
        gemeenteB = gemeenten.newGemeente("b");
        organisation = api.participant(gemeenteA);
        api.storedOffice(gemeenteA, organisation, 2025);
        api.calculate(bearer(gemeenteA, "coordinator"), organisation, 2025).andExpect(status().isCreated());
        dataOfA = body(api.getData(bearer(gemeenteA, "coordinator"), organisation, 2025));
        versionsOfA = body(api.versions(bearer(gemeenteA, "coordinator"), organisation, 2025));
    }

    @Test
    void gemeenteBFindsNothingOfA() throws Exception {
        for (String role : new String[] {"coordinator", "advisor"}) {
            String b = bearer(gemeenteB, role);
            problem(api.getData(b, organisation, 2025), 404);
            problem(api.calculate(b, organisation, 2025), 404);
            problem(api.versions(b, organisation, 2025), 404);
            problem(api.version(b, organisation, 2025, 1), 404);
        }
        problem(api.getData("Bearer " + TestTokens.tokenWithEmail(gemeenteB, FootprintApi.CONTACT, "participant"),
                organisation, 2025), 404);
        // A's organisation is no participant of B: nothing to overwrite, nothing to start
        problem(api.putData(bearer(gemeenteB, "coordinator"), organisation, 2025, office("1"), "\"0\""), 404);
        problem(api.putData(bearer(gemeenteB, "coordinator"), organisation, 2025, office("1")), 404);
        assertAUnchangedAndBEmpty();
    }

    @Test
    void gemeenteBsOwnDataOfTheSameOrganisationIdStaysApart() throws Exception {
        api.register(gemeenteB, organisation, FootprintApi.CONTACT);
        api.putData(bearer(gemeenteB, "coordinator"), organisation, 2025, office("1")).andExpect(status().isCreated());
        api.calculate(bearer(gemeenteB, "coordinator"), organisation, 2025).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1));
        assertThat(body(api.getData(bearer(gemeenteA, "coordinator"), organisation, 2025))).isEqualTo(dataOfA);
        assertThat(body(api.versions(bearer(gemeenteA, "coordinator"), organisation, 2025))).isEqualTo(versionsOfA);
        assertThat(mongo.getDatabase("footprint_" + gemeenteB).getCollection("consumption_data").find().first()
                .getString("tenantId")).isEqualTo(gemeenteB);
    }

    @Test
    void aUserCannotNameAnotherGemeenteAndThePlatformTeamOnlyByNamingIt() throws Exception {
        problem(http.perform(get(FootprintApi.data(organisation, 2025)).param("tenant", gemeenteA)
                .header("Authorization", bearer(gemeenteB, "coordinator"))), 403);
        problem(http.perform(get(FootprintApi.data(organisation, 2025))
                .header("Authorization", "Bearer " + TestTokens.platformAdmin())), 400);
        http.perform(get(FootprintApi.data(organisation, 2025)).param("tenant", gemeenteA)
                        .header("Authorization", "Bearer " + TestTokens.platformAdmin()))
                .andExpect(status().isOk());
        problem(http.perform(get(FootprintApi.data(organisation, 2025)).param("tenant", gemeenteB)
                .header("Authorization", "Bearer " + TestTokens.platformAdmin())), 404);
        problem(http.perform(get(FootprintApi.data(organisation, 2025))
                .header("Authorization", bearer(gemeenteB, "coordinator")).header("X-Tenant-Id", gemeenteA)), 404);
        assertAUnchangedAndBEmpty();
    }

    private void assertAUnchangedAndBEmpty() throws Exception {
        assertThat(body(api.getData(bearer(gemeenteA, "coordinator"), organisation, 2025))).isEqualTo(dataOfA);
        assertThat(body(api.versions(bearer(gemeenteA, "coordinator"), organisation, 2025))).isEqualTo(versionsOfA);
        assertThat(mongo.getDatabase("footprint_" + gemeenteB).getCollection("consumption_data").countDocuments())
                .isZero();
        assertThat(mongo.getDatabase("footprint_" + gemeenteB).getCollection("footprint_results").countDocuments())
                .isZero();
    }
}
