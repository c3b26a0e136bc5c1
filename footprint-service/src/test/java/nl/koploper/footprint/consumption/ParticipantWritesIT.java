package nl.koploper.footprint.consumption;

import static nl.koploper.footprint.FootprintApi.CONTACT;
import static nl.koploper.footprint.FootprintApi.body;
import static nl.koploper.footprint.FootprintApi.calculations;
import static nl.koploper.footprint.FootprintApi.data;
import static nl.koploper.footprint.FootprintApi.newOrganisation;
import static nl.koploper.footprint.FootprintApi.office;
import static nl.koploper.footprint.FootprintApi.problem;
import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.koploper.footprint.AbstractIT;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A business owner enters its own organisation's data (JSON or CSV) and calculates its footprint, with the check its
 * reads have: the organisation's contact e-mail, as cohort-service registered it, is its token's. Another
 * organisation's data, or another gemeente's, is the 404 (or 403) a read gets, whatever the body, and nothing changes;
 * bad input is the coordinator's 400.
 */
@KoploperIntegrationTest
class ParticipantWritesIT extends AbstractIT {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final String OTHER_CONTACT = "info@garage-het-anker.example";

    String gemeente;
    String own;
    String ownParticipant;

    @BeforeEach
    void aGemeenteAndAParticipant() throws Exception {
        gemeente = gemeenten.newGemeente("participant");
        own = api.participant(gemeente, CONTACT);
        ownParticipant = participant(gemeente, CONTACT);
    }

    @Test
    void aParticipantStoresReplacesImportsAndCalculatesItsOwnData() throws Exception {
        String first = api.putData(ownParticipant, own, 2025, office())
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andReturn().getResponse().getHeader("ETag");
        api.getData(bearer(gemeente, "coordinator"), own, 2025).andExpect(status().isOk())
                .andExpect(jsonPath("$.data.contactEmail").value(CONTACT))
                .andExpect(jsonPath("$.data.fuelsAndHeat.naturalGasNm3.yearTotal").value(3000));

        // the same login in capitals is the same contact, as for reads
        api.putData(participant(gemeente, CONTACT.toUpperCase()), own, 2025, office("3500"), first)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        importCsv(ownParticipant, own, 2025, ConsumptionCsvIT.example(), "\"1\"")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.data.electricity.boughtKwh.monthly[11]").value(2200));

        calculate(ownParticipant, own, 2025).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1));
        api.versions(api.advisor(gemeente, own), own, 2025).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].inputVersion").value(2));
    }

    @Test
    void aParticipantStartsEveryYearOfItsOwnOrganisation() throws Exception {
        api.putData(ownParticipant, own, 2025, office()).andExpect(status().isCreated());
        api.putData(ownParticipant, own, 2024, "{\"fuelsAndHeat\": {\"naturalGasNm3\": {\"yearTotal\": 2800}}}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.data.contactEmail").value(CONTACT));
        api.getData(ownParticipant, own, 2024).andExpect(status().isOk());
    }

    @Test
    void aParticipantOfOrganisationAWritesNothingOfOrganisationB() throws Exception {
        String other = api.participant(gemeente, OTHER_CONTACT);
        api.putData(bearer(gemeente, "coordinator"), other, 2025, office().replace(CONTACT, OTHER_CONTACT))
                .andExpect(status().isCreated());
        api.calculate(bearer(gemeente, "coordinator"), other, 2025).andExpect(status().isCreated());
        api.putData(ownParticipant, own, 2025, office()).andExpect(status().isCreated());
        String dataOfB = body(api.getData(bearer(gemeente, "coordinator"), other, 2025));
        String versionsOfB = body(api.versions(bearer(gemeente, "coordinator"), other, 2025));
        long stored = storedCount(gemeente);

        // the answer a read gets, whatever the body, the If-Match or the year: nothing to learn about B
        problem(api.getData(ownParticipant, other, 2025), 404);
        problem(api.putData(ownParticipant, other, 2025, office("1")), 404);
        problem(api.putData(ownParticipant, other, 2025, office("1"), "\"0\""), 404);
        problem(api.putData(ownParticipant, other, 2025, office("1"), "\"7\""), 404);
        problem(api.putData(ownParticipant, other, 2025, office("-5")), 404);
        problem(api.putData(ownParticipant, other, 2024, office("1")), 404);
        problem(importCsv(ownParticipant, other, 2025, ConsumptionCsvIT.example(), null), 404);
        problem(calculate(ownParticipant, other, 2025), 404);
        // a participant without data of its own yet is no contact of B either
        String newcomer = participant(gemeente, "info@hotel-de-zon.example");
        problem(api.putData(newcomer, other, 2025, office("1")), 404);
        problem(calculate(newcomer, other, 2025), 404);
        // an id that is no participant of the gemeente is no one's to start
        problem(api.putData(ownParticipant, newOrganisation(), 2025, office("1")), 404);

        assertThat(body(api.getData(bearer(gemeente, "coordinator"), other, 2025))).isEqualTo(dataOfB);
        assertThat(body(api.versions(bearer(gemeente, "coordinator"), other, 2025))).isEqualTo(versionsOfB);
        assertThat(storedCount(gemeente)).isEqualTo(stored);
    }

    /**
     * Who wrote first plays no part (the "first claim" of before): an organisation without data is its registered
     * contact's, not the first login's to write it, and data a coordinator entered under another e-mail is still the
     * contact's to read and change.
     */
    @Test
    void theRegisteredContactDecidesNotWhoWritesFirst() throws Exception {
        String other = api.participant(gemeente, OTHER_CONTACT);
        String newcomer = participant(gemeente, "info@hotel-de-zon.example");
        problem(api.putData(newcomer, other, 2025, office().replace(CONTACT, "info@hotel-de-zon.example")), 404);
        problem(importCsv(newcomer, other, 2025, ConsumptionCsvIT.example(), null), 404);
        assertThat(storedCount(gemeente)).isZero();

        api.putData(bearer(gemeente, "coordinator"), other, 2025, office().replace(CONTACT, "boekhouder@example.nl"))
                .andExpect(status().isCreated());
        String contact = participant(gemeente, OTHER_CONTACT);
        api.getData(contact, other, 2025).andExpect(status().isOk());
        api.putData(contact, other, 2025, office("2500").replace(CONTACT, OTHER_CONTACT), "\"0\"")
                .andExpect(status().isOk());
        calculate(contact, other, 2025).andExpect(status().isCreated());
        problem(api.getData(newcomer, other, 2025), 404);
    }

    @Test
    void aParticipantCannotHandItsDataToAnotherContact() throws Exception {
        String before = body(api.putData(ownParticipant, own, 2025, office()).andExpect(status().isCreated()));

        String answer = body(problem(api.putData(ownParticipant, own, 2025,
                office().replace(CONTACT, OTHER_CONTACT), "\"0\""), 400));
        assertThat(JsonPath.<List<String>>read(answer, "$.errors[*].field")).containsExactly("contactEmail");
        assertThat(JsonPath.<List<String>>read(answer, "$.errors[*].code")).containsExactly("not-own");
        // also on the first data of its own organisation
        problem(api.putData(participant(gemeente, OTHER_CONTACT), api.participant(gemeente, OTHER_CONTACT), 2025,
                office()), 400);

        assertThat(body(api.getData(ownParticipant, own, 2025))).isEqualTo(before);
        assertThat(storedCount(gemeente)).isEqualTo(1);
    }

    @Test
    void aParticipantOfGemeenteAWritesNothingInGemeenteB() throws Exception {
        String gemeenteB = gemeenten.newGemeente("participant-b");
        String ofB = api.participant(gemeenteB, CONTACT);
        api.storedOffice(gemeenteB, ofB, 2025);
        String dataOfB = body(api.getData(bearer(gemeenteB, "coordinator"), ofB, 2025));
        // the same person, contact of an organisation in both gemeenten, signed in for gemeente A
        api.putData(ownParticipant, own, 2025, office()).andExpect(status().isCreated());

        problem(http.perform(put(data(ofB, 2025)).param("tenant", gemeenteB).header("Authorization", ownParticipant)
                .contentType(MediaType.APPLICATION_JSON).content(office("1"))), 403);
        problem(http.perform(put(data(ofB, 2025) + "/csv").param("tenant", gemeenteB)
                .header("Authorization", ownParticipant).contentType(CSV)
                .content(ConsumptionCsvIT.example().getBytes(StandardCharsets.UTF_8))), 403);
        problem(http.perform(post(calculations(ofB, 2025)).param("tenant", gemeenteB)
                .header("Authorization", ownParticipant)), 403);
        // without naming B the request is gemeente A's, where B's organisation is not this participant's
        problem(api.putData(ownParticipant, ofB, 2025, office("1")), 404);
        problem(calculate(ownParticipant, ofB, 2025), 404);

        assertThat(body(api.getData(bearer(gemeenteB, "coordinator"), ofB, 2025))).isEqualTo(dataOfB);
        assertThat(mongo.getDatabase("footprint_" + gemeenteB).getCollection("footprint_results").countDocuments())
                .isZero();
        assertThat(storedCount(gemeente)).isEqualTo(1);
    }

    @Test
    void badInputFromAParticipantIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        String answer = body(problem(api.putData(ownParticipant, own, 2025,
                "{\"fuelsAndHeat\": {\"naturalGasNm3\": {\"yearTotal\": -5}}}"), 400));
        assertThat(JsonPath.<List<String>>read(answer, "$.errors[*].field"))
                .anySatisfy(field -> assertThat(field).startsWith("fuelsAndHeat.naturalGasNm3"));
        problem(api.putData(ownParticipant, own, 2025, "{\"fuelsAndHeat\": {\"naturalGasM3\": {}}}"), 400);
        problem(api.putData(ownParticipant, own, 2025, "{\"year\": 2024}"), 400);
        String csv = body(problem(importCsv(ownParticipant, own, 2025,
                "field;value\nelectricity.boughtKwh;veel\n", null), 400));
        assertThat(JsonPath.<List<String>>read(csv, "$.errors[*].field"))
                .anySatisfy(field -> assertThat(field).startsWith("line 2"));
        problem(api.putData(ownParticipant, "bad id!", 2025, office()), 400);
        assertThat(storedCount(gemeente)).isZero();

        // and on stored data: refused, the data as it was
        String before = body(api.putData(ownParticipant, own, 2025, office()).andExpect(status().isCreated()));
        problem(api.putData(ownParticipant, own, 2025,
                "{\"electricity\": {\"boughtKwh\": {\"yearTotal\": 100}, \"greenSharePercent\": 120}}", "\"0\""), 400);
        problem(http.perform(post(calculations(own, 2025)).param("factorSetYear", "1800")
                .header("Authorization", ownParticipant)), 400);
        assertThat(body(api.getData(ownParticipant, own, 2025))).isEqualTo(before);
        assertThat(mongo.getDatabase("footprint_" + gemeente).getCollection("footprint_results").countDocuments())
                .isZero();
    }

    private ResultActions importCsv(String token, String organisationId, int year, String file, String ifMatch)
            throws Exception {
        MockHttpServletRequestBuilder request = put(data(organisationId, year) + "/csv")
                .header("Authorization", token).contentType(CSV).content(file.getBytes(StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.perform(request);
    }

    private ResultActions calculate(String token, String organisationId, int year) throws Exception {
        return api.calculate(token, organisationId, year);
    }

    private static String participant(String gemeente, String email) {
        return "Bearer " + TestTokens.tokenWithEmail(gemeente, email, "participant");
    }

    private long storedCount(String gemeente) {
        return mongo.getDatabase("footprint_" + gemeente).getCollection("consumption_data")
                .countDocuments(new Document());
    }
}
