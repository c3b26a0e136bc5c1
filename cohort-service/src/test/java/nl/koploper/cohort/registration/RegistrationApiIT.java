package nl.koploper.cohort.registration;

import static nl.koploper.test.TestTokens.bearer;
import static nl.koploper.cohort.CohortApi.contactEmail;
import static nl.koploper.cohort.CohortApi.participantBearer;
import static nl.koploper.cohort.CohortApi.problem;
import static nl.koploper.cohort.CohortApi.registrationJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import nl.koploper.cohort.CohortApi;
import nl.koploper.contracts.Topics;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.PublishedEvents;
import nl.koploper.test.ServiceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Registration by the coordinator, the waiting list, who may see and withdraw which participant, and the events a
 * withdrawal, the promotion it brings and a removal publish.
 */
@KoploperIntegrationTest
class RegistrationApiIT extends ServiceIntegrationTest {

    CohortApi api;
    String gemeente;
    String coordinator;
    String cohortId;

    @BeforeEach
    void anOpenCohortOfTwoPlaces() throws Exception {
        api = new CohortApi(http);
        gemeente = gemeenten.newGemeente("reg");
        coordinator = bearer(gemeente, "coordinator");
        cohortId = api.openCohort(gemeente, 1, 2);
    }

    private String participants() {
        return "/api/cohorts/" + cohortId + "/participants";
    }

    private ResultActions register(String json) throws Exception {
        return api.postJson(participants(), coordinator, json);
    }

    private void participantCount(int expected) throws Exception {
        http.perform(get(participants()).header("Authorization", coordinator))
                .andExpect(jsonPath("$.totalElements").value(expected));
    }

    @Nested
    class Registering {

        @Test
        void placesWhileThereArePlacesThenWaitlistsInOrder() throws Exception {
            register(registrationJson(1))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location",
                            org.hamcrest.Matchers.startsWith("/api/cohorts/" + cohortId + "/participants/")))
                    .andExpect(jsonPath("$.status").value("PLACED"))
                    .andExpect(jsonPath("$.waitlistPosition").doesNotExist())
                    .andExpect(jsonPath("$.organisation.kvkNumber").value("10000001"))
                    .andExpect(jsonPath("$.organisation.sbiCode").value("4721"))
                    .andExpect(jsonPath("$.organisation.postalCode").value("9712 HN"))
                    .andExpect(jsonPath("$.consentGivenAt").isNotEmpty());
            register(registrationJson(2)).andExpect(jsonPath("$.status").value("PLACED"));
            register(registrationJson(3))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.status").value("WAITLISTED"))
                    .andExpect(jsonPath("$.waitlistPosition").value(1));
            register(registrationJson(4)).andExpect(jsonPath("$.waitlistPosition").value(2));

            http.perform(get(participants()).param("size", "3").header("Authorization", coordinator))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].status", contains("PLACED", "PLACED", "WAITLISTED")))
                    .andExpect(jsonPath("$.totalElements").value(4))
                    .andExpect(jsonPath("$.totalPages").value(2));
            http.perform(get("/api/cohorts/" + cohortId).header("Authorization", coordinator))
                    .andExpect(jsonPath("$.placed").value(2))
                    .andExpect(jsonPath("$.waitlisted").value(2));
        }

        @Test
        void oneKvkNumberRegistersOncePerCohort() throws Exception {
            register(registrationJson(1)).andExpect(status().isCreated());
            problem(register(registrationJson("1000 0001", "iemand@anders.nl", true)), 409)
                    .andExpect(jsonPath("$.rule").value("kvk-already-registered"));
            participantCount(1);
        }

        @Test
        void aCohortThatIsNotOpenTakesNoRegistrations() throws Exception {
            String draft = api.createCohort(gemeente, 8, 15);
            problem(api.postJson("/api/cohorts/" + draft + "/participants", coordinator, registrationJson(1)), 409)
                    .andExpect(jsonPath("$.rule").value("cohort-not-open"));
        }

        @Test
        void anUnknownCohortIsNotFound() throws Exception {
            problem(api.postJson("/api/cohorts/nope/participants", coordinator, registrationJson(1)), 404);
            problem(http.perform(get("/api/cohorts/nope/participants").header("Authorization", coordinator)), 404);
            problem(http.perform(get(participants() + "/nope").header("Authorization", coordinator)), 404);
            problem(http.perform(post(participants() + "/nope/withdraw").header("Authorization", coordinator)), 404);
            problem(api.postJson(participants() + "/nope/remove", coordinator, "{\"reason\":\"Dubbel\"}"), 404);
        }
    }

    @Nested
    class BadInput {

        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource(delimiter = '|', value = {
                "organisation.kvkNumber | \"kvkNumber\":\"1234567\"",
                "organisation.kvkNumber | \"kvkNumber\":\"1234567a\"",
                "organisation.sbiCode | \"sbiCode\":\"00\"",
                "organisation.sbiCode | \"sbiCode\":\"4.721\"",
                "organisation.type | \"type\":\"BAKERY\"",
                "organisation.sizeFte | \"sizeFte\":0",
                "organisation.sizeFte | \"sizeFte\":-3",
                "organisation.name | \"name\":\"\"",
                "organisation.address.postalCode | \"postalCode\":\"0712 AB\"",
                "organisation.address.street | \"street\":null",
                "organisation.address.city | \"city\":\" \"",
                "contact.email | \"email\":\"anna.example.nl\"",
                "contact.phone | \"phone\":\"12345\"",
                "contact.locale | \"locale\":\"de\"",
                "contact.name | \"name\":\"\""})
        void aWrongFieldIsNamedAndNothingIsStored(String field, String replacement) throws Exception {
            String json = registrationJson(1);
            String key = replacement.substring(0, replacement.indexOf(':'));
            String wrong = field.equals("contact.name") ? json.replace("\"name\":\"Anna de Vries\"", replacement)
                    : json.replaceFirst(key + ":(\"[^\"]*\"|[-0-9.]+)", java.util.regex.Matcher.quoteReplacement(replacement));
            problem(register(wrong), 400).andExpect(jsonPath("$.errors[*].field", contains(field)));
            participantCount(0);
        }

        @Test
        void everyWrongFieldIsListedAtOnce() throws Exception {
            problem(register("""
                    {"organisation":{"name":"X","kvkNumber":"123","type":"COMPANY","sbiCode":"99999999",
                      "sizeFte":1,"address":{"street":"S","houseNumber":"1","postalCode":"12","city":"C"}},
                     "contact":{"name":"A","email":"no","phone":"1","locale":"nl"},"consentToTerms":true}"""), 400)
                    .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("organisation.kvkNumber",
                            "organisation.sbiCode", "organisation.address.postalCode", "contact.email",
                            "contact.phone")))
                    .andExpect(jsonPath("$.errors[?(@.field == 'organisation.kvkNumber')].code",
                            contains("not-a-kvk-number")));
            participantCount(0);
        }

        @Test
        void consentAndTheWholeOrganisationAreRequired() throws Exception {
            problem(register(registrationJson("10000001", contactEmail(1), false)), 400)
                    .andExpect(jsonPath("$.errors[0].field").value("consentToTerms"));
            problem(register("{\"consentToTerms\":true}"), 400)
                    .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("organisation", "contact")));
            problem(register("{\"organisation\":"), 400);
            problem(register("{\"organisation\":{\"sizeFte\":\"big\"}}"), 400);
            participantCount(0);
        }

        @Test
        void aRemovalNeedsAReasonAndAWithdrawalReasonIsBounded() throws Exception {
            String id = api.register(gemeente, cohortId, 1);
            problem(api.postJson(participants() + "/" + id + "/remove", coordinator, "{\"reason\":\"  \"}"), 400)
                    .andExpect(jsonPath("$.errors[0].field").value("reason"));
            problem(http.perform(post(participants() + "/" + id + "/remove").header("Authorization", coordinator)),
                    400);
            problem(api.postJson(participants() + "/" + id + "/withdraw", coordinator,
                    "{\"reason\":\"" + "x".repeat(1001) + "\"}"), 400)
                    .andExpect(jsonPath("$.errors[0].field").value("reason"));
            http.perform(get(participants() + "/" + id).header("Authorization", coordinator))
                    .andExpect(jsonPath("$.status").value("PLACED"));
        }

        @Test
        void participantPagingIsChecked() throws Exception {
            problem(http.perform(get(participants()).param("size", "101").header("Authorization", coordinator)), 400)
                    .andExpect(jsonPath("$.errors[0].field").value("size"));
        }
    }

    @Nested
    class Leaving {

        @Test
        void aWithdrawalFreesThePlaceForTheFirstOnTheWaitingList() throws Exception {
            String first = api.register(gemeente, cohortId, 1);
            api.register(gemeente, cohortId, 2);
            String waiting = api.register(gemeente, cohortId, 3);

            api.postJson(participants() + "/" + first + "/withdraw", coordinator, "{\"reason\":\"Geen tijd\"}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("WITHDRAWN"))
                    .andExpect(jsonPath("$.leaveReason").value("Geen tijd"));

            http.perform(get(participants() + "/" + waiting).header("Authorization", coordinator))
                    .andExpect(jsonPath("$.status").value("PLACED"));

            // Published in that order, each with the contact that notification-service writes to.
            List<ConsumerRecord<String, String>> events = published(Topics.COHORT_EVENTS, cohortId)
                    .until("participant-promoted.v1", 1);
            assertThat(events).extracting(PublishedEvents::type).endsWith(
                    "nl.koploper.cohort.participant-withdrew.v1", "nl.koploper.cohort.participant-promoted.v1");
            String withdrew = events.get(events.size() - 2).value();
            assertThat(JsonPath.<String>read(withdrew, "$.participantId")).isEqualTo(first);
            assertThat(JsonPath.<String>read(withdrew, "$.contact.email")).isEqualTo(contactEmail(1));
            assertThat(JsonPath.<String>read(withdrew, "$.reason")).isEqualTo("Geen tijd");
            assertThat(JsonPath.<Boolean>read(withdrew, "$.wasWaitlisted")).isFalse();
            String promoted = events.get(events.size() - 1).value();
            assertThat(JsonPath.<String>read(promoted, "$.participantId")).isEqualTo(waiting);
            assertThat(JsonPath.<String>read(promoted, "$.contact.email")).isEqualTo(contactEmail(3));
            assertThat(JsonPath.<String>read(promoted, "$.vacatedBy")).isEqualTo(first);
        }

        @Test
        void theCoordinatorRemovesWithAReason() throws Exception {
            String id = api.register(gemeente, cohortId, 1);
            api.postJson(participants() + "/" + id + "/remove", coordinator, "{\"reason\":\"Geen bedrijf in de gemeente\"}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("REMOVED"));
            problem(api.postJson(participants() + "/" + id + "/remove", coordinator, "{\"reason\":\"Nogmaals\"}"), 409)
                    .andExpect(jsonPath("$.rule").value("participant-not-active"));

            String removed = published(Topics.COHORT_EVENTS, cohortId).payloads("participant-removed.v1", 1).get(0);
            assertThat(JsonPath.<String>read(removed, "$.participantId")).isEqualTo(id);
            assertThat(JsonPath.<String>read(removed, "$.contact.email")).isEqualTo(contactEmail(1));
            assertThat(JsonPath.<String>read(removed, "$.reason")).isEqualTo("Geen bedrijf in de gemeente");
            assertThat(JsonPath.<Boolean>read(removed, "$.wasWaitlisted")).isFalse();
        }
    }

    @Nested
    class WhoSeesWhom {

        String mine;
        String theirs;

        @BeforeEach
        void twoParticipants() throws Exception {
            mine = api.register(gemeente, cohortId, 1);
            theirs = api.register(gemeente, cohortId, 2);
        }

        @Test
        void aParticipantReadsItsOwnOrganisation() throws Exception {
            http.perform(get(participants() + "/" + mine)
                            .header("Authorization", participantBearer(gemeente, contactEmail(1).toUpperCase())))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value(mine));
        }

        @Test
        void aParticipantCannotReadOrWithdrawAnotherOfTheSameCohort() throws Exception {
            String me = participantBearer(gemeente, contactEmail(1));
            problem(http.perform(get(participants() + "/" + theirs).header("Authorization", me)), 404);
            problem(http.perform(post(participants() + "/" + theirs + "/withdraw").header("Authorization", me)), 404);
            problem(http.perform(get(participants() + "/" + theirs)
                    .header("Authorization", bearer(gemeente, "participant"))), 404);
            http.perform(get(participants() + "/" + theirs).header("Authorization", coordinator))
                    .andExpect(jsonPath("$.status").value("PLACED"));
        }

        @Test
        void aParticipantWithdrawsItself() throws Exception {
            http.perform(post(participants() + "/" + mine + "/withdraw")
                            .header("Authorization", participantBearer(gemeente, contactEmail(1))))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        }

        @Test
        void onlyTheCoordinatorRegistersListsAndRemoves() throws Exception {
            for (String role : List.of("participant", "advisor", "jury")) {
                String other = bearer(gemeente, role);
                problem(api.postJson(participants(), other, registrationJson(9)), 403);
                problem(http.perform(get(participants()).header("Authorization", other)), 403);
                problem(api.postJson(participants() + "/" + mine + "/remove", other, "{\"reason\":\"Weg\"}"), 403);
            }
            for (String role : List.of("advisor", "jury")) {
                problem(http.perform(get(participants() + "/" + mine).header("Authorization", bearer(gemeente, role))),
                        403);
                problem(http.perform(post(participants() + "/" + mine + "/withdraw")
                        .header("Authorization", bearer(gemeente, role))), 403);
            }
            participantCount(2);
        }
    }

}
