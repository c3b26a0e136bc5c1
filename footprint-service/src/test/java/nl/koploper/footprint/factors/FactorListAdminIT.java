package nl.koploper.footprint.factors;

import static nl.koploper.footprint.FootprintApi.body;
import static nl.koploper.footprint.FootprintApi.decimal;
import static nl.koploper.footprint.FootprintApi.problem;
import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koploper.footprint.AbstractIT;
import nl.koploper.footprint.FootprintApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishing a new year's factor list. The list lives in the shared database, which every test class of this context
 * uses: each test removes what it published, so the other classes keep computing with the shipped 2026 set.
 */
@KoploperIntegrationTest
class FactorListAdminIT extends AbstractIT {

    static final String ADMIN = "Bearer " + TestTokens.platformAdmin();

    @Autowired
    FactorSets factorSets;

    @org.junit.jupiter.api.BeforeEach
    void aRegisteredGemeente() {
        gemeenten.register("westerkwartier");
    }

    @AfterEach
    void removeThePublishedLists() {
        mongo.getDatabase("footprint").getCollection("factor_lists").deleteMany(Filters.gte("_id", 2027));
        mongo.getDatabase("footprint").getCollection("factor_set_usage").deleteMany(Filters.gte("_id", 2027));
        factorSets.refresh();
    }

    /** The 2026 set as a 2027 list, with natural gas at {@code gas}. */
    String list2027(String gas) throws Exception {
        String set = body(http.perform(get("/api/emission-factors/2026").header("Authorization", ADMIN)));
        List<Map<String, Object>> factors = new ArrayList<>();
        for (Map<String, Object> factor : JsonPath.<List<Map<String, Object>>>read(set, "$.factors")) {
            Map<String, Object> row = new LinkedHashMap<>(factor);
            row.remove("listYear");
            if ("natural_gas".equals(row.get("key"))) {
                row.put("valueKgCo2e", new java.math.BigDecimal(gas));
                row.put("source", "test list 2027");
            }
            factors.add(row);
        }
        return JsonMapper.builder().build().writeValueAsString(Map.of("year", 2027, "factors", factors));
    }

    static java.math.BigDecimal gasFactor(String set) {
        List<Object> values = JsonPath.read(set, "$.factors[?(@.key == 'natural_gas')].valueKgCo2e");
        assertThat(values).hasSize(1);
        return new java.math.BigDecimal(String.valueOf(values.get(0)));
    }

    ResultActions publish(String token, String json) throws Exception {
        return http.perform(post("/api/emission-factors").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void aPublishedListIsTheNewestSetUntilUsedThenImmutable() throws Exception {
        publish(ADMIN, list2027("2.2")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.year").value(2027));
        http.perform(get("/api/emission-factors").header("Authorization", bearer("westerkwartier", "coordinator")))
                .andExpect(jsonPath("$.latest").value(2027))
                .andExpect(jsonPath("$.lists[?(@.listYear == 2027)].published").value(true))
                .andExpect(jsonPath("$.lists[?(@.listYear == 2026)].published").value(false));
        // not used yet: may still be replaced
        publish(ADMIN, list2027("2.1")).andExpect(status().isOk());
        String gemeente = gemeenten.newGemeente("factors");
        String organisation = api.participant(gemeente);
        api.storedOffice(gemeente, organisation, 2025);
        String json = body(http.perform(post(FootprintApi.calculations(organisation, 2025))
                        .header("Authorization", bearer(gemeente, "coordinator")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.factorSetYear").value(2027)));
        // 3,000 Nm3 × 2.1 + diesel 3,251
        assertThat(decimal(json, "$.totals.scope1Kg")).isEqualByComparingTo("9551");
        problem(publish(ADMIN, list2027("2.0")), 409).andExpect(jsonPath("$.rule").value("factor-set-used"));
        String set = body(http.perform(get("/api/emission-factors/2027").header("Authorization", ADMIN)));
        assertThat(gasFactor(set)).isEqualByComparingTo("2.1");
        // the 2026 set and results computed with it are untouched
        String set2026 = body(http.perform(get("/api/emission-factors/2026").header("Authorization", ADMIN)));
        assertThat(gasFactor(set2026)).isEqualByComparingTo("2.134");
    }

    @Test
    void aShippedListIsImmutable() throws Exception {
        problem(publish(ADMIN, list2027("2.2").replace("\"year\":2027", "\"year\":2026")), 409)
                .andExpect(jsonPath("$.rule").value("factor-list-shipped"));
    }

    @Test
    void anInvalidListIsRefusedWithFieldPathsAndNothingIsStored() throws Exception {
        String json = list2027("-1").replaceFirst("\"unit\":\"Nm3\"", "\"unit\":\"gallon\"")
                .replace("{\"key\":\"lpg\"", "{\"key\":\"lpg_removed\"");
        String problems = body(problem(publish(ADMIN, json), 400));
        List<String> fields = JsonPath.read(problems, "$.errors[*].field");
        int gas = JsonPath.<List<String>>read(json, "$.factors[*].key").indexOf("natural_gas");
        assertThat(fields).contains("factors[" + gas + "].unit", "factors[" + gas + "].valueKgCo2e", "factors");
        assertThat(problems).contains("key lpg of set 2026 is missing");
        problem(http.perform(get("/api/emission-factors/2027").header("Authorization", ADMIN)), 404);
        assertThat(mongo.getDatabase("footprint").getCollection("factor_lists").countDocuments()).isZero();
        problem(publish(ADMIN, "{\"year\": \"2027\", \"factors\": []}"), 400);
        problem(publish(ADMIN, "{\"year\": 2027}"), 400).andExpect(jsonPath("$.errors[0].field").value("factors"));
    }

    @Test
    void onlyThePlatformTeamPublishes() throws Exception {
        for (String role : new String[] {"coordinator", "advisor", "participant", "jury"}) {
            problem(publish(bearer("westerkwartier", role), list2027("2.2")), 403);
        }
        assertThat(mongo.getDatabase("footprint").getCollection("factor_lists").countDocuments()).isZero();
    }
}
