package nl.koploper.footprint.result;

import static nl.koploper.test.TestTokens.bearer;
import static nl.koploper.footprint.FootprintApi.body;
import static nl.koploper.footprint.FootprintApi.calculations;
import static nl.koploper.footprint.FootprintApi.decimal;
import static nl.koploper.footprint.FootprintApi.newOrganisation;
import static nl.koploper.footprint.FootprintApi.office;
import static nl.koploper.footprint.FootprintApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import nl.koploper.footprint.AbstractIT;
import nl.koploper.footprint.FootprintApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestTokens;
import org.bson.Document;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stored footprints: calculated from the stored data, numbered, explained, and never changed afterwards. */
@KoploperIntegrationTest
class CalculationsIT extends AbstractIT {

    String gemeente;
    String organisation;
    String coordinator;

    @BeforeEach
    void anOfficeWithData() throws Exception {
        gemeente = gemeenten.newGemeente("calc");
        organisation = api.participant(gemeente);
        coordinator = bearer(gemeente, "coordinator");
        api.storedOffice(gemeente, organisation, 2025);
    }

    @Test
    void aCalculationIsStoredAsVersionOneWithTheHandComputedTotals() throws Exception {
        String json = body(api.calculate(api.advisor(gemeente, organisation), organisation, 2025)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", calculations(organisation, 2025) + "/1"))
                .andExpect(jsonPath("$.organisationId").value(organisation))
                .andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.factorSetYear").value(2026))
                .andExpect(jsonPath("$.complete").value(true)));
        assertThat(decimal(json, "$.totals.scope1Kg")).isEqualByComparingTo("9653");
        assertThat(decimal(json, "$.totals.scope2MarketBasedKg")).isEqualByComparingTo("4830");
        assertThat(decimal(json, "$.totals.scope2LocationBasedKg")).isEqualByComparingTo("6560");
        assertThat(decimal(json, "$.totals.scope3Kg")).isEqualByComparingTo("10975.5");
        assertThat(decimal(json, "$.totals.totalMarketBasedKg")).isEqualByComparingTo("25458.5");
        assertThat(decimal(json, "$.totals.totalLocationBasedKg")).isEqualByComparingTo("27188.5");
        assertThat(decimal(json, "$.perThemeKg.ELECTRICITY")).isEqualByComparingTo("4830");
        assertThat(decimal(json, "$.perThemeKg.FUELS_AND_HEAT")).isEqualByComparingTo("6402");
        assertThat(decimal(json, "$.perThemeKg.BUSINESS_TRANSPORT")).isEqualByComparingTo("3531.8");
        assertThat(decimal(json, "$.perThemeKg.COMMUTING")).isEqualByComparingTo("9650");
        assertThat(decimal(json, "$.perThemeKg.WATER")).isEqualByComparingTo("44.7");
        assertThat(decimal(json, "$.perThemeKg.WASTE")).isEqualByComparingTo("1000");
        // the answer is the stored result, exactly as every later read shows it
        assertThat(body(api.version(coordinator, organisation, 2025, 1))).isEqualTo(json);
    }

    @Test
    void aVersionExplainsEveryLineWithTheFactorsAndTheirSources() throws Exception {
        api.calculate(coordinator, organisation, 2025).andExpect(status().isCreated());
        api.version(api.advisor(gemeente, organisation), organisation, 2025, 1)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.field=='fuelsAndHeat.naturalGasNm3')].explanation").value(
                        "natural gas: 3000 Nm3 × 2.134 kg CO2e/Nm3 [natural_gas; list 2026, S1] = 6402.000 kg CO2e"))
                .andExpect(jsonPath("$.items[?(@.field=='water.m3')].explanation").value(Matchers.contains(
                        Matchers.containsString("user factor, Vitens 2025"))))
                .andExpect(jsonPath("$.items[*].explanation", Matchers.everyItem(Matchers.containsString("kg CO2e"))))
                .andExpect(jsonPath("$.factorsUsed[?(@.key=='electricity_grey')].valueKgCo2e").value(0.483))
                .andExpect(jsonPath("$.factorsUsed[?(@.key=='electricity_grey')].source").value("S1"))
                .andExpect(jsonPath("$.factorsUsed[?(@.key=='electricity_location_based')].listYear").value(2025))
                .andExpect(jsonPath("$.factorsUsed[?(@.key=='water.factor')].origin").value("USER_SUPPLIED"));
    }

    @Test
    void pastResultsNeverChangeWhenDataOrTheFactorSetChange() throws Exception {
        api.calculate(coordinator, organisation, 2025).andExpect(status().isCreated());
        String firstAsShown = body(api.version(coordinator, organisation, 2025, 1));
        Document firstAsStored = storedVersion(1);

        // newer data, and a calculation with another factor set: both new versions
        api.putData(coordinator, organisation, 2025, office("4000"), "\"0\"").andExpect(status().isOk());
        String second = body(api.calculate(coordinator, organisation, 2025).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2)));
        assertThat(decimal(second, "$.totals.scope1Kg")).isEqualByComparingTo("11787"); // 4000 × 2.134 + 3251
        http.perform(post(calculations(organisation, 2025)).param("factorSetYear", "2025")
                        .header("Authorization", coordinator))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.factorSetYear").value(2025))
                // the 2025 set has no fuel or grey-power factors: those items are reported, never counted as 0
                .andExpect(jsonPath("$.complete").value(false))
                .andExpect(jsonPath("$.factorProblems[*].field", Matchers.hasItem("fuelsAndHeat.naturalGasNm3")));

        assertThat(body(api.version(coordinator, organisation, 2025, 1))).isEqualTo(firstAsShown);
        assertThat(storedVersion(1)).isEqualTo(firstAsStored);
        api.versions(coordinator, organisation, 2025)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].version", Matchers.contains(3, 2, 1)))
                .andExpect(jsonPath("$[*].factorSetYear", Matchers.contains(2025, 2026, 2026)))
                .andExpect(jsonPath("$[*].inputVersion", Matchers.contains(1, 1, 0)));
        http.perform(get(calculations(organisation, 2025)).param("size", "1").param("page", "1")
                        .header("Authorization", coordinator))
                .andExpect(jsonPath("$[*].version", Matchers.contains(2)));
    }

    @Test
    void concurrentCalculationsEachGetTheirOwnVersion() throws Exception {
        List<CompletableFuture<Integer>> running = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            running.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return api.calculate(coordinator, organisation, 2025).andReturn().getResponse().getStatus();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        assertThat(running.stream().map(CompletableFuture::join).toList()).containsOnly(201);
        api.versions(coordinator, organisation, 2025)
                .andExpect(jsonPath("$[*].version", Matchers.contains(4, 3, 2, 1)));
    }

    @Test
    void aRepeatedRequestWithTheSameIdempotencyKeyGetsTheFirstResult() throws Exception {
        String first = body(calculateWithKey("calc-2025-a", null).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed")));
        calculateWithKey("calc-2025-a", null).andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.calculatedAt").value(JsonPath.<String>read(first, "$.calculatedAt")));
        problem(calculateWithKey("calc-2025-a", "2025"), 409).andExpect(jsonPath("$.rule").value("idempotency-key-reused"));
        problem(calculateWithKey("with space", null), 400).andExpect(jsonPath("$.errors[0].field").value("idempotencyKey"));

        // racing repeats of one key still make one version
        List<CompletableFuture<Integer>> running = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            running.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return calculateWithKey("calc-2025-b", null).andReturn().getResponse().getStatus();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        assertThat(running.stream().map(CompletableFuture::join).toList()).containsOnly(201);
        assertThat(storedVersions()).isEqualTo(2);
    }

    private org.springframework.test.web.servlet.ResultActions calculateWithKey(String key, String factorSetYear)
            throws Exception {
        var request = post(calculations(organisation, 2025)).header("Authorization", coordinator)
                .header("Idempotency-Key", key);
        if (factorSetYear != null) {
            request.param("factorSetYear", factorSetYear);
        }
        return http.perform(request);
    }

    @Test
    void onlyTheOrganisationsParticipantCalculatesAndReadsItsVersionsAndJuryNeither() throws Exception {
        String ownParticipant = "Bearer " + TestTokens.tokenWithEmail(gemeente, FootprintApi.CONTACT, "participant");
        String otherParticipant = "Bearer " + TestTokens.tokenWithEmail(gemeente, "x@elsewhere.example", "participant");
        problem(api.calculate(bearer(gemeente, "jury"), organisation, 2025), 403);
        problem(api.calculate(otherParticipant, organisation, 2025), 404);
        assertThat(storedVersions()).isZero();

        api.calculate(ownParticipant, organisation, 2025).andExpect(status().isCreated());
        api.versions(ownParticipant, organisation, 2025).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
        api.version(ownParticipant, organisation, 2025, 1).andExpect(status().isOk());
        problem(api.versions(otherParticipant, organisation, 2025), 404);
        problem(api.version(otherParticipant, organisation, 2025, 1), 404);
        problem(api.versions(bearer(gemeente, "jury"), organisation, 2025), 403);
    }

    @Test
    void unknownOrganisationsYearsAndVersionsAreNotFound() throws Exception {
        problem(api.calculate(coordinator, newOrganisation(), 2025), 404);
        problem(api.calculate(coordinator, organisation, 2024), 404);
        problem(api.versions(coordinator, newOrganisation(), 2025), 404);
        problem(api.version(coordinator, organisation, 2025, 1), 404);
        api.calculate(coordinator, organisation, 2025).andExpect(status().isCreated());
        problem(api.version(coordinator, organisation, 2025, 2), 404);
        assertThat(storedVersions()).isEqualTo(1);
    }

    @Test
    void badParametersAreRefusedWithTheirNameAndNothingIsStored() throws Exception {
        for (String factorSetYear : new String[] {"2023", "2027", "1800", "twenty"}) {
            problem(http.perform(post(calculations(organisation, 2025)).param("factorSetYear", factorSetYear)
                    .header("Authorization", coordinator)), 400)
                    .andExpect(jsonPath("$.errors[0].field").value("factorSetYear"));
        }
        problem(api.calculate(coordinator, organisation, 1800), 400);
        problem(http.perform(get(calculations(organisation, 2025) + "/first").header("Authorization", coordinator)),
                400).andExpect(jsonPath("$.errors[0].field").value("version"));
        problem(http.perform(get(calculations(organisation, 2025)).param("size", "1000")
                .header("Authorization", coordinator)), 400).andExpect(jsonPath("$.errors[0].field").value("size"));
        assertThat(storedVersions()).isZero();
    }

    private Document storedVersion(int number) {
        return mongo.getDatabase("footprint_" + gemeente).getCollection("footprint_results")
                .find(Filters.eq("_id", organisation + ":2025:" + number)).projection(new Document("pendingEvents", 0))
                .first();
    }

    private long storedVersions() {
        return mongo.getDatabase("footprint_" + gemeente).getCollection("footprint_results").countDocuments();
    }

}
