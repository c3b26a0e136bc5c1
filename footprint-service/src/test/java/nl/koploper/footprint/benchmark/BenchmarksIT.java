package nl.koploper.footprint.benchmark;

import com.mongodb.client.MongoClient;
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
import java.util.concurrent.atomic.AtomicInteger;
import nl.koploper.footprint.FootprintApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestGemeenten;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Benchmarks over all gemeenten (entries in the shared database). Each test uses a data year of its own, so the
 * organisations of other tests, which share the database, never join its groups. Every restaurant here burns 1,000 Nm3 gas (2,134 kg) and nothing else, so its figure
 * per FTE is 2,134 / FTE: with 1, 2, 4, 5 and 10 FTE that is 2,134, 1,067, 533.5, 426.8 and 213.4. Sorted, the
 * quartiles (interpolated) are 426.8, 533.5 and 1,067, the average 4,374.7 / 5 = 874.94.
 */
@KoploperIntegrationTest
class BenchmarksIT {

    @Autowired
    MockMvc http;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    MongoClient mongo;
    @Autowired
    TestGemeenten gemeenten;

    /** One data year per test: the groups are shared by every gemeente, and so by every test of the run. */
    static final AtomicInteger YEARS = new AtomicInteger(2040);

    FootprintApi api;
    String tenant;
    String coordinator;
    int year;

    @BeforeEach
    void aGemeente() {
        api = new FootprintApi(http, bootstrapServers, mongo);
        tenant = gemeenten.newGemeente("bench");
        coordinator = bearer(tenant, "coordinator");
        year = YEARS.getAndIncrement();
    }

    /** A calculated organisation of the test's year; {@code floorArea} and {@code unit} may be null (left out). */
    String restaurant(String tenant, String sbi, int fte, Integer floorArea, String unit) throws Exception {
        String organisation = newOrganisation();
        api.register(tenant, organisation, organisation + "@example.nl");
        String company = "\"fte\": " + fte + ", \"sbiCode\": \"" + sbi + "\""
                + (floorArea == null ? "" : ", \"floorAreaM2\": " + floorArea)
                + (unit == null ? "" : ", \"productionVolume\": 1000, \"productionUnit\": \"" + unit + "\"");
        String token = bearer(tenant, "coordinator");
        api.putData(token, organisation, year, "{\"contactEmail\": \"" + organisation + "@example.nl\", \"company\": {"
                + company + "}, \"fuelsAndHeat\": {\"naturalGasNm3\": {\"yearTotal\": 1000}}}")
                .andExpect(status().isCreated());
        api.calculate(token, organisation, year).andExpect(status().isCreated());
        return organisation;
    }

    ResultActions benchmark(String token, String organisation) throws Exception {
        return http.perform(get(FootprintApi.data(organisation, year) + "/benchmark").header("Authorization", token));
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
        api.putData(coordinator, last, year, "{\"company\": {\"fte\": 20, \"sbiCode\": \"56.10\"},"
                + " \"fuelsAndHeat\": {\"naturalGasNm3\": {\"yearTotal\": 1000}}}", "\"0\"").andExpect(status().isOk());
        api.calculate(coordinator, last, year).andExpect(status().isCreated());
        String json = body(benchmark(coordinator, last).andExpect(jsonPath("$.footprintVersion").value(2))
                .andExpect(jsonPath("$.metrics[0].organisations").value(5)));
        assertThat(decimal(json, "$.metrics[0].ownValue")).isEqualByComparingTo("106.7");
        // the group's figures use the new value, not the old one beside it: 2,134, 1,067, 533.5, 426.8 and 106.7
        assertThat(decimal(json, "$.metrics[0].average")).isEqualByComparingTo("853.6");
        assertThat(decimal(json, "$.metrics[0].lowerQuartile")).isEqualByComparingTo("426.8");

        // recalculated as a hotel (division 55): it leaves the restaurants, who drop below five and fall back to
        // section I, where it still counts
        api.putData(coordinator, last, year, "{\"company\": {\"fte\": 20, \"sbiCode\": \"55.10\"},"
                + " \"fuelsAndHeat\": {\"naturalGasNm3\": {\"yearTotal\": 1000}}}", "\"1\"").andExpect(status().isOk());
        api.calculate(coordinator, last, year).andExpect(status().isCreated());
        benchmark(coordinator, restaurants.get(0)).andExpect(jsonPath("$.metrics[0].group.level").value("SECTION"))
                .andExpect(jsonPath("$.metrics[0].organisations").value(5));
        benchmark(coordinator, last).andExpect(jsonPath("$.footprintVersion").value(3))
                .andExpect(jsonPath("$.sbiDivision").value("55"))
                .andExpect(jsonPath("$.metrics[0].group.code").value("I"));
    }

    /**
     * Gemeente A has restaurants of 1, 3 and 20 FTE (2,134, 711.33 and 106.7 kg per FTE), gemeente B of 2 and 5 FTE
     * (1,067 and 426.8): four are too few, the fifth makes a group in both gemeenten. Sorted, A's are the lowest, the
     * middle and the highest; with five organisations the quartiles are the 2nd, 3rd and 4th value, so A's lowest
     * and highest must never reach B, nor any of A's organisation ids or its gemeente.
     */
    @Test
    void organisationsOfTwoGemeentenTogetherReachFiveAndNeitherLearnsTheOthers() throws Exception {
        String a = tenant;
        String b = gemeenten.newGemeente("bench-b");
        List<String> ofA = new ArrayList<>();
        for (int fte : new int[] {1, 3, 20}) {
            ofA.add(restaurant(a, "56.10", fte, null, null));
        }
        String firstOfB = restaurant(b, "56.10", 2, null, null);
        benchmark(bearer(b, "coordinator"), firstOfB).andExpect(jsonPath("$.metrics[0].available").value(false));
        String secondOfB = restaurant(b, "56.10", 5, null, null);

        String seenByB = body(benchmark(bearer(b, "coordinator"), secondOfB).andExpect(status().isOk())
                .andExpect(jsonPath("$.metrics[0].available").value(true))
                .andExpect(jsonPath("$.metrics[0].group.code").value("56"))
                .andExpect(jsonPath("$.metrics[0].organisations").value(5))
                .andExpect(jsonPath("$.metrics[0].position").value("FRONTRUNNER")));
        assertThat(decimal(seenByB, "$.metrics[0].ownValue")).isEqualByComparingTo("426.8");
        assertThat(decimal(seenByB, "$.metrics[0].lowerQuartile")).isEqualByComparingTo("426.8");
        assertThat(decimal(seenByB, "$.metrics[0].upperQuartile")).isEqualByComparingTo("1067");
        // (2,134 + 1,067 + 2,134/3 + 426.8 + 106.7) / 5, to 20 significant digits
        assertThat(decimal(seenByB, "$.metrics[0].average")).isEqualByComparingTo("889.16666666666666667");
        assertThat(seenByB).doesNotContain(a).doesNotContain("2134").doesNotContain("106.7");
        for (String organisation : ofA) {
            assertThat(seenByB).doesNotContain(organisation);
        }
        // A counts B's too, and B cannot read A's own benchmark
        benchmark(coordinator, ofA.get(0)).andExpect(jsonPath("$.metrics[0].organisations").value(5))
                .andExpect(jsonPath("$.metrics[0].position").value("LAGGARD"));
        problem(benchmark(bearer(b, "coordinator"), ofA.get(0)), 404);
        problem(benchmark(bearer(b, "advisor"), ofA.get(0)), 404);
    }

    /** The same organisation id in two gemeenten is two organisations: two entries, neither overwriting the other. */
    @Test
    void theSameOrganisationIdInAnotherGemeenteIsAnotherEntry() throws Exception {
        String organisation = restaurant(tenant, "56.10", 1, null, null);
        String b = gemeenten.newGemeente("bench-b");
        String tokenOfB = bearer(b, "coordinator");
        api.register(b, organisation, FootprintApi.CONTACT);
        api.putData(tokenOfB, organisation, year, "{\"company\": {\"fte\": 10, \"sbiCode\": \"56.10\"},"
                + " \"fuelsAndHeat\": {\"naturalGasNm3\": {\"yearTotal\": 1000}}}").andExpect(status().isCreated());
        api.calculate(tokenOfB, organisation, year).andExpect(status().isCreated());
        assertThat(decimal(body(benchmark(coordinator, organisation)), "$.metrics[0].ownValue"))
                .isEqualByComparingTo("2134");
        assertThat(decimal(body(benchmark(tokenOfB, organisation)), "$.metrics[0].ownValue"))
                .isEqualByComparingTo("213.4");
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
        String uncalculated = api.participant(tenant);
        api.putData(coordinator, uncalculated, year, "{\"company\": {\"sbiCode\": \"56.10\"}}")
                .andExpect(status().isCreated());
        problem(benchmark(coordinator, uncalculated), 404);
        problem(api.putData(coordinator, uncalculated, year, "{\"company\": {\"sbiCode\": \"04.10\"}}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("company.sbiCode"));
        problem(api.putData(coordinator, uncalculated, year, "{\"company\": {\"sbiCode\": \"horeca\"}}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("company.sbiCode"));
    }
}
