package nl.koploper.footprint.consumption;

import static nl.koploper.footprint.FootprintApi.CONTACT;
import static nl.koploper.test.TestTokens.bearer;
import static nl.koploper.footprint.FootprintApi.body;
import static nl.koploper.footprint.FootprintApi.newOrganisation;
import static nl.koploper.footprint.FootprintApi.office;
import static nl.koploper.footprint.FootprintApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import nl.koploper.footprint.AbstractIT;
import nl.koploper.footprint.FootprintApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestTokens;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Consumption data per organisation and year: stored as sent, versioned with ETags, guarded by role and object. */
@KoploperIntegrationTest
class ConsumptionDataIT extends AbstractIT {

    String gemeente;
    String organisation;
    String coordinator;

    @BeforeEach
    void aFreshGemeente() throws Exception {
        gemeente = gemeenten.newGemeente("data");
        organisation = api.participant(gemeente);
        coordinator = bearer(gemeente, "coordinator");
    }

    @Test
    void storedDataComesBackAsSentWithItsVersionAsETag() throws Exception {
        String monthly = """
                {"electricity": {"boughtKwh": {"monthly": [100, 110, null, 90, 80, 70, 60, 65, 75, 95, 105, 120.5],
                                               "preliminary": true},
                                 "greenSharePercent": 0},
                 "fuelsAndHeat": {"naturalGasNm3": {"yearTotal": 0}}}
                """;
        api.putData(coordinator, organisation, 2025, monthly)
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""));

        api.getData(api.advisor(gemeente, organisation), organisation, 2025)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.organisationId").value(organisation))
                .andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.data.year").value(2025))
                .andExpect(jsonPath("$.data.electricity.boughtKwh.monthly.length()").value(12))
                .andExpect(jsonPath("$.data.electricity.boughtKwh.monthly[2]").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.data.electricity.boughtKwh.monthly[11]").value(120.5))
                .andExpect(jsonPath("$.data.electricity.boughtKwh.preliminary").value(true))
                .andExpect(jsonPath("$.data.fuelsAndHeat.naturalGasNm3.yearTotal").value(0))
                // left out stays left out: "not entered" is not turned into 0
                .andExpect(jsonPath("$.data.water").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.data.waste").value(Matchers.nullValue()));
    }

    @Test
    void anUpdateNamingTheCurrentVersionSucceedsAndAStaleOneIs412() throws Exception {
        String first = api.storedOffice(gemeente, organisation, 2025);
        var updated = api.putData(coordinator, organisation, 2025, office("3500"), first)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        String second = updated.andReturn().getResponse().getHeader("ETag");
        assertThat(body(api.getData(coordinator, organisation, 2025))).isEqualTo(body(updated));

        problem(api.putData(api.advisor(gemeente, organisation), organisation, 2025, office("9999"), first), 412);
        problem(api.putData(coordinator, organisation, 2025, office("9999"), "\"banana\""), 412);
        api.getData(coordinator, organisation, 2025)
                .andExpect(header().string("ETag", second))
                .andExpect(jsonPath("$.data.fuelsAndHeat.naturalGasNm3.yearTotal").value(3500));

        // If-Match on data that does not exist yet cannot match
        problem(api.putData(coordinator, organisation, 2024, office(), "\"0\""), 412);
    }

    /** A participant writes its own organisation's data only: {@link ParticipantWritesIT}. */
    @Test
    void juryAndThePlatformTeamCannotWrite() throws Exception {
        problem(api.putData(bearer(gemeente, "jury"), organisation, 2025, office()), 403);
        problem(http.perform(put(FootprintApi.data(organisation, 2025)).param("tenant", gemeente)
                .header("Authorization", "Bearer " + TestTokens.platformAdmin())
                .contentType(MediaType.APPLICATION_JSON).content(office())), 403);
        assertThat(storedCount()).isZero();
    }

    @Test
    void aParticipantReadsOnlyTheOrganisationWithItsEmailAndJuryNothing() throws Exception {
        api.storedOffice(gemeente, organisation, 2025);

        api.getData("Bearer " + TestTokens.tokenWithEmail(gemeente, CONTACT.toUpperCase(), "participant"),
                        organisation, 2025)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.contactEmail").value(CONTACT));
        problem(api.getData("Bearer " + TestTokens.tokenWithEmail(gemeente, "someone@else.example", "participant"),
                organisation, 2025), 404);
        problem(api.getData(bearer(gemeente, "jury"), organisation, 2025), 403);
    }

    @Test
    void unknownOrganisationsAndYearsAreNotFound() throws Exception {
        api.storedOffice(gemeente, organisation, 2025);
        problem(api.getData(coordinator, newOrganisation(), 2025), 404);
        problem(api.getData(coordinator, organisation, 2024), 404);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        Map<String, String> refused = Map.ofEntries(
                Map.entry("{\"fuelsAndHeat\": {\"naturalGasNm3\": {\"yearTotal\": -5}}}", "fuelsAndHeat.naturalGasNm3"),
                Map.entry("{\"electricity\": {\"boughtKwh\": {\"yearTotal\": 100}, \"greenSharePercent\": 120}}",
                        "electricity.greenSharePercent"),
                Map.entry("{\"fuelsAndHeat\": {\"naturalGasNm3\": {\"yearTotal\": 2000000000}}}",
                        "fuelsAndHeat.naturalGasNm3"),
                Map.entry("{\"water\": {\"m3\": {\"yearTotal\": 10}, \"factor\": {\"valueKgCo2e\": 0.3, \"unit\": \"bucket\", \"source\": \"x\"}}}",
                        "water.factor.unit"),
                Map.entry("{\"water\": {\"m3\": {\"yearTotal\": 10}, \"factor\": {\"valueKgCo2e\": 0.3, \"unit\": \"kg\", \"source\": \"x\"}}}",
                        "water.factor.unit"),
                Map.entry("{\"businessTransport\": {\"fuels\": [{\"fuel\": \"KEROSENE\", \"quantity\": {\"yearTotal\": 1}}]}}",
                        "businessTransport.fuels[0].fuel"),
                Map.entry("{\"fuelsAndHeat\": {\"naturalGasNm3\": {\"yearTotal\": \"3000\"}}}",
                        "fuelsAndHeat.naturalGasNm3.yearTotal"),
                Map.entry("{\"fuelsAndHeat\": {\"naturalGasNm3\": [3000]}}", "fuelsAndHeat.naturalGasNm3"),
                Map.entry("{\"fuelsAndHeat\": {\"naturalGasM3\": {\"yearTotal\": 3000}}}", "fuelsAndHeat.naturalGasM3"),
                Map.entry("{\"fuelsAndHeat\": {\"naturalGasNm3\": {\"yearTotal\": 0.000000000001}}}",
                        "fuelsAndHeat.naturalGasNm3.yearTotal"),
                Map.entry("{\"electricity\": {\"boughtKwh\": {\"monthly\": [1, 2, 3]}}}", "electricity.boughtKwh.monthly"),
                Map.entry("{\"waste\": [null]}", "waste[0]"),
                Map.entry("{\"year\": 2024}", "year"),
                Map.entry("{\"contactEmail\": \"not an address\"}", "contactEmail"));
        for (Map.Entry<String, String> input : refused.entrySet()) {
            String answer = body(problem(api.putData(coordinator, organisation, 2025, input.getKey()), 400));
            assertThat(JsonPath.<List<String>>read(answer, "$.errors[*].field")).as(input.getKey())
                    .anySatisfy(field -> assertThat(field).startsWith(input.getValue()));
            assertThat(JsonPath.<List<String>>read(answer, "$.errors[*].code")).as(input.getKey())
                    .allSatisfy(code -> assertThat(code).isNotBlank());
        }
        problem(api.putData(coordinator, organisation, 2025, "{\"fuelsAndHeat\": "), 400);
        problem(api.putData(coordinator, organisation, 1800, office()), 400);
        problem(api.putData(coordinator, "bad id!", 2025, office()), 400);
        problem(api.getData(coordinator, organisation, 2025), 404);
        assertThat(storedCount()).isZero();
    }

    private long storedCount() {
        return mongo.getDatabase("footprint_" + gemeente).getCollection("consumption_data").countDocuments();
    }
}
