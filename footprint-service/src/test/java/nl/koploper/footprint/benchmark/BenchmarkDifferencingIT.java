package nl.koploper.footprint.benchmark;

import static nl.koploper.footprint.FootprintApi.body;
import static nl.koploper.footprint.FootprintApi.decimal;
import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.koploper.footprint.AbstractIT;
import nl.koploper.footprint.FootprintApi;
import nl.koploper.test.KoploperIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A gemeente trying to read another gemeente's organisation out of the sector benchmark by differencing. Every
 * restaurant burns 1,000 Nm3 gas (2,134 kg) and nothing else, so its kg CO2e per FTE is 2,134 / FTE; the attacker
 * knows the figures of its own organisations. Each test uses a data year of its own, so its SBI division is empty but
 * for what the test enters.
 */
@KoploperIntegrationTest
class BenchmarkDifferencingIT extends AbstractIT {

    static final AtomicInteger YEARS = new AtomicInteger(2060);

    int year;

    @BeforeEach
    void setUp() {
        year = YEARS.getAndIncrement();
    }

    /**
     * The attack as it worked with a threshold of five alone: gemeente X makes up four organisations (placed in a
     * cohort of its own, as its coordinator can), enters their data in an otherwise empty SBI division, and one real
     * restaurant of gemeente Y is the fifth. The group average times five minus X's own four would be Y's restaurant's
     * exact figure. Now X's own organisations do not count for X, so X sees no group at all, and Y sees none either
     * (X's four are of one gemeente).
     */
    @Test
    void madeUpOrganisationsAndOneRealOneOfAnotherGemeenteRevealNothing() throws Exception {
        String attacker = gemeenten.newGemeente("attacker");
        String victim = gemeenten.newGemeente("victim");
        List<String> madeUp = new ArrayList<>();
        BigDecimal ownSum = BigDecimal.ZERO;
        for (int fte : new int[] {1, 2, 4, 5}) {
            madeUp.add(restaurant(attacker, fte));
            ownSum = ownSum.add(perFte(fte));
        }
        String real = restaurant(victim, 10);
        BigDecimal realValue = decimal(body(benchmark(bearer(victim, "coordinator"), real)), "$.metrics[0].ownValue");
        assertThat(realValue).isEqualByComparingTo("213.4");

        for (String organisation : madeUp) {
            String seen = body(benchmark(bearer(attacker, "coordinator"), organisation).andExpect(status().isOk())
                    .andExpect(jsonPath("$.metrics[0].available").value(false))
                    .andExpect(jsonPath("$.metrics[0].organisations").doesNotExist())
                    .andExpect(jsonPath("$.metrics[0].average").doesNotExist())
                    .andExpect(jsonPath("$.metrics[0].lowerQuartile").doesNotExist()));
            assertThat(derivable(seen, ownSum)).as("derived from the group average").isNotEqualByComparingTo(realValue);
            assertThat(seen).doesNotContain("213.4").doesNotContain(real).doesNotContain(victim);
        }
        // nor does the victim see a group made of the attacker's four
        benchmark(bearer(victim, "coordinator"), real).andExpect(jsonPath("$.metrics[0].available").value(false));
    }

    /**
     * When the group is published to X (five restaurants of three other gemeenten), X's own organisations are not in
     * it: X changing its own data, or adding another made-up organisation, changes nothing X is shown, so comparing
     * the figures before and after tells X nothing about the others; and the figures are rounded, so not even the
     * group's exact sum is known.
     */
    @Test
    void changingOnesOwnDataChangesNothingOneIsShown() throws Exception {
        String attacker = gemeenten.newGemeente("attacker");
        List<String> madeUp = new ArrayList<>();
        for (int fte : new int[] {3, 6, 7, 9}) {
            madeUp.add(restaurant(attacker, fte));
        }
        String y = gemeenten.newGemeente("y");
        String z = gemeenten.newGemeente("z");
        String w = gemeenten.newGemeente("w");
        restaurant(y, 10);
        restaurant(z, 1);
        restaurant(z, 2);
        restaurant(w, 4);
        restaurant(w, 5);
        String coordinator = bearer(attacker, "coordinator");
        String before = body(benchmark(coordinator, madeUp.get(0))
                .andExpect(jsonPath("$.metrics[0].available").value(true))
                .andExpect(jsonPath("$.metrics[0].organisations").value(5)));
        // 2,134, 1,067, 533.5, 426.8 and 213.4: exactly 874.94 on average, shown as 870
        assertThat(decimal(before, "$.metrics[0].average")).isEqualByComparingTo("870");
        assertThat(before).doesNotContain("874.94").doesNotContain("426.8").doesNotContain("1067");

        // X recalculates one of its own with another FTE and adds a fifth of its own: the same figures for X
        api.putData(coordinator, madeUp.get(1), year, restaurantData(90), "\"0\"").andExpect(status().isOk());
        api.calculate(coordinator, madeUp.get(1), year).andExpect(status().isCreated());
        restaurant(attacker, 1);
        String after = body(benchmark(coordinator, madeUp.get(0)));
        assertThat(JsonPath.<Map<String, Object>>read(after, "$.metrics[0]"))
                .isEqualTo(JsonPath.<Map<String, Object>>read(before, "$.metrics[0]"));
    }

    /**
     * Only placed participants of a cohort count: data of an organisation on a waiting list, or of one that left,
     * is no part of any group, even though it stays stored (and readable to its own gemeente).
     */
    @Test
    void onlyPlacedParticipantsCount() throws Exception {
        String looking = gemeenten.newGemeente("looking");
        String own = restaurant(looking, 8);
        String y = gemeenten.newGemeente("y");
        String z = gemeenten.newGemeente("z");
        String leaving = restaurant(y, 10);
        restaurant(y, 1);
        restaurant(z, 2);
        String w = gemeenten.newGemeente("w");
        restaurant(w, 4);
        restaurant(w, 5);
        String coordinator = bearer(looking, "coordinator");
        benchmark(coordinator, own).andExpect(jsonPath("$.metrics[0].available").value(true))
                .andExpect(jsonPath("$.metrics[0].organisations").value(5));

        // an organisation on a waiting list may enter data, but does not count
        String waiting = UUID.randomUUID().toString();
        api.awaitApplied(z, waiting, api.sendCohortEvent(z, "participant-registered",
                FootprintApi.registeredJson(z, waiting, waiting + "@example.nl", true)));
        calculated(z, waiting, 3);
        benchmark(coordinator, own).andExpect(jsonPath("$.metrics[0].organisations").value(5));

        // one that leaves its cohort no longer counts: four are left, nothing is shown
        api.awaitApplied(y, leaving, api.sendCohortEvent(y, "participant-withdrew",
                FootprintApi.withdrewJson(y, leaving)));
        benchmark(coordinator, own).andExpect(jsonPath("$.metrics[0].available").value(false))
                .andExpect(jsonPath("$.metrics[0].average").doesNotExist());
        // its own gemeente still reads its figure
        assertThat(decimal(body(benchmark(bearer(y, "coordinator"), leaving).andExpect(status().isOk())),
                "$.metrics[0].ownValue")).isEqualByComparingTo("213.4");
    }

    /** The rules are part of the endpoint's OpenAPI description, for those who build on it. */
    @Test
    void theOpenApiDescriptionStatesTheRules() throws Exception {
        String docs = body(http.perform(get("/v3/api-docs")).andExpect(status().isOk()));
        String description = JsonPath.read(docs,
                "$.paths['/api/footprints/organisations/{organisationId}/years/{year}/benchmark'].get.description");
        assertThat(description).contains("Only placed participants of a cohort count",
                "Organisations of the caller's own gemeente never count",
                "at least 5 organisations from at least 3 other gemeenten", "rounded to 2 significant digits");
    }

    /** What the old attack would compute: the shown average times the count minus the attacker's own sum. */
    private static BigDecimal derivable(String benchmark, BigDecimal ownSum) {
        if (!JsonPath.<Boolean>read(benchmark, "$.metrics[0].available")) {
            return BigDecimal.valueOf(-1);
        }
        int organisations = JsonPath.<Integer>read(benchmark, "$.metrics[0].organisations");
        return decimal(benchmark, "$.metrics[0].average").multiply(BigDecimal.valueOf(organisations)).subtract(ownSum);
    }

    private static BigDecimal perFte(int fte) {
        return new BigDecimal("2134").divide(BigDecimal.valueOf(fte), BenchmarkEntries.PER_UNIT);
    }

    /** A restaurant placed in a cohort of {@code gemeente}, its data of the year entered and calculated. */
    private String restaurant(String gemeente, int fte) throws Exception {
        String organisation = api.participant(gemeente);
        calculated(gemeente, organisation, fte);
        return organisation;
    }

    private void calculated(String gemeente, String organisation, int fte) throws Exception {
        String token = bearer(gemeente, "coordinator");
        api.putData(token, organisation, year, restaurantData(fte)).andExpect(status().isCreated());
        api.calculate(token, organisation, year).andExpect(status().isCreated());
    }

    private static String restaurantData(int fte) {
        return "{\"company\": {\"fte\": " + fte + ", \"sbiCode\": \"56.10\"},"
                + " \"fuelsAndHeat\": {\"naturalGasNm3\": {\"yearTotal\": 1000}}}";
    }

    private ResultActions benchmark(String token, String organisation)
            throws Exception {
        return http.perform(get(FootprintApi.data(organisation, year) + "/benchmark").header("Authorization", token));
    }
}
