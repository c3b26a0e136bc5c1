package nl.koploper.footprint.benchmark;

import static nl.koploper.footprint.FootprintApi.body;
import static nl.koploper.footprint.FootprintApi.decimal;
import static nl.koploper.footprint.FootprintApi.newOrganisation;
import static nl.koploper.footprint.FootprintApi.problem;
import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.koploper.footprint.AbstractIT;
import nl.koploper.footprint.FootprintApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Benchmarks against the other gemeenten (entries in the shared database). Each test uses a data year of its own, so
 * the organisations of other tests, which share the database, never join its groups. Every restaurant here burns
 * 1,000 Nm3 gas (2,134 kg) and nothing else, so its figure per FTE is 2,134 / FTE. The five restaurants of three other
 * gemeenten ({@link #fiveRestaurantsInThreeOtherGemeenten}) have 1, 2, 4, 5 and 10 FTE: 2,134, 1,067, 533.5, 426.8 and
 * 213.4. Sorted, the quartiles (interpolated) are 426.8, 533.5 and 1,067, the average 4,374.7 / 5 = 874.94; shown
 * rounded to two significant digits: 430, 530, 1,100 and 870. The test's {@code gemeente} is the one that
 * looks; its own restaurants never count for it.
 */
@KoploperIntegrationTest
class BenchmarksIT extends AbstractIT {

    /** One data year per test: the groups are shared by every gemeente, and so by every test of the run. */
    static final AtomicInteger YEARS = new AtomicInteger(2040);

    String gemeente;
    String coordinator;
    int year;

    @BeforeEach
    void aGemeente() {
        gemeente = gemeenten.newGemeente("bench");
        coordinator = bearer(gemeente, "coordinator");
        year = YEARS.getAndIncrement();
    }

    /** A calculated organisation of the test's year; {@code floorArea} and {@code unit} may be null (left out). */
    String restaurant(String gemeente, String sbi, int fte, Integer floorArea, String unit) throws Exception {
        String organisation = newOrganisation();
        api.register(gemeente, organisation, organisation + "@example.nl");
        String company = "\"fte\": " + fte + ", \"sbiCode\": \"" + sbi + "\""
                + (floorArea == null ? "" : ", \"floorAreaM2\": " + floorArea)
                + (unit == null ? "" : ", \"productionVolume\": 1000, \"productionUnit\": \"" + unit + "\"");
        String token = bearer(gemeente, "coordinator");
        api.putData(token, organisation, year, "{\"contactEmail\": \"" + organisation + "@example.nl\", \"company\": {"
                + company + "}, \"fuelsAndHeat\": {\"naturalGasNm3\": {\"yearTotal\": 1000}}}")
                .andExpect(status().isCreated());
        api.calculate(token, organisation, year).andExpect(status().isCreated());
        return organisation;
    }

    ResultActions benchmark(String token, String organisation) throws Exception {
        return http.perform(get(FootprintApi.data(organisation, year) + "/benchmark").header("Authorization", token));
    }

    /** 1 and 2 FTE in a first gemeente, 4 and 5 in a second, 10 in a third; returns the gemeenten. */
    List<String> fiveRestaurantsInThreeOtherGemeenten() throws Exception {
        List<String> others = List.of(gemeenten.newGemeente("bench-a"), gemeenten.newGemeente("bench-b"),
                gemeenten.newGemeente("bench-c"));
        int[] ftes = {1, 2, 4, 5, 10};
        for (int i = 0; i < ftes.length; i++) {
            // four of them give a floor area; all but the last count meals
            restaurant(others.get(i / 2), "56.10", ftes[i], i < 4 ? 100 : null, i < 4 ? "Meals" : "beds");
        }
        return others;
    }

    @Test
    void fiveOfThreeOtherGemeentenGiveRoundedAverageQuartilesAndPosition() throws Exception {
        fiveRestaurantsInThreeOtherGemeenten();
        // the looking gemeente's own: 8 FTE (266.75), 1 FTE (2,134) and 4 FTE (533.5), with floor area and meals
        String frontrunner = restaurant(gemeente, "56.10", 8, 100, "Meals");
        String laggard = restaurant(gemeente, "56.10", 1, 100, "Meals");
        String middle = restaurant(gemeente, "56.10", 4, 100, "Meals");
        String json = body(benchmark(coordinator, frontrunner).andExpect(status().isOk())
                .andExpect(jsonPath("$.sbiDivision").value("56"))
                .andExpect(jsonPath("$.metrics[0].metric").value("PER_FTE"))
                .andExpect(jsonPath("$.metrics[0].available").value(true))
                .andExpect(jsonPath("$.metrics[0].group.level").value("DIVISION"))
                .andExpect(jsonPath("$.metrics[0].group.code").value("56"))
                .andExpect(jsonPath("$.metrics[0].organisations").value(5))
                .andExpect(jsonPath("$.metrics[0].position").value("FRONTRUNNER")));
        assertThat(decimal(json, "$.metrics[0].ownValue")).isEqualByComparingTo("266.75");
        assertThat(decimal(json, "$.metrics[0].average")).isEqualByComparingTo("870");
        assertThat(decimal(json, "$.metrics[0].lowerQuartile")).isEqualByComparingTo("430");
        assertThat(decimal(json, "$.metrics[0].median")).isEqualByComparingTo("530");
        assertThat(decimal(json, "$.metrics[0].upperQuartile")).isEqualByComparingTo("1100");
        assertThat(json).doesNotContain("874.94").doesNotContain("426.8").doesNotContain("1067");
        // only four of the others give a floor area, only four count meals: not shown, although the gemeente's own
        // three would make seven
        benchmark(coordinator, frontrunner)
                .andExpect(jsonPath("$.metrics[1].metric").value("PER_M2"))
                .andExpect(jsonPath("$.metrics[1].available").value(false))
                .andExpect(jsonPath("$.metrics[2].available").value(false))
                .andExpect(jsonPath("$.metrics[2].average").doesNotExist());
        benchmark(coordinator, laggard).andExpect(jsonPath("$.metrics[0].position").value("LAGGARD"))
                .andExpect(jsonPath("$.metrics[0].organisations").value(5))
                .andExpect(jsonPath("$.metrics[2].unit").value("kg CO2e per meals"));
        benchmark(coordinator, middle).andExpect(jsonPath("$.metrics[0].position").value("MIDDLE"));
    }

    /** Only others count: a gemeente with five restaurants of its own and four elsewhere sees no group. */
    @Test
    void theGemeentesOwnOrganisationsNeverMakeTheGroup() throws Exception {
        List<String> others = List.of(gemeenten.newGemeente("bench-a"), gemeenten.newGemeente("bench-b"),
                gemeenten.newGemeente("bench-c"));
        for (int fte : new int[] {1, 2, 4}) {
            restaurant(others.get(fte % 3), "56.10", fte, null, null);
        }
        restaurant(others.get(0), "56.10", 5, null, null);
        List<String> own = new ArrayList<>();
        for (int fte : new int[] {1, 2, 3, 4, 5}) {
            own.add(restaurant(gemeente, "56.10", fte, null, null));
        }
        benchmark(coordinator, own.get(0)).andExpect(jsonPath("$.metrics[0].available").value(false))
                .andExpect(jsonPath("$.metrics[0].reason").value(containsString("other gemeenten")))
                .andExpect(jsonPath("$.metrics[0].organisations").doesNotExist())
                .andExpect(jsonPath("$.metrics[0].average").doesNotExist());
        // another, in turn, sees the looking gemeente's five and the two of the other two, not its own
        String third = others.get(2);
        String ofThird = restaurant(third, "56.10", 10, null, null);
        benchmark(bearer(third, "coordinator"), ofThird).andExpect(jsonPath("$.metrics[0].available").value(true))
                .andExpect(jsonPath("$.metrics[0].organisations").value(8));
    }

    @Test
    void fewerThanFiveInTheDivisionFallBackToTheSectionAndFewerThereShowNothing() throws Exception {
        List<String> others = List.of(gemeenten.newGemeente("bench-a"), gemeenten.newGemeente("bench-b"),
                gemeenten.newGemeente("bench-c"));
        int[] ftes = {1, 2, 4, 5};
        for (int i = 0; i < ftes.length; i++) {
            restaurant(others.get(i % 3), "5610", ftes[i], null, null);
        }
        String own = restaurant(gemeente, "56.10", 1, null, null);
        String json = body(benchmark(coordinator, own).andExpect(status().isOk())
                .andExpect(jsonPath("$.metrics[0].available").value(false))
                .andExpect(jsonPath("$.metrics[0].organisations").doesNotExist())
                .andExpect(jsonPath("$.metrics[0].lowerQuartile").doesNotExist()));
        assertThat(decimal(json, "$.metrics[0].ownValue")).isEqualByComparingTo("2134");
        // a hotel (division 55) is in section I as well
        restaurant(gemeenten.newGemeente("bench-d"), "55.10", 10, null, null);
        benchmark(coordinator, own).andExpect(jsonPath("$.metrics[0].available").value(true))
                .andExpect(jsonPath("$.metrics[0].group.level").value("SECTION"))
                .andExpect(jsonPath("$.metrics[0].group.code").value("I"))
                .andExpect(jsonPath("$.metrics[0].organisations").value(5));
    }

    @Test
    void aRecalculationReplacesTheOrganisationsFigures() throws Exception {
        String own = restaurant(gemeente, "56.10", 8, null, null);
        List<String> others = List.of(gemeenten.newGemeente("bench-a"), gemeenten.newGemeente("bench-b"),
                gemeenten.newGemeente("bench-c"));
        List<String> restaurants = new ArrayList<>();
        int[] ftes = {1, 2, 4, 5, 10};
        for (int i = 0; i < ftes.length; i++) {
            restaurants.add(restaurant(others.get(i / 2), "56.10", ftes[i], null, null));
        }
        String last = restaurants.get(4);
        String tokenOfLast = bearer(others.get(2), "coordinator");
        api.putData(tokenOfLast, last, year, "{\"company\": {\"fte\": 20, \"sbiCode\": \"56.10\"},"
                + " \"fuelsAndHeat\": {\"naturalGasNm3\": {\"yearTotal\": 1000}}}", "\"0\"").andExpect(status().isOk());
        api.calculate(tokenOfLast, last, year).andExpect(status().isCreated());
        benchmark(tokenOfLast, last).andExpect(jsonPath("$.footprintVersion").value(2));
        // the group's figures use the new value, not the old one beside it: 2,134, 1,067, 533.5, 426.8 and 106.7
        // average 853.6, shown as 850
        String json = body(benchmark(coordinator, own).andExpect(jsonPath("$.metrics[0].organisations").value(5)));
        assertThat(decimal(json, "$.metrics[0].average")).isEqualByComparingTo("850");
        assertThat(decimal(json, "$.metrics[0].lowerQuartile")).isEqualByComparingTo("430");

        // recalculated as a hotel (division 55): it leaves the restaurants, who drop below five and fall back to
        // section I, where it still counts
        api.putData(tokenOfLast, last, year, "{\"company\": {\"fte\": 20, \"sbiCode\": \"55.10\"},"
                + " \"fuelsAndHeat\": {\"naturalGasNm3\": {\"yearTotal\": 1000}}}", "\"1\"").andExpect(status().isOk());
        api.calculate(tokenOfLast, last, year).andExpect(status().isCreated());
        benchmark(coordinator, own).andExpect(jsonPath("$.metrics[0].group.level").value("SECTION"))
                .andExpect(jsonPath("$.metrics[0].organisations").value(5));
        benchmark(tokenOfLast, last).andExpect(jsonPath("$.footprintVersion").value(3))
                .andExpect(jsonPath("$.sbiDivision").value("55"));
    }

    /**
     * The looking gemeente sees figures of the restaurants of three others, and nothing that tells which gemeente or
     * organisation a figure comes from; it cannot read their own benchmarks.
     */
    @Test
    void neitherIdsNorGemeentenOfTheOthersAreShown() throws Exception {
        List<String> others = fiveRestaurantsInThreeOtherGemeenten();
        String own = restaurant(gemeente, "56.10", 8, null, null);
        String seen = body(benchmark(coordinator, own).andExpect(jsonPath("$.metrics[0].available").value(true)));
        for (String other : others) {
            assertThat(seen).doesNotContain(other);
        }
        assertThat(seen).doesNotContain("2134").doesNotContain("213.4");
        String theirs = restaurant(others.get(0), "56.10", 3, null, null);
        problem(benchmark(coordinator, theirs), 404);
        problem(benchmark(bearer(gemeente, "advisor"), theirs), 404);
    }

    /** The same organisation id in two gemeenten is two organisations: two entries, neither overwriting the other. */
    @Test
    void theSameOrganisationIdInAnotherGemeenteIsAnotherEntry() throws Exception {
        String organisation = restaurant(gemeente, "56.10", 1, null, null);
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
        String restaurant = restaurant(gemeente, "56.10", 2, null, null);
        benchmark("Bearer " + TestTokens.tokenWithEmail(gemeente, restaurant + "@example.nl", "participant"),
                restaurant).andExpect(status().isOk());
        problem(benchmark("Bearer " + TestTokens.tokenWithEmail(gemeente, "x@example.nl", "participant"), restaurant),
                404);
        problem(benchmark(bearer(gemeente, "jury"), restaurant), 403);
        problem(http.perform(get(FootprintApi.data(restaurant, 1800) + "/benchmark")
                .header("Authorization", coordinator)), 400);
        problem(http.perform(get("/api/footprints/organisations/bad:id/years/2025/benchmark")
                .header("Authorization", coordinator)), 400);
        // data stored but never calculated: nothing to benchmark
        String uncalculated = api.participant(gemeente);
        api.putData(coordinator, uncalculated, year, "{\"company\": {\"sbiCode\": \"56.10\"}}")
                .andExpect(status().isCreated());
        problem(benchmark(coordinator, uncalculated), 404);
        problem(api.putData(coordinator, uncalculated, year, "{\"company\": {\"sbiCode\": \"04.10\"}}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("company.sbiCode"));
        problem(api.putData(coordinator, uncalculated, year, "{\"company\": {\"sbiCode\": \"horeca\"}}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("company.sbiCode"));
    }
}
