package nl.koploper.footprint;

import static nl.koploper.test.TestTokens.bearer;
import static nl.koploper.footprint.FootprintApi.body;
import static nl.koploper.footprint.FootprintApi.newTenant;
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
 * Every tenant-scoped endpoint, written by gemeente A and tried by gemeente B: B gets 404 (never 403, which would
 * confirm the organisation exists), and A's data and versions stay exactly as they were.
 */
@KoploperIntegrationTest
class TenantIsolationIT extends AbstractIT {

    String tenantA;
    String tenantB;
    String organisation;
    String dataOfA;
    String versionsOfA;

    @BeforeEach
    void anOrganisationOfGemeenteAWithOneFootprint() throws Exception {
        tenantA = gemeenten.newGemeente("a");
        tenantB = gemeenten.newGemeente("b");
        organisation = api.participant(tenantA);
        api.storedOffice(tenantA, organisation, 2025);
        api.calculate(bearer(tenantA, "coordinator"), organisation, 2025).andExpect(status().isCreated());
        dataOfA = body(api.getData(bearer(tenantA, "coordinator"), organisation, 2025));
        versionsOfA = body(api.versions(bearer(tenantA, "coordinator"), organisation, 2025));
    }

    @Test
    void gemeenteBFindsNothingOfA() throws Exception {
        for (String role : new String[] {"coordinator", "advisor"}) {
            String b = bearer(tenantB, role);
            problem(api.getData(b, organisation, 2025), 404);
            problem(api.calculate(b, organisation, 2025), 404);
            problem(api.versions(b, organisation, 2025), 404);
            problem(api.version(b, organisation, 2025, 1), 404);
        }
        problem(api.getData("Bearer " + TestTokens.tokenWithEmail(tenantB, FootprintApi.CONTACT, "participant"),
                organisation, 2025), 404);
        // A's organisation is no participant of B: nothing to overwrite, nothing to start
        problem(api.putData(bearer(tenantB, "coordinator"), organisation, 2025, office("1"), "\"0\""), 404);
        problem(api.putData(bearer(tenantB, "coordinator"), organisation, 2025, office("1")), 404);
        assertAUnchangedAndBEmpty();
    }

    @Test
    void gemeenteBsOwnDataOfTheSameOrganisationIdStaysApart() throws Exception {
        api.register(tenantB, organisation, FootprintApi.CONTACT);
        api.putData(bearer(tenantB, "coordinator"), organisation, 2025, office("1")).andExpect(status().isCreated());
        api.calculate(bearer(tenantB, "coordinator"), organisation, 2025).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1));
        assertThat(body(api.getData(bearer(tenantA, "coordinator"), organisation, 2025))).isEqualTo(dataOfA);
        assertThat(body(api.versions(bearer(tenantA, "coordinator"), organisation, 2025))).isEqualTo(versionsOfA);
        assertThat(mongo.getDatabase("footprint_" + tenantB).getCollection("consumption_data").find().first()
                .getString("tenantId")).isEqualTo(tenantB);
    }

    @Test
    void aUserCannotNameAnotherGemeenteAndThePlatformTeamOnlyByNamingIt() throws Exception {
        problem(http.perform(get(FootprintApi.data(organisation, 2025)).param("tenant", tenantA)
                .header("Authorization", bearer(tenantB, "coordinator"))), 403);
        problem(http.perform(get(FootprintApi.data(organisation, 2025))
                .header("Authorization", "Bearer " + TestTokens.platformAdmin())), 400);
        http.perform(get(FootprintApi.data(organisation, 2025)).param("tenant", tenantA)
                        .header("Authorization", "Bearer " + TestTokens.platformAdmin()))
                .andExpect(status().isOk());
        problem(http.perform(get(FootprintApi.data(organisation, 2025)).param("tenant", tenantB)
                .header("Authorization", "Bearer " + TestTokens.platformAdmin())), 404);
        problem(http.perform(get(FootprintApi.data(organisation, 2025))
                .header("Authorization", bearer(tenantB, "coordinator")).header("X-Tenant-Id", tenantA)), 404);
        assertAUnchangedAndBEmpty();
    }

    private void assertAUnchangedAndBEmpty() throws Exception {
        assertThat(body(api.getData(bearer(tenantA, "coordinator"), organisation, 2025))).isEqualTo(dataOfA);
        assertThat(body(api.versions(bearer(tenantA, "coordinator"), organisation, 2025))).isEqualTo(versionsOfA);
        assertThat(mongo.getDatabase("footprint_" + tenantB).getCollection("consumption_data").countDocuments()).isZero();
        assertThat(mongo.getDatabase("footprint_" + tenantB).getCollection("footprint_results").countDocuments()).isZero();
    }
}
