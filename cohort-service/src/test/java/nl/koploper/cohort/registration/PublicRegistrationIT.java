package nl.koploper.cohort.registration;

import static nl.koploper.test.TestTokens.bearer;
import static nl.koploper.cohort.CohortApi.contactEmail;
import static nl.koploper.cohort.CohortApi.problem;
import static nl.koploper.cohort.CohortApi.registrationJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import nl.koploper.contracts.Topics;
import nl.koploper.test.PublishedEvents;
import nl.koploper.test.TestTokens;
import nl.koploper.cohort.CohortApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Self-registration through the gemeente's published link: no login, the gemeente from the path, and an answer that
 * says nothing about who takes part.
 */
@KoploperIntegrationTest
class PublicRegistrationIT extends ServiceIntegrationTest {

    CohortApi api;
    String gemeente;
    String cohortId;

    @BeforeEach
    void anOpenCohortOfOnePlace() throws Exception {
        api = new CohortApi(http);
        gemeente = gemeenten.newGemeente("pub");
        cohortId = api.openCohort(gemeente, 1, 1);
    }

    private ResultActions selfRegister(String gemeente, String cohort, String json) throws Exception {
        return http.perform(post("/api/public/cohorts/" + gemeente + "/" + cohort + "/registrations")
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private void registrations(int expected) throws Exception {
        http.perform(get("/api/cohorts/" + cohortId + "/participants")
                        .header("Authorization", bearer(gemeente, "coordinator")))
                .andExpect(jsonPath("$.totalElements").value(expected));
    }

    @Test
    void anOrganisationRegistersWithoutLoginAndIsToldOnlyThatItWasReceived() throws Exception {
        selfRegister(gemeente, cohortId, registrationJson(1))
                .andExpect(status().isAccepted())
                .andExpect(content().json("{\"status\":\"RECEIVED\"}", JsonCompareMode.STRICT));
        // The second one waits; it is told no more than the first (the mail says where it stands).
        selfRegister(gemeente, cohortId, registrationJson(2))
                .andExpect(status().isAccepted())
                .andExpect(content().json("{\"status\":\"RECEIVED\"}", JsonCompareMode.STRICT));

        http.perform(get("/api/cohorts/" + cohortId + "/participants")
                        .header("Authorization", bearer(gemeente, "coordinator")))
                .andExpect(jsonPath("$.content[0].status").value("PLACED"))
                .andExpect(jsonPath("$.content[1].status").value("WAITLISTED"))
                .andExpect(jsonPath("$.content[1].contact.email").value(contactEmail(2)));
    }

    /**
     * Whether a KvK number takes part must not be learnt by typing it into the form: a repeat gets the first
     * registration's answer to the byte, the registration on record stays as it was, and only its contact hears of it
     * (through the outbox, {@code registration-repeated.v1}).
     */
    @Test
    void aRepeatRegistrationIsAnsweredAsAFirstOneChangesNothingAndIsToldOnlyToTheContactOnRecord() throws Exception {
        MvcResult first = selfRegister(gemeente, cohortId, registrationJson(1)).andReturn();
        MvcResult waiting = selfRegister(gemeente, cohortId, registrationJson(2)).andReturn();
        String before = participantsJson();

        String someoneElse = registrationJson("10000001", "iemand.anders@example.nl", true)
                .replace("Organisatie 10000001", "Andere naam BV").replace("Anna de Vries", "Kees Buiten");
        MvcResult repeatOfPlaced = selfRegister(gemeente, cohortId, someoneElse).andReturn();
        MvcResult repeatOfWaiting = selfRegister(gemeente, cohortId,
                registrationJson("10000002", contactEmail(2).toUpperCase(java.util.Locale.ROOT), true)).andReturn();

        for (MvcResult repeat : List.of(repeatOfPlaced, repeatOfWaiting)) {
            assertThat(repeat.getResponse().getStatus()).isEqualTo(first.getResponse().getStatus()).isEqualTo(202);
            assertThat(repeat.getResponse().getContentAsByteArray())
                    .isEqualTo(first.getResponse().getContentAsByteArray())
                    .isEqualTo(waiting.getResponse().getContentAsByteArray());
            assertThat(repeat.getResponse().getContentType()).isEqualTo(first.getResponse().getContentType());
            assertThat(repeat.getResponse().getHeaderNames())
                    .containsExactlyInAnyOrderElementsOf(first.getResponse().getHeaderNames());
        }
        assertThat(participantsJson()).as("the registrations on record, unchanged").isEqualTo(before);

        List<String> repeats = published(Topics.COHORT_EVENTS, cohortId).payloads("registration-repeated.v1", 2);
        String ofPlaced = repeats.get(0);
        assertThat((String) JsonPath.read(ofPlaced, "$.contact.email")).isEqualTo(contactEmail(1));
        assertThat((String) JsonPath.read(ofPlaced, "$.organisationName")).isEqualTo("Organisatie 10000001");
        assertThat((String) JsonPath.read(ofPlaced, "$.cohortName")).isEqualTo("Koplopers " + gemeente);
        assertThat((Boolean) JsonPath.read(ofPlaced, "$.submittedByContact")).isFalse();
        assertThat(ofPlaced).as("nothing the new registrant typed leaves the form")
                .doesNotContain("iemand.anders").doesNotContain("Andere naam").doesNotContain("Kees Buiten");
        String ofWaiting = repeats.get(1);
        assertThat((String) JsonPath.read(ofWaiting, "$.contact.email")).isEqualTo(contactEmail(2));
        assertThat((Boolean) JsonPath.read(ofWaiting, "$.submittedByContact")).isTrue();
    }

    @Test
    void aRepeatWithBadFieldsIsRefusedAsAFirstOneIsAndAnnouncesNothing() throws Exception {
        selfRegister(gemeente, cohortId, registrationJson(1)).andExpect(status().isAccepted());
        String before = participantsJson();
        MvcResult repeat = problem(selfRegister(gemeente, cohortId, registrationJson("10000001", "geen-mail", true)),
                400).andExpect(jsonPath("$.errors[0].field").value("contact.email")).andReturn();
        MvcResult newcomer = problem(selfRegister(gemeente, cohortId, registrationJson("10000009", "geen-mail", true)),
                400).andReturn();
        assertThat(JsonPath.<Object>read(repeat.getResponse().getContentAsString(), "$.errors"))
                .isEqualTo(JsonPath.read(newcomer.getResponse().getContentAsString(), "$.errors"));
        problem(selfRegister(gemeente, cohortId, registrationJson("10000001", contactEmail(1), false)), 400);
        assertThat(participantsJson()).isEqualTo(before);
        // A later first registration's event is there; a repeat event before it would have been published first.
        selfRegister(gemeente, cohortId, registrationJson(3)).andExpect(status().isAccepted());
        assertThat(published(Topics.COHORT_EVENTS, cohortId).until("participant-registered.v1", 2))
                .extracting(PublishedEvents::type).doesNotContain("nl.koploper.cohort.registration-repeated.v1");
    }

    @Test
    void aClosedCohortRefusesARepeatAsItRefusesANewcomer() throws Exception {
        selfRegister(gemeente, cohortId, registrationJson(1)).andExpect(status().isAccepted());
        http.perform(post("/api/cohorts/" + cohortId + "/start").header("Authorization", bearer(gemeente, "coordinator")))
                .andExpect(status().isOk());
        String repeat = problem(selfRegister(gemeente, cohortId, registrationJson(1)), 409)
                .andExpect(jsonPath("$.rule").value("cohort-not-open")).andReturn().getResponse().getContentAsString();
        String newcomer = problem(selfRegister(gemeente, cohortId, registrationJson(2)), 409)
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(repeat, "$.detail")).isEqualTo(JsonPath.read(newcomer, "$.detail"));
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
        registrations(0);
    }

    @Test
    void theSameKvkNumberInAnotherGemeenteIsAFirstRegistrationThere() throws Exception {
        selfRegister(gemeente, cohortId, registrationJson(1)).andExpect(status().isAccepted());
        String other = gemeenten.newGemeente("pub");
        String otherCohort = api.openCohort(other, 1, 1);
        selfRegister(other, otherCohort, registrationJson(1)).andExpect(status().isAccepted());
        http.perform(get("/api/cohorts/" + otherCohort + "/participants")
                        .header("Authorization", bearer(other, "coordinator")))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].status").value("PLACED"));
        registrations(1);
        // Neither gemeente's coordinator reads the other's registrations.
        problem(http.perform(get("/api/cohorts/" + otherCohort + "/participants")
                .header("Authorization", bearer(gemeente, "coordinator"))), 404);
    }

    private String participantsJson() throws Exception {
        return http.perform(get("/api/cohorts/" + cohortId + "/participants")
                        .header("Authorization", bearer(gemeente, "coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
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
