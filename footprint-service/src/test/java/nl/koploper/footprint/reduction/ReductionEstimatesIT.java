package nl.koploper.footprint.reduction;

import static nl.koploper.footprint.FootprintApi.body;
import static nl.koploper.footprint.FootprintApi.decimal;
import static nl.koploper.footprint.FootprintApi.newOrganisation;
import static nl.koploper.footprint.FootprintApi.problem;
import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
 * Reduction estimates over HTTP on the hand-computed office of {@link FootprintApi} (2026 set): 20,000 kWh at 50 %
 * green, 3,000 Nm3 gas, 50,000 commuting car km.
 */
@KoploperIntegrationTest
class ReductionEstimatesIT extends AbstractIT {

    String gemeente;
    String organisation;
    String coordinator;

    @BeforeEach
    void aCalculatedOffice() throws Exception {
        gemeente = gemeenten.newGemeente("reduce");
        organisation = api.participant(gemeente);
        coordinator = bearer(gemeente, "coordinator");
        api.storedOffice(gemeente, organisation, 2025);
        api.calculate(coordinator, organisation, 2025).andExpect(status().isCreated());
    }

    ResultActions estimate(String token, String organisationId, String json) throws Exception {
        return http.perform(post(FootprintApi.data(organisationId, 2025) + "/reduction-estimates")
                .header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void savingThenGreenPowerTogetherSaveLessThanTheirSum() throws Exception {
        String json = body(estimate(coordinator, organisation,
                "[{\"measure\": \"GREEN_ELECTRICITY\"}, {\"measure\": \"ELECTRICITY_SAVING\"}]")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.factorSetYear").value(2026))
                .andExpect(jsonPath("$.footprintVersion").value(1))
                .andExpect(jsonPath("$.measures[0].measure").value("GREEN_ELECTRICITY"))
                .andExpect(jsonPath("$.measures[0].defaultParameter").value(true))
                .andExpect(jsonPath("$.measures[1].parameterUnit").value("%"))
                .andExpect(jsonPath("$.combined.order[0]").value("ELECTRICITY_SAVING"))
                .andExpect(jsonPath("$.combined.order[1]").value("GREEN_ELECTRICITY")));
        assertThat(decimal(json, "$.before.totalMarketBasedKg")).isEqualByComparingTo("25458.5");
        // the grey 10,000 kWh × 0.483
        assertThat(decimal(json, "$.measures[0].savedKg")).isEqualByComparingTo("4830");
        assertThat(decimal(json, "$.measures[0].saving.scope2MarketBasedKg")).isEqualByComparingTo("4830");
        assertThat(decimal(json, "$.measures[0].parameter")).isEqualByComparingTo("100");
        // 2,000 kWh less, half grey: 1,000 × 0.483; location-based 2,000 × 0.328
        assertThat(decimal(json, "$.measures[1].savedKg")).isEqualByComparingTo("483");
        assertThat(decimal(json, "$.measures[1].saving.scope2LocationBasedKg")).isEqualByComparingTo("656");
        // the saved kWh would have been green anyway: 4,830, not 5,313
        assertThat(decimal(json, "$.combined.savedKg")).isEqualByComparingTo("4830");
        List<String> assumptions = JsonPath.read(json, "$.combined.assumptions");
        assertThat(assumptions).isNotEmpty().allSatisfy(line -> assertThat(line).matches("[A-Z_]+: .+"));
    }

    @Test
    void aParameterOverridesTheDefault() throws Exception {
        String json = body(estimate(api.advisor(gemeente, organisation), organisation,
                "[{\"measure\": \"INSULATION\", \"parameter\": 50}, {\"measure\": \"COMMUTING_BY_BIKE\"}]")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measures[0].defaultParameter").value(false)));
        // 1,500 Nm3 × 2.134; 10,000 km × 0.193
        assertThat(decimal(json, "$.measures[0].savedKg")).isEqualByComparingTo("3201");
        assertThat(decimal(json, "$.measures[0].saving.scope1Kg")).isEqualByComparingTo("3201");
        assertThat(decimal(json, "$.measures[1].savedKg")).isEqualByComparingTo("1930");
        assertThat(decimal(json, "$.combined.savedKg")).isEqualByComparingTo("5131");
    }

    @Test
    void nothingToActOnIsZeroWithANoteAndAYearNeverCalculatedUsesTheNewestSet() throws Exception {
        String onlyPower = api.participant(gemeente);
        api.putData(coordinator, onlyPower, 2025, "{\"electricity\": {\"boughtKwh\": {\"yearTotal\": 1000}}}")
                .andExpect(status().isCreated());
        String json = body(estimate(coordinator, onlyPower, "[{\"measure\": \"INSULATION\"}]")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.footprintVersion").doesNotExist())
                .andExpect(jsonPath("$.factorSetYear").value(2026))
                .andExpect(jsonPath("$.measures[0].applicable").value(false)));
        assertThat(decimal(json, "$.measures[0].savedKg")).isEqualByComparingTo("0");
        assertThat(decimal(json, "$.combined.savedKg")).isEqualByComparingTo("0");
        assertThat((String) JsonPath.read(json, "$.measures[0].assumptions[0]")).contains("nothing to act on");
    }

    @Test
    void theOrganisationsFactorOverridesApply() throws Exception {
        http.perform(put("/api/footprints/organisations/" + organisation + "/factor-overrides")
                        .header("Authorization", coordinator).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"overrides\": [{\"factorKey\": \"electricity_grey\", \"effectiveFromYear\": 2025,"
                                + " \"valueKgCo2e\": 0.3, \"source\": \"supplier mix 2025\"}]}"))
                .andExpect(status().isCreated());
        String json = body(estimate(coordinator, organisation, "[{\"measure\": \"GREEN_ELECTRICITY\"}]")
                .andExpect(status().isOk()));
        // 10,000 grey kWh × the supplier's 0.3
        assertThat(decimal(json, "$.measures[0].savedKg")).isEqualByComparingTo("3000");
    }

    @Test
    void badMeasuresAreRefusedWithTheirPath() throws Exception {
        problem(estimate(coordinator, organisation, "[{\"measure\": \"LED_LIGHTING\"}]"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("[0].measure"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown"));
        problem(estimate(coordinator, organisation,
                "[{\"measure\": \"WATER_SAVING\"}, {\"measure\": \"INSULATION\", \"parameter\": 120}]"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("[1].parameter"));
        problem(estimate(coordinator, organisation,
                "[{\"measure\": \"INSULATION\"}, {\"measure\": \"INSULATION\"}]"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("[1].measure"))
                .andExpect(jsonPath("$.errors[0].code").value("duplicate"));
        problem(estimate(coordinator, organisation, "[{\"measure\": \"INSULATION\", \"parameter\": \"20\"}]"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("[0].parameter"));
        problem(estimate(coordinator, organisation, "[{\"measure\": \"INSULATION\", \"percent\": 20}]"), 400);
        problem(estimate(coordinator, organisation, "[]"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("measures"));
        problem(estimate(coordinator, organisation, "{\"measure\": \"INSULATION\"}"), 400);
    }

    @Test
    void onlyTheOrganisationsReadersInItsOwnGemeente() throws Exception {
        String measures = "[{\"measure\": \"INSULATION\"}]";
        estimate("Bearer " + TestTokens.tokenWithEmail(gemeente, FootprintApi.CONTACT, "participant"), organisation,
                measures).andExpect(status().isOk());
        problem(estimate("Bearer " + TestTokens.tokenWithEmail(gemeente, "someone@else.example", "participant"),
                organisation, measures), 404);
        problem(estimate(bearer(gemeente, "jury"), organisation, measures), 403);
        String other = gemeenten.newGemeente("reduce-b");
        problem(estimate(bearer(other, "coordinator"), organisation, measures), 404);
        problem(estimate(coordinator, newOrganisation(), measures), 404);
    }
}
