package nl.koploper.cohort.registration;

import static nl.koploper.test.TestTokens.bearer;
import static nl.koploper.cohort.CohortApi.contactEmail;
import static nl.koploper.cohort.CohortApi.problem;
import static nl.koploper.cohort.CohortApi.registrationJson;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koploper.test.TestTokens;
import nl.koploper.cohort.CohortApi;
import nl.koploper.test.KoploperIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Self-registration through the gemeente's published link: no login, the gemeente from the path, a minimal answer. */
@KoploperIntegrationTest
class PublicRegistrationIT {

    @Autowired
    MockMvc http;
    @Autowired
    nl.koploper.test.TestGemeenten gemeenten;

    CohortApi api;
    String gemeente;
    String cohortId;

    @BeforeEach
    void anOpenCohortOfOnePlace() throws Exception {
        api = new CohortApi(http);
        gemeente = gemeenten.newGemeente("pub");
        cohortId = api.openCohort(gemeente, 1, 1);
    }

    private ResultActions selfRegister(String tenant, String cohort, String json) throws Exception {
        return http.perform(post("/api/public/cohorts/" + tenant + "/" + cohort + "/registrations")
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private void registrations(int expected) throws Exception {
        http.perform(get("/api/cohorts/" + cohortId + "/participants")
                        .header("Authorization", bearer(gemeente, "coordinator")))
                .andExpect(jsonPath("$.totalElements").value(expected));
    }

    @Test
    void anOrganisationRegistersWithoutLoginAndLearnsOnlyWhereItStands() throws Exception {
        selfRegister(gemeente, cohortId, registrationJson(1))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$", aMapWithSize(2)))
                .andExpect(jsonPath("$.status").value("PLACED"))
                .andExpect(jsonPath("$.waitlistPosition").doesNotExist());
        selfRegister(gemeente, cohortId, registrationJson(2))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("WAITLISTED"))
                .andExpect(jsonPath("$.waitlistPosition").value(1))
                .andExpect(jsonPath("$.id").doesNotExist())
                .andExpect(jsonPath("$.organisation").doesNotExist());

        http.perform(get("/api/cohorts/" + cohortId + "/participants")
                        .header("Authorization", bearer(gemeente, "coordinator")))
                .andExpect(jsonPath("$.content[1].contact.email").value(contactEmail(2)));
    }

    @Test
    void aDuplicateKvkNumberSaysOnlyWhatTheRegistrantTyped() throws Exception {
        selfRegister(gemeente, cohortId, registrationJson(1)).andExpect(status().isCreated());
        problem(selfRegister(gemeente, cohortId, registrationJson("10000001", "ander@example.nl", true)), 409)
                .andExpect(jsonPath("$.rule").value("kvk-already-registered"))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(contactEmail(1)))));
        registrations(1);
    }

    @Test
    void theRegistrantReadsWhatIsWrongInDutchUnlessEnglishIsAsked() throws Exception {
        problem(selfRegister(gemeente, cohortId, registrationJson("1234", contactEmail(1), false)), 400)
                .andExpect(jsonPath("$.title").value("Ongeldige aanvraag"))
                .andExpect(jsonPath("$.errors[0].field").value("consentToTerms"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "moet waar zijn: een organisatie meldt zich pas aan na akkoord met de deelnamevoorwaarden"));
        problem(selfRegister(gemeente, cohortId, registrationJson("1234", contactEmail(1), true)), 400)
                .andExpect(jsonPath("$.errors[0].field").value("organisation.kvkNumber"))
                .andExpect(jsonPath("$.errors[0].code").value("not-a-kvk-number"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "moet een KvK-nummer van 8 cijfers zijn, bijvoorbeeld 12345678"));
        problem(http.perform(post("/api/public/cohorts/" + gemeente + "/" + cohortId + "/registrations")
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(registrationJson("1234", contactEmail(1), true))), 400)
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[0].code").value("not-a-kvk-number"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "must be the 8 digits of a KvK number, e.g. 12345678"));
        selfRegister(gemeente, cohortId, registrationJson(1)).andExpect(status().isCreated());
        problem(selfRegister(gemeente, cohortId, registrationJson("10000001", "ander@example.nl", true)), 409)
                .andExpect(jsonPath("$.rule").value("kvk-already-registered"))
                .andExpect(jsonPath("$.detail").value(
                        "KvK-nummer 10000001 is al aangemeld voor deze groep en heeft een plaats"));
        registrations(1);
    }

    @Test
    void consentIsRequired() throws Exception {
        problem(selfRegister(gemeente, cohortId, registrationJson("10000001", contactEmail(1), false)), 400)
                .andExpect(jsonPath("$.errors[0].field").value("consentToTerms"));
        problem(selfRegister(gemeente, cohortId, registrationJson(1)
                .replace("\"consentToTerms\":true", "\"consentToTerms\":null")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("consentToTerms"));
        registrations(0);
    }

    @Test
    void badFieldsAreListedAndNothingIsStored() throws Exception {
        problem(selfRegister(gemeente, cohortId, registrationJson("1234", "geen-mail", true)), 400)
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder(
                        "organisation.kvkNumber", "contact.email")));
        problem(selfRegister(gemeente, cohortId, "{\"organisation\":"), 400);
        registrations(0);
    }

    @Test
    void theGemeenteInThePathMustBeASlugAndKnown() throws Exception {
        problem(selfRegister("Not_A_Slug", cohortId, registrationJson(1)), 400)
                .andExpect(jsonPath("$.errors[0].field").value("tenant"));
        problem(selfRegister(TestTokens.newGemeente("nobody"), cohortId, registrationJson(1)), 404);
        problem(selfRegister(gemeente, "no-such-cohort", registrationJson(1)), 404);
        registrations(0);
    }

    @Test
    void onlyAnOpenCohortTakesRegistrations() throws Exception {
        String draft = api.createCohort(gemeente, 1, 1);
        problem(selfRegister(gemeente, draft, registrationJson(1)), 409)
                .andExpect(jsonPath("$.rule").value("cohort-not-open"));
    }
}
