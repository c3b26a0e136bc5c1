package nl.koploper.footprint.benchmark;

import static nl.koploper.footprint.FootprintApi.body;
import static nl.koploper.footprint.FootprintApi.decimal;
import static nl.koploper.footprint.FootprintApi.newOrganisation;
import static nl.koploper.footprint.FootprintApi.problem;
import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import nl.koploper.footprint.FootprintApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestGemeenten;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Benchmarks within a gemeente. Every restaurant here burns 1,000 Nm3 gas (2,134 kg) and nothing else, so its figure
 * per FTE is 2,134 / FTE: with 1, 2, 4, 5 and 10 FTE that is 2,134, 1,067, 533.5, 426.8 and 213.4. Sorted, the
 * quartiles (interpolated) are 426.8, 533.5 and 1,067, the average 4,374.7 / 5 = 874.94.
 */
@KoploperIntegrationTest
class BenchmarksIT {

    @Autowired
    MockMvc http;
    @Autowired
    TestGemeenten gemeenten;

    FootprintApi api;
    String tenant;
    String coordinator;

    @BeforeEach
    void aGemeente() {
        api = new FootprintApi(http);
        tenant = gemeenten.newGemeente("bench");
        coordinator = bearer(tenant, "coordinator");
    }

    /** A calculated organisation of 2025; {@code floorArea} and {@code unit} may be null (left out). */
    String restaurant(String tenant, String sbi, int fte, Integer floorArea, String unit) throws Exception {
        String organisation = newOrganisation();
        String company = "\"fte\": " + fte + ", \"sbiCode\": \"" + sbi + "\""
                + (floorArea == null ? "" : ", \"floorAreaM2\": " + floorArea)
                + (unit == null ? "" : ", \"productionVolume\": 1000, \"productionUnit\": \"" + unit + "\"");
        String token = bearer(tenant, "coordinator");
        api.putData(token, organisation, 2025, "{\"contactEmail\": \"" + organisation + "@example.nl\", \"company\": {"
                + company + "}, \"fuelsAndHeat\": {\"naturalGasNm3\": {\"yearTotal\": 1000}}}")
                .andExpect(status().isCreated());
        api.calculate(token, organisation, 2025).andExpect(status().isCreated());
        return organisation;
    }

    ResultActions benchmark(String token, String organisation) throws Exception {
        return http.perform(get(FootprintApi.data(organisation, 2025) + "/benchmark").header("Authorization", token));
    }

    List<String> fiveRestaurants() throws Exception {
        List<String> organisations = new ArrayList<>();
        int[] ftes = {1, 2, 4, 5, 10};
        for (int i = 0; i < ftes.length; i++) {
            // four of them give a floor area; all but the last count meals
            organisations.add(restaurant(tenant, "56.10", ftes[i], i < 4 ? 100 : null, i < 4 ? "Meals" : "beds"));
        }
        return organisations;
    }

    @Test
    void fiveInTheDivisionGiveAverageQuartilesAndPosition() throws Exception {
        List<String> restaurants = fiveRestaurants();
        String json = body(benchmark(coordinator, restaurants.get(4)).andExpect(status().isOk())
                .andExpect(jsonPath("$.sbiDivision").value("56"))
                .andExpect(jsonPath("$.metrics[0].metric").value("PER_FTE"))
                .andExpect(jsonPath("$.metrics[0].available").value(true))
                .andExpect(jsonPath("$.metrics[0].group.level").value("DIVISION"))
                .andExpect(jsonPath("$.metrics[0].group.code").value("56"))
                .andExpect(jsonPath("$.metrics[0].organisations").value(5))
                .andExpect(jsonPath("$.metrics[0].position").value("FRONTRUNNER")));
        assertThat(decimal(json, "$.metrics[0].ownValue")).isEqualByComparingTo("213.4");
        assertThat(decimal(json, "$.metrics[0].average")).isEqualByComparingTo("874.94");
        assertThat(decimal(json, "$.metrics[0].lowerQuartile")).isEqualByComparingTo("426.8");
        assertThat(decimal(json, "$.metrics[0].median")).isEqualByComparingTo("533.5");
        assertThat(decimal(json, "$.metrics[0].upperQuartile")).isEqualByComparingTo("1067");
        // only four give a floor area, only four count meals: not shown
        assertThat(json).doesNotContain("2134\"").doesNotContain(restaurants.get(0));
        benchmark(coordinator, restaurants.get(4))
                .andExpect(jsonPath("$.metrics[1].metric").value("PER_M2"))
                .andExpect(jsonPath("$.metrics[1].available").value(false))
                .andExpect(jsonPath("$.metrics[2].available").value(false))
                .andExpect(jsonPath("$.metrics[2].average").doesNotExist());
        benchmark(coordinator, restaurants.get(0)).andExpect(jsonPath("$.metrics[0].position").value("LAGGARD"))
                .andExpect(jsonPath("$.metrics[2].unit").value("kg CO2e per meals"));
        benchmark(coordinator, restaurants.get(2)).andExpect(jsonPath("$.metrics[0].position").value("MIDDLE"));
    }

    @Test
    void fewerThanFiveInTheDivisionFallBackToTheSectionAndFewerThereShowNothing() throws Exception {
        List<String> four = new ArrayList<>();
        for (int fte : new int[] {1, 2, 4, 5}) {
            four.add(restaurant(tenant, "5610", fte, null, null));
        }
        String json = body(benchmark(coordinator, four.get(0)).andExpect(status().isOk())
                .andExpect(jsonPath("$.metrics[0].available").value(false))
                .andExpect(jsonPath("$.metrics[0].organisations").doesNotExist())
                .andExpect(jsonPath("$.metrics[0].lowerQuartile").doesNotExist()));
        assertThat(decimal(json, "$.metrics[0].ownValue")).isEqualByComparingTo("2134");
        // a hotel (division 55) is in section I as well
        restaurant(tenant, "55.10", 10, null, null);
        benchmark(coordinator, four.get(0)).andExpect(jsonPath("$.metrics[0].available").value(true))
                .andExpect(jsonPath("$.metrics[0].group.level").value("SECTION"))
                .andExpect(jsonPath("$.metrics[0].group.code").value("I"))
                .andExpect(jsonPath("$.metrics[0].organisations").value(5));
    }

    @Test
    void aRecalculationReplacesTheOrganisationsFigures() throws Exception {
        List<String> restaurants = fiveRestaurants();
        String last = restaurants.get(4);
        api.putData(coordinator, last, 2025, "{\"company\": {\"fte\": 20, \"sbiCode\": \"56.10\"},"
                + " \"fuelsAndHeat\": {\"naturalGasNm3\": {\"yearTotal\": 1000}}}", "\"0\"").andExpect(status().isOk());
        api.calculate(coordinator, last, 2025).andExpect(status().isCreated());
        String json = body(benchmark(coordinator, last).andExpect(jsonPath("$.footprintVersion").value(2))
                .andExpect(jsonPath("$.metrics[0].organisations").value(5)));
        assertThat(decimal(json, "$.metrics[0].ownValue")).isEqualByComparingTo("106.7");
    }

    @Test
    void otherGemeentenNeitherCountNorSee() throws Exception {
        List<String> restaurants = fiveRestaurants();
        String other = gemeenten.newGemeente("bench-b");
        String theirs = restaurant(other, "56.10", 3, null, null);
        benchmark(bearer(other, "coordinator"), theirs).andExpect(status().isOk())
                .andExpect(jsonPath("$.metrics[0].available").value(false));
        benchmark(coordinator, restaurants.get(0)).andExpect(jsonPath("$.metrics[0].organisations").value(5));
        problem(benchmark(bearer(other, "coordinator"), restaurants.get(0)), 404);
        problem(benchmark(bearer(other, "advisor"), restaurants.get(0)), 404);
    }

    @Test
    void readersOnlyAndBadInput() throws Exception {
        String restaurant = restaurant(tenant, "56.10", 2, null, null);
        benchmark("Bearer " + TestTokens.tokenWithEmail(tenant, restaurant + "@example.nl", "participant"), restaurant)
                .andExpect(status().isOk());
        problem(benchmark("Bearer " + TestTokens.tokenWithEmail(tenant, "x@example.nl", "participant"), restaurant),
                404);
        problem(benchmark(bearer(tenant, "jury"), restaurant), 403);
        problem(http.perform(get(FootprintApi.data(restaurant, 1800) + "/benchmark")
                .header("Authorization", coordinator)), 400);
        problem(http.perform(get("/api/footprints/organisations/bad:id/years/2025/benchmark")
                .header("Authorization", coordinator)), 400);
        // data stored but never calculated: nothing to benchmark
        String uncalculated = newOrganisation();
        api.putData(coordinator, uncalculated, 2025, "{\"company\": {\"sbiCode\": \"56.10\"}}")
                .andExpect(status().isCreated());
        problem(benchmark(coordinator, uncalculated), 404);
        problem(api.putData(coordinator, uncalculated, 2025, "{\"company\": {\"sbiCode\": \"04.10\"}}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("company.sbiCode"));
        problem(api.putData(coordinator, uncalculated, 2025, "{\"company\": {\"sbiCode\": \"horeca\"}}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("company.sbiCode"));
    }
}
