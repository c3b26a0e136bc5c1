package nl.koploper.footprint.comparison;

import static nl.koploper.footprint.FootprintApi.body;
import static nl.koploper.footprint.FootprintApi.decimal;
import static nl.koploper.footprint.FootprintApi.office;
import static nl.koploper.footprint.FootprintApi.problem;
import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import nl.koploper.footprint.AbstractIT;
import nl.koploper.footprint.FootprintApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Baseline year and year-over-year comparison. The office burns 3,000 Nm3 gas in 2023, 2,000 in 2024 and 1,000 (a
 * preliminary figure) in 2025; everything else stays (diesel 3,251 kg in scope 1). Scope 1: 9,653 → 7,519 → 5,385.
 */
@KoploperIntegrationTest
class YearOverYearIT extends AbstractIT {

    String gemeente;
    String organisation;
    String coordinator;

    @BeforeEach
    void threeCalculatedYears() throws Exception {
        gemeente = gemeenten.newGemeente("yoy");
        organisation = api.participant(gemeente);
        coordinator = bearer(gemeente, "coordinator");
        calculated(2023, "3000");
        calculated(2024, "2000");
        calculated(2025, "1000, \"preliminary\": true");
    }

    void calculated(int year, String gas) throws Exception {
        api.putData(coordinator, organisation, year, office(gas)).andExpect(status().isCreated());
        api.calculate(coordinator, organisation, year).andExpect(status().isCreated());
    }

    ResultActions setBaseline(String token, String organisationId, String json) throws Exception {
        return http.perform(put("/api/footprints/organisations/" + organisationId + "/baseline")
                .header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions baseline(String token, String organisationId) throws Exception {
        return http.perform(get("/api/footprints/organisations/" + organisationId + "/baseline")
                .header("Authorization", token));
    }

    ResultActions comparison(String token, String organisationId, int year) throws Exception {
        return http.perform(get(FootprintApi.data(organisationId, year) + "/comparison").header("Authorization", token));
    }

    @Test
    void aYearAgainstTheBaselineAndThePreviousYear() throws Exception {
        setBaseline(coordinator, organisation, "{\"baselineYear\": 2023}").andExpect(status().isCreated());
        setBaseline(api.advisor(gemeente, organisation), organisation, "{\"baselineYear\": 2023}")
                .andExpect(status().isOk());
        baseline(coordinator, organisation).andExpect(status().isOk())
                .andExpect(jsonPath("$.baselineYear").value(2023));
        String json = body(comparison(coordinator, organisation, 2025).andExpect(status().isOk())
                .andExpect(jsonPath("$.baselineYear").value(2023))
                .andExpect(jsonPath("$.year.preliminary").value(true))
                .andExpect(jsonPath("$.baseline.preliminary").value(false))
                .andExpect(jsonPath("$.againstBaseline.sameFactorSet").value(true)));
        assertThat(decimal(json, "$.baseline.scope1Kg")).isEqualByComparingTo("9653");
        assertThat(decimal(json, "$.year.scope1Kg")).isEqualByComparingTo("5385");
        assertThat(decimal(json, "$.againstBaseline.totals.scope1Kg.changeKg")).isEqualByComparingTo("-4268");
        // −4,268 / 9,653 = −44.21… %
        assertThat(decimal(json, "$.againstBaseline.totals.scope1Kg.changePercent")).isEqualByComparingTo("-44.2");
        // total 25,458.5 → 21,190.5: −16.76… %
        assertThat(decimal(json, "$.againstBaseline.totals.totalMarketBasedKg.changePercent"))
                .isEqualByComparingTo("-16.8");
        assertThat(decimal(json, "$.againstBaseline.perTheme.FUELS_AND_HEAT.changePercent"))
                .isEqualByComparingTo("-66.7");
        assertThat(decimal(json, "$.againstBaseline.perTheme.ELECTRICITY.changeKg")).isEqualByComparingTo("0");
        // against 2024: 7,519 → 5,385: −2,134 = −28.38… %
        assertThat(decimal(json, "$.againstPreviousYear.totals.scope1Kg.changeKg")).isEqualByComparingTo("-2134");
        assertThat(decimal(json, "$.againstPreviousYear.totals.scope1Kg.changePercent"))
                .isEqualByComparingTo("-28.4");
        List<String> notes = JsonPath.read(json, "$.notes");
        assertThat(notes).contains("the footprint of 2025 used preliminary values");
    }

    @Test
    void anotherYearCanBeNamedAndMissingSidesAreNoted() throws Exception {
        String json = body(comparison(coordinator, organisation, 2024).andExpect(status().isOk())
                .andExpect(jsonPath("$.baseline").doesNotExist()));
        assertThat(JsonPath.<List<String>>read(json, "$.notes")).contains("no baseline year set for the organisation");
        String reversed = body(http.perform(get(FootprintApi.data(organisation, 2023) + "/comparison")
                        .param("against", "2025").header("Authorization", coordinator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.baselineYear").value(2025))
                .andExpect(jsonPath("$.previousYear").doesNotExist()));
        assertThat(decimal(reversed, "$.againstBaseline.totals.scope1Kg.changeKg")).isEqualByComparingTo("4268");
    }

    @Test
    void badBaselinesAreRefusedAndNothingIsStored() throws Exception {
        problem(setBaseline(coordinator, organisation, "{\"baselineYear\": 2019}"), 409)
                .andExpect(jsonPath("$.rule").value("baseline-year-without-data"));
        problem(setBaseline(coordinator, organisation, "{\"baselineYear\": 1800}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("baselineYear"));
        problem(setBaseline(coordinator, organisation, "{\"baselineYear\": \"2023\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("baselineYear"));
        problem(setBaseline(coordinator, organisation, "{}"), 400);
        problem(setBaseline(bearer(gemeente, "participant"), organisation, "{\"baselineYear\": 2023}"), 403);
        problem(baseline(coordinator, organisation), 404);
        problem(comparison(coordinator, organisation, 2022), 404);
        assertThat(mongo.getDatabase("footprint_" + gemeente).getCollection("organisation_baselines")
                .countDocuments()).isZero();
    }

    @Test
    void theOwnParticipantReadsAndAnotherGemeenteFindsNothing() throws Exception {
        setBaseline(coordinator, organisation, "{\"baselineYear\": 2023}").andExpect(status().isCreated());
        String own = "Bearer " + TestTokens.tokenWithEmail(gemeente, FootprintApi.CONTACT, "participant");
        baseline(own, organisation).andExpect(status().isOk());
        comparison(own, organisation, 2025).andExpect(status().isOk());
        String stranger = "Bearer " + TestTokens.tokenWithEmail(gemeente, "other@else.example", "participant");
        problem(baseline(stranger, organisation), 404);
        problem(comparison(stranger, organisation, 2025), 404);
        String other = gemeenten.newGemeente("yoy-b");
        problem(baseline(bearer(other, "coordinator"), organisation), 404);
        problem(comparison(bearer(other, "coordinator"), organisation, 2025), 404);
        // no participant of the other gemeente: nothing to set there
        problem(setBaseline(bearer(other, "coordinator"), organisation, "{\"baselineYear\": 2023}"), 404);
        assertThat(mongo.getDatabase("footprint_" + other).getCollection("organisation_baselines").countDocuments())
                .isZero();
        baseline(coordinator, organisation).andExpect(jsonPath("$.baselineYear").value(2023));
    }
}
