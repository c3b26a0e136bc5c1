package nl.koploper.footprint.factors;

import static nl.koploper.test.TestTokens.bearer;
import static nl.koploper.footprint.FootprintApi.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestTokens;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The shared factor sets: readable by every logged-in role of any gemeente, and by nobody without a token. */
@KoploperIntegrationTest
class EmissionFactorsIT {

    @Autowired
    MockMvc http;
    @Autowired
    nl.koploper.test.TestGemeenten gemeenten;

    @org.junit.jupiter.api.BeforeEach
    void registered() { gemeenten.register("westerkwartier"); gemeenten.register("oldambt"); }

    @Test
    void everyRoleSeesTheListYearsAndTheirKeys() throws Exception {
        for (String role : new String[] {"coordinator", "advisor", "participant", "jury"}) {
            http.perform(get("/api/emission-factors").header("Authorization", bearer("westerkwartier", role)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.latest").value(2026))
                    .andExpect(jsonPath("$.lists[*].listYear", Matchers.contains(2024, 2025, 2026)))
                    .andExpect(jsonPath("$.lists[0].keys", Matchers.contains("car_electric_grey")))
                    .andExpect(jsonPath("$.lists[2].keys", Matchers.hasItems("natural_gas", "electricity_grey")));
        }
        http.perform(get("/api/emission-factors").header("Authorization", "Bearer " + TestTokens.platformAdmin()))
                .andExpect(status().isOk());
    }

    @Test
    void aYearsSetHasEveryFactorWithItsSource() throws Exception {
        http.perform(get("/api/emission-factors/2026").header("Authorization", bearer("oldambt", "participant")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2026))
                .andExpect(jsonPath("$.factors.length()").value(29))
                .andExpect(jsonPath("$.factors[?(@.key=='natural_gas')].valueKgCo2e").value(2.134))
                .andExpect(jsonPath("$.factors[?(@.key=='natural_gas')].unit").value("Nm3"))
                .andExpect(jsonPath("$.factors[?(@.key=='natural_gas')].wttKgCo2e").value(0.355))
                .andExpect(jsonPath("$.factors[?(@.key=='natural_gas')].source").value("S1"))
                .andExpect(jsonPath("$.factors[?(@.key=='electricity_location_based')].listYear").value(2025))
                .andExpect(jsonPath("$.factors[*].source", Matchers.everyItem(Matchers.notNullValue())));
        // 2025 composes only what had been published by then: the travel and location-based factors
        http.perform(get("/api/emission-factors/2025").header("Authorization", bearer("oldambt", "jury")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.factors.length()").value(8))
                .andExpect(jsonPath("$.factors[?(@.key=='natural_gas')]").isEmpty());
    }

    @Test
    void aYearWithoutASetIsNotFoundAndANonYearABadRequest() throws Exception {
        String token = bearer("oldambt", "coordinator");
        problem(http.perform(get("/api/emission-factors/2023").header("Authorization", token)), 404);
        problem(http.perform(get("/api/emission-factors/2027").header("Authorization", token)), 404);
        problem(http.perform(get("/api/emission-factors/1800").header("Authorization", token)), 400);
        problem(http.perform(get("/api/emission-factors/twenty").header("Authorization", token)), 400)
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void withoutATokenNothingIsShown() throws Exception {
        problem(http.perform(get("/api/emission-factors")), 401);
        problem(http.perform(get("/api/emission-factors/2026")), 401);
    }
}
