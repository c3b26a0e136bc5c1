package nl.koploper.cohort.registration;

import static nl.koploper.cohort.CohortApi.problem;
import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.koploper.cohort.CohortApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The coordinator's spreadsheet of a cohort's registrations: every registration, in Dutch, its own gemeente only. */
@KoploperIntegrationTest
class ParticipantExportIT extends ServiceIntegrationTest {

    CohortApi api;
    String gemeente;
    String cohortId;

    @BeforeEach
    void aCohortWithOnePlaceTwoRegistrationsAndAWithdrawal() throws Exception {
        api = new CohortApi(http);
        gemeente = gemeenten.newGemeente("export");
        cohortId = api.openCohort(gemeente, 1, 1);
        String first = api.register(gemeente, cohortId, 1);
        api.register(gemeente, cohortId, 2);
        api.register(gemeente, cohortId, 3);
        api.postJson("/api/cohorts/" + cohortId + "/participants/" + first + "/withdraw",
                bearer(gemeente, "coordinator"), "{\"reason\":\"=Geen tijd; volgend jaar\"}")
                .andExpect(status().isOk());
    }

    @Test
    void theCoordinatorDownloadsEveryRegistrationAsADutchSpreadsheet() throws Exception {
        byte[] body = http.perform(get("/api/cohorts/" + cohortId + "/participants.csv")
                        .header("Authorization", bearer(gemeente, "coordinator")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        startsWith("attachment; filename=\"deelnemers-" + cohortId + ".csv\"")))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> lines = List.of(new String(body, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("\uFEFFOrganisatie;KvK-nummer;Soort organisatie;SBI-code;FTE;")
                .endsWith(";Status;Plaats op wachtlijst;Aangemeld op;Geplaatst op;Vertrokken op;Reden vertrek");
        // The first withdrew (its typed reason defused and quoted), so the second moved up; the third still waits.
        assertThat(lines.get(1)).startsWith("Organisatie 10000001;10000001;Bedrijf;47.21;12,5;Grote Markt;1;")
                .contains(";Anna de Vries;contact1@example.nl;050 123 4567;Afgemeld;;")
                .endsWith(";\"'=Geen tijd; volgend jaar\"");
        assertThat(lines.get(2)).startsWith("Organisatie 10000002;").contains(";Geplaatst;;");
        assertThat(lines.get(3)).startsWith("Organisatie 10000003;").contains(";Wachtlijst;1;");
    }

    @Test
    void anotherGemeenteAParticipantAndAnUnknownCohortGetNothing() throws Exception {
        String other = gemeenten.newGemeente("export");
        problem(http.perform(get("/api/cohorts/" + cohortId + "/participants.csv")
                .header("Authorization", bearer(other, "coordinator"))), 404);
        problem(http.perform(get("/api/cohorts/" + cohortId + "/participants.csv")
                .header("Authorization", CohortApi.participantBearer(gemeente, "contact2@example.nl"))), 403);
        problem(http.perform(get("/api/cohorts/" + cohortId + "/participants.csv")
                .header("Authorization", bearer(gemeente, "advisor"))), 403);
        problem(http.perform(get("/api/cohorts/no-such-cohort/participants.csv")
                .header("Authorization", bearer(gemeente, "coordinator"))), 404);
        problem(http.perform(get("/api/cohorts/" + cohortId + "/participants.csv")), 401);
    }
}
