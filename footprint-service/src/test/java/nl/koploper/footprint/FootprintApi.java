package nl.koploper.footprint;

import static nl.koploper.test.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.util.UUID;
import nl.koploper.test.TestTokens;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The footprint API as the ITs call it, and the test data they send ("mothers"). Every IT class uses only
 * {@code @KoploperIntegrationTest}, so they all share one context and one embedded broker.
 */
public final class FootprintApi {

    public static final String CONTACT = "info@bakkerij-de-koploper.example";

    /**
     * A small office, hand-computed with the 2026 set:
     * electricity 20,000 kWh, 50 % green: market 10,000 × 0.483 = 4,830; location 20,000 × 0.328 = 6,560;
     * natural gas 3,000 Nm3 × 2.134 = 6,402; diesel 1,000 l × 3.251 = 3,251; flights 1,200 pkm × 0.234 = 280.8;
     * commuting 50,000 km × 0.193 = 9,650; water 150 m3 × 0.298 = 44.7; residual waste 2,000 kg × 0.5 = 1,000.
     * Scope 1 = 9,653; scope 2 market 4,830, location 6,560; scope 3 = 10,975.5; total market-based 25,458.5.
     */
    public static final String OFFICE = """
            {
              "contactEmail": "%s",
              "company": {"fte": 10, "floorAreaM2": 400},
              "electricity": {"boughtKwh": {"yearTotal": 20000}, "greenSharePercent": 50},
              "fuelsAndHeat": {"naturalGasNm3": {"yearTotal": %s}},
              "businessTransport": {
                "fuels": [{"fuel": "DIESEL_B7", "quantity": {"yearTotal": 1000}}],
                "flights": [{"band": "UNDER_700_KM", "passengerKm": {"yearTotal": 1200}}]
              },
              "commuting": {"carKm": {"yearTotal": 50000}},
              "water": {"m3": {"yearTotal": 150}, "factor": {"valueKgCo2e": 0.298, "unit": "m3", "source": "Vitens 2025"}},
              "waste": [{"kind": "RESIDUAL", "kg": {"yearTotal": 2000},
                         "factor": {"valueKgCo2e": 0.5, "unit": "kg", "source": "afvalverwerker"}}]
            }
            """;

    private final MockMvc http;

    public FootprintApi(MockMvc http) {
        this.http = http;
    }

    public static String office() {
        return office("3000");
    }

    /** The office with another gas volume, to tell two versions of the data apart. */
    public static String office(String naturalGasNm3) {
        return OFFICE.formatted(CONTACT, naturalGasNm3);
    }

    public static String newTenant(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String newOrganisation() {
        return "org-" + UUID.randomUUID().toString().substring(0, 8);
    }


    public static String data(String organisationId, int year) {
        return "/api/footprints/organisations/" + organisationId + "/years/" + year;
    }

    public static String calculations(String organisationId, int year) {
        return data(organisationId, year) + "/calculations";
    }

    public ResultActions putData(String token, String organisationId, int year, String json) throws Exception {
        return putData(token, organisationId, year, json, null);
    }

    public ResultActions putData(String token, String organisationId, int year, String json, String ifMatch)
            throws Exception {
        MockHttpServletRequestBuilder request = put(data(organisationId, year)).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(json);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.perform(request);
    }

    public ResultActions getData(String token, String organisationId, int year) throws Exception {
        return http.perform(get(data(organisationId, year)).header("Authorization", token));
    }

    public ResultActions calculate(String token, String organisationId, int year) throws Exception {
        return http.perform(post(calculations(organisationId, year)).header("Authorization", token));
    }

    public ResultActions versions(String token, String organisationId, int year) throws Exception {
        return http.perform(get(calculations(organisationId, year)).header("Authorization", token));
    }

    public ResultActions version(String token, String organisationId, int year, int version) throws Exception {
        return http.perform(get(calculations(organisationId, year) + "/" + version).header("Authorization", token));
    }

    public ResultActions estimate(String token, String json) throws Exception {
        return http.perform(post("/api/footprints/estimate").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** Stores the office for {@code organisationId} as a coordinator of {@code tenant}; returns the ETag. */
    public String storedOffice(String tenant, String organisationId, int year) throws Exception {
        return putData(bearer(tenant, "coordinator"), organisationId, year, office())
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("ETag");
    }

    /** Asserts a problem+json with {@code status} and no stack trace. */
    public static ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    public static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    /** A JSON number read exactly enough to compare with {@code isEqualByComparingTo}. */
    public static BigDecimal decimal(String json, String path) {
        Object value = JsonPath.read(json, path);
        return new BigDecimal(String.valueOf(value));
    }
}
