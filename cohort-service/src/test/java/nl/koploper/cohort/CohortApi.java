package nl.koploper.cohort;

import static nl.koploper.test.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nl.koploper.test.TestTokens;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Drives the cohort API the way a client does, for the integration tests: tokens per gemeente and role, request
 * bodies (a "mother" for valid cohorts and registrations) and the common steps (create, open, register).
 */
public final class CohortApi {

    /** Far enough ahead that opening and registering are always before the deadline. */
    public static final String REGISTRATION_DEADLINE = "2099-03-01T23:59:00+01:00";
    public static final String ASSIGNMENT_DEADLINE = "2099-10-01T23:59:00+02:00";

    private final MockMvc http;

    public CohortApi(MockMvc http) {
        this.http = http;
    }



    public static String participantBearer(String gemeente, String email) {
        return "Bearer " + TestTokens.tokenWithEmail(gemeente, email, "participant");
    }

    public static String cohortJson(String name, int minimum, int maximum) {
        return """
                {"name":"%s","year":2099,"minimum":%d,"maximum":%d,
                 "registrationDeadline":"%s","assignmentDeadline":"%s"}"""
                .formatted(name, minimum, maximum, REGISTRATION_DEADLINE, ASSIGNMENT_DEADLINE);
    }

    /** The n-th of a series of distinct organisations: own name, KvK number 1000000n and contact{n}@example.nl. */
    public static String registrationJson(int n) {
        return registrationJson(String.format("%08d", 10_000_000 + n), contactEmail(n), true);
    }

    public static String registrationJson(String kvkNumber, String email, boolean consent) {
        return """
                {"organisation":{"name":"Organisatie %s","kvkNumber":"%s","type":"COMPANY","sbiCode":"47.21",
                  "sizeFte":12.5,"address":{"street":"Grote Markt","houseNumber":"1","postalCode":"9712hn",
                  "city":"Groningen"}},
                 "contact":{"name":"Anna de Vries","email":"%s","phone":"050 123 4567","locale":"nl"},
                 "consentToTerms":%s}""".formatted(kvkNumber, kvkNumber, email, consent);
    }

    public static String contactEmail(int n) {
        return "contact" + n + "@example.nl";
    }

    public ResultActions perform(MockHttpServletRequestBuilder request, String authorization) throws Exception {
        return http.perform(request.header("Authorization", authorization));
    }

    public ResultActions postJson(String path, String authorization, String json) throws Exception {
        return http.perform(post(path).header("Authorization", authorization)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** A new DRAFT cohort of {@code gemeente}; returns its id. */
    public String createCohort(String gemeente, int minimum, int maximum) throws Exception {
        return id(postJson("/api/cohorts", bearer(gemeente, "coordinator"),
                cohortJson("Koplopers " + gemeente, minimum, maximum)).andExpect(status().isCreated()));
    }

    /** A new OPEN cohort of {@code gemeente}; returns its id. */
    public String openCohort(String gemeente, int minimum, int maximum) throws Exception {
        String id = createCohort(gemeente, minimum, maximum);
        perform(post("/api/cohorts/" + id + "/open"), bearer(gemeente, "coordinator")).andExpect(status().isOk());
        return id;
    }

    /** Registers organisation {@code n} as the coordinator; returns the participant id. */
    public String register(String gemeente, String cohortId, int n) throws Exception {
        return id(postJson("/api/cohorts/" + cohortId + "/participants", bearer(gemeente, "coordinator"),
                registrationJson(n)).andExpect(status().isCreated()));
    }

    public static String id(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }

    /** A problem+json answer with this status, carrying no internals. */
    public static ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.trace").doesNotExist());
    }
}
