package nl.koploper.footprint.overrides;

import static nl.koploper.footprint.FootprintApi.body;
import static nl.koploper.footprint.FootprintApi.decimal;
import static nl.koploper.footprint.FootprintApi.problem;
import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koploper.footprint.AbstractIT;
import nl.koploper.footprint.FootprintApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** An organisation's own factor values, stored per gemeente and applied by its calculations from their year on. */
@KoploperIntegrationTest
class FactorOverridesIT extends AbstractIT {

    static final String SUPPLIER_MIX = """
            {"overrides": [{"factorKey": "electricity_grey", "effectiveFromYear": 2025, "valueKgCo2e": 0.2,
                            "source": "Eneco stroometiket 2025"}]}""";

    String gemeente;
    String organisation;
    String coordinator;

    @BeforeEach
    void anOfficeWithTwoYears() throws Exception {
        gemeente = gemeenten.newGemeente("override");
        organisation = api.participant(gemeente);
        coordinator = bearer(gemeente, "coordinator");
        api.storedOffice(gemeente, organisation, 2024);
        api.storedOffice(gemeente, organisation, 2025);
    }

    ResultActions putOverrides(String token, String organisationId, String json, String ifMatch) throws Exception {
        var request = put(overrides(organisationId)).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(json);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.perform(request);
    }

    static String overrides(String organisationId) {
        return "/api/footprints/organisations/" + organisationId + "/factor-overrides";
    }

    @Test
    void anOverrideAppliesFromItsYearOnAndTheResultShowsBothValues() throws Exception {
        String etag = putOverrides(coordinator, organisation, SUPPLIER_MIX, null).andExpect(status().isCreated())
                .andExpect(header().exists("ETag")).andReturn().getResponse().getHeader("ETag");
        http.perform(get(overrides(organisation)).header("Authorization", api.advisor(gemeente, organisation)))
                .andExpect(status().isOk()).andExpect(header().string("ETag", etag))
                .andExpect(jsonPath("$.overrides[0].factorKey").value("electricity_grey"));
        String json = body(api.calculate(coordinator, organisation, 2025).andExpect(status().isCreated())
                .andExpect(jsonPath("$.factorsUsed[?(@.key == 'electricity_grey')].origin")
                        .value("ORGANISATION_OVERRIDE"))
                .andExpect(jsonPath("$.factorsUsed[?(@.key == 'electricity_grey')].listValueKgCo2e").value(0.483)));
        // 10,000 grey kWh × 0.2 instead of × 0.483
        assertThat(decimal(json, "$.totals.scope2MarketBasedKg")).isEqualByComparingTo("2000");
        String before = body(api.calculate(coordinator, organisation, 2024).andExpect(status().isCreated()));
        assertThat(decimal(before, "$.totals.scope2MarketBasedKg")).isEqualByComparingTo("4830");
    }

    @Test
    void invalidOverridesAreRefusedAndNothingIsStored() throws Exception {
        problem(putOverrides(coordinator, organisation, """
                {"overrides": [{"factorKey": "unobtainium", "effectiveFromYear": 2025, "valueKgCo2e": 1, "source": "x"},
                               {"factorKey": "natural_gas", "effectiveFromYear": 2025, "valueKgCo2e": -1, "source": "x"}]}
                """, null), 400)
                .andExpect(jsonPath("$.errors[?(@.field == 'overrides[0].factorKey')].code").value("unknown-key"))
                .andExpect(jsonPath("$.errors[?(@.field == 'overrides[1].valueKgCo2e')].code").value("negative"));
        problem(putOverrides(coordinator, organisation, """
                {"overrides": [{"factorKey": "natural_gas", "effectiveFromYear": 1800, "valueKgCo2e": 1}]}
                """, null), 400)
                .andExpect(jsonPath("$.errors[?(@.field == 'overrides[0].effectiveFromYear')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'overrides[0].source')]").exists());
        problem(putOverrides(coordinator, organisation, """
                {"overrides": [{"factorKey": "natural_gas", "effectiveFromYear": "2025", "valueKgCo2e": 1, "source": "x"}]}
                """, null), 400);
        problem(http.perform(get(overrides(organisation)).header("Authorization", coordinator)), 404);
        assertThat(mongo.getDatabase("footprint_" + gemeente).getCollection("factor_overrides").countDocuments())
                .isZero();
    }

    @Test
    void aStaleIfMatchIsRefusedAndOnlyCoordinatorsAndAdvisorsWrite() throws Exception {
        putOverrides(coordinator, organisation, SUPPLIER_MIX, null).andExpect(status().isCreated());
        putOverrides(coordinator, organisation, "{\"overrides\": []}", "\"0\"").andExpect(status().isOk());
        problem(putOverrides(coordinator, organisation, SUPPLIER_MIX, "\"0\""), 412);
        problem(putOverrides(bearer(gemeente, "participant"), organisation, SUPPLIER_MIX, null), 403);
        http.perform(get(overrides(organisation)).header("Authorization",
                        "Bearer " + TestTokens.tokenWithEmail(gemeente, FootprintApi.CONTACT, "participant")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.overrides").isEmpty());
        problem(http.perform(get(overrides(organisation)).header("Authorization",
                "Bearer " + TestTokens.tokenWithEmail(gemeente, "other@else.example", "participant"))), 404);
    }

    @Test
    void anotherGemeenteSeesNoneAndItsCalculationsUseNone() throws Exception {
        putOverrides(coordinator, organisation, SUPPLIER_MIX, null).andExpect(status().isCreated());
        String other = gemeenten.newGemeente("override-b");
        problem(http.perform(get(overrides(organisation)).header("Authorization", bearer(other, "coordinator"))), 404);
        problem(putOverrides(bearer(other, "coordinator"), organisation, SUPPLIER_MIX, null), 404);
        // the same id as a participant of the other gemeente is its own organisation
        api.register(other, organisation, FootprintApi.CONTACT);
        api.putData(bearer(other, "coordinator"), organisation, 2025, FootprintApi.office())
                .andExpect(status().isCreated());
        String json = body(api.calculate(bearer(other, "coordinator"), organisation, 2025)
                .andExpect(status().isCreated()));
        assertThat(decimal(json, "$.totals.scope2MarketBasedKg")).isEqualByComparingTo("4830");
        assertThat(mongo.getDatabase("footprint_" + other).getCollection("factor_overrides").countDocuments())
                .isZero();
    }
}
