package nl.koploper.footprint.result;

import static nl.koploper.test.TestTokens.bearer;
import static nl.koploper.footprint.FootprintApi.body;
import static nl.koploper.footprint.FootprintApi.decimal;
import static nl.koploper.footprint.FootprintApi.office;
import static nl.koploper.footprint.FootprintApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoClient;
import java.util.List;
import nl.koploper.footprint.FootprintApi;
import nl.koploper.test.KoploperIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** "What if": the posted data's footprint, from the same calculation, with nothing stored anywhere. */
@KoploperIntegrationTest
class EstimateIT {

    @Autowired
    MockMvc http;
    @Autowired
    nl.koploper.test.TestGemeenten gemeenten;
    @Autowired
    MongoClient mongo;

    FootprintApi api;
    String gemeente;

    @BeforeEach
    void aFreshGemeente() {
        api = new FootprintApi(http);
        gemeente = gemeenten.newGemeente("estimate");
    }

    @Test
    void anEstimateCalculatesThePostedDataAndStoresNothing() throws Exception {
        String json = body(api.estimate(bearer(gemeente, "participant"), withYear(office()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.version").doesNotExist())
                .andExpect(jsonPath("$.factorSetYear").value(2026))
                .andExpect(jsonPath("$.items").doesNotExist())
                .andExpect(jsonPath("$.factorsUsed").doesNotExist()));
        assertThat(decimal(json, "$.totals.totalMarketBasedKg")).isEqualByComparingTo("25458.5");

        // explain=true: the same footprint with every item's "how was this computed" line and the factors used
        String explained = body(http.perform(post("/api/footprints/estimate").param("explain", "true")
                        .header("Authorization", bearer(gemeente, "participant"))
                        .contentType(MediaType.APPLICATION_JSON).content(withYear(office())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].explanation").isNotEmpty())
                .andExpect(jsonPath("$.factorsUsed[0].provenance").isNotEmpty()));
        assertThat(JsonPath.<Integer>read(json, "$.itemCount")).isPositive()
                .isEqualTo(JsonPath.<List<?>>read(explained, "$.items").size());
        for (String part : new String[] {"$.totals", "$.perThemeKg", "$.warnings", "$.factorProblems",
                "$.complete", "$.preliminary"}) {
            assertThat((Object) JsonPath.read(json, part)).as(part).isEqualTo(JsonPath.read(explained, part));
        }
        problem(http.perform(post("/api/footprints/estimate").param("explain", "maybe")
                .header("Authorization", bearer(gemeente, "participant"))
                .contentType(MediaType.APPLICATION_JSON).content(withYear(office()))), 400);

        // the effect of a measure: 100 % green power takes the grey part out of scope 2 (market-based)
        String green = withYear(office()).replace("\"greenSharePercent\": 50", "\"greenSharePercent\": 100");
        String greenJson = body(api.estimate(bearer(gemeente, "coordinator"), green).andExpect(status().isOk()));
        assertThat(decimal(greenJson, "$.totals.scope2MarketBasedKg")).isEqualByComparingTo("0");
        assertThat(decimal(greenJson, "$.totals.scope2LocationBasedKg")).isEqualByComparingTo("6560");

        http.perform(post("/api/footprints/estimate").param("factorSetYear", "2025")
                        .header("Authorization", bearer(gemeente, "advisor"))
                        .contentType(MediaType.APPLICATION_JSON).content(withYear(office())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.factorSetYear").value(2025))
                .andExpect(jsonPath("$.complete").value(false));

        assertThat(mongo.getDatabase("footprint_" + gemeente).listCollectionNames().into(new java.util.ArrayList<>()))
                .doesNotContain("consumption_data", "footprint_results");
    }

    @Test
    void juryCannotEstimate() throws Exception {
        problem(api.estimate(bearer(gemeente, "jury"), withYear(office())), 403);
    }

    @Test
    void badInputIsRefusedWithTheField() throws Exception {
        String token = bearer(gemeente, "advisor");
        problem(api.estimate(token, office()), 400).andExpect(jsonPath("$.errors[0].field").value("year"));
        problem(api.estimate(token, withYear(office()).replace("\"yearTotal\": 3000", "\"yearTotal\": -1")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("fuelsAndHeat.naturalGasNm3"))
                .andExpect(jsonPath("$.errors[0].code").value("negative"));
        problem(api.estimate(token, "{\"year\": 2025, \"electricity\": {\"boughtKwh\": {\"yearTotal\": 1},"
                + " \"greenSharePercent\": 100.5}}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("electricity.greenSharePercent"));
        problem(api.estimate(token, "{\"year\": \"2025\"}"), 400).andExpect(jsonPath("$.errors[0].field").value("year"));
        problem(api.estimate(token, "{\"year\": 3000}"), 400).andExpect(jsonPath("$.errors[0].field").value("year"));
        problem(api.estimate(token, "{\"year\": 2025, \"waste\": [{\"kind\": \"RESIDUAL\", \"kg\": {\"yearTotal\": 5},"
                + " \"factor\": {\"valueKgCo2e\": 0.5, \"unit\": \"kWh\", \"source\": \"x\"}}]}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("waste[0].factor.unit"));
        problem(api.estimate(token, "{\"year\": 2025, \"waste\": [null]}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("waste[0]"))
                .andExpect(jsonPath("$.errors[0].code").value("required"));
        problem(api.estimate(token, "{\"year\": 2025, \"fuelsAndHeat\": {\"naturalGasNm3\": {\"yearTotal\": 0.000000000001}}}"),
                400).andExpect(jsonPath("$.errors[0].field").value("fuelsAndHeat.naturalGasNm3.yearTotal"))
                .andExpect(jsonPath("$.errors[0].code").value("out-of-range"));
        for (String factorSetYear : new String[] {"1800", "99999", "next"}) {
            problem(http.perform(post("/api/footprints/estimate").param("factorSetYear", factorSetYear)
                    .header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                    .content(withYear(office()))), 400);
        }
        problem(api.estimate(token, "[]"), 400);
        problem(http.perform(post("/api/footprints/estimate").header("Authorization", token)
                .contentType(MediaType.TEXT_PLAIN).content("year=2025")), 415);
    }

    @Test
    void warningsAreDutchUnlessEnglishIsAskedAndKeepTheirCode() throws Exception {
        String withoutWater = withYear(office()).replaceFirst("\"water\": [^\\n]*\\n", "");
        assertThat(withoutWater).doesNotContain("\"water\"");
        String dutch = body(api.estimate(bearer(gemeente, "participant"), withoutWater).andExpect(status().isOk()));
        assertThat(JsonPath.<List<String>>read(dutch, "$.warnings[?(@.code == 'theme-empty')].field"))
                .containsExactly("water.m3");
        assertThat(JsonPath.<List<String>>read(dutch, "$.warnings[?(@.field == 'water.m3')].message"))
                .containsExactly("geen water ingevuld; vul 0 in als er geen is gebruikt");
        String english = body(http.perform(post("/api/footprints/estimate").param("explain", "true")
                        .header("Authorization", bearer(gemeente, "participant")).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(withoutWater))
                .andExpect(status().isOk()));
        assertThat(JsonPath.<List<String>>read(english, "$.warnings[?(@.field == 'water.m3')].message"))
                .containsExactly("no water entered; enter 0 if none was used");
        assertThat(JsonPath.<List<String>>read(english, "$.warnings[*].code"))
                .isEqualTo(JsonPath.<List<String>>read(dutch, "$.warnings[*].code"));
    }

    private static String withYear(String json) {
        return json.replaceFirst("\\{", "{\"year\": 2025, ");
    }
}
