package nl.koploper.platform.sample;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestGemeenten;
import nl.koploper.test.TestTokens;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A client's mistake is a 4xx problem+json that says what to fix, never a 500 or a stack trace, and stores nothing. */
@KoploperIntegrationTest
class BadInputIT {

    @Autowired
    MockMvc http;
    @Autowired
    TestGemeenten gemeenten;

    String token;

    @BeforeEach
    void aFreshGemeente() {
        token = "Bearer " + TestTokens.token(gemeenten.newGemeente("bad"), "coordinator");
    }

    @Test
    void invalidFieldsAreListed() throws Exception {
        problem(create("{\"title\":\"\",\"priority\":9}"), 400)
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("title", "priority")))
                .andExpect(jsonPath("$.errors[*].code", Matchers.containsInAnyOrder("required", "out-of-range")));
        nothingStored();
    }

    @Test
    void inputRefusedByTheDomainIsABadRequestNamingTheField() throws Exception {
        String id = com.jayway.jsonpath.JsonPath.read(create("{\"title\":\"Warmtepomp\",\"priority\":1}")
                .andReturn().getResponse().getContentAsString(), "$.id");
        problem(http.perform(post("/api/notes/" + id + "/rename").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"a/b\",\"priority\":1}")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        http.perform(get("/api/notes/" + id).header("Authorization", token)).andExpect(jsonPath("$.title").value("Warmtepomp"));
    }

    @Test
    void unreadableJsonIsABadRequest() throws Exception {
        problem(create("{\"title\": \"Zon"), 400)
                .andExpect(jsonPath("$.detail", Matchers.not(Matchers.containsString("Exception"))));
        problem(create("[1,2,3]"), 400);
        problem(create("{\"title\":\"Zon\",\"priority\":\"high\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("priority"))
                .andExpect(jsonPath("$.errors[0].code").value("invalid-value"));
        nothingStored();
    }

    @Test
    void anUnknownFieldIsRefusedByName() throws Exception {
        problem(create("{\"title\":\"Zon\",\"priority\":1,\"tenantId\":\"other-gemeente\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("tenantId"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown-field"));
        problem(create("{\"title\":\"Zon\",\"priority\":1,\"$set\":{\"archived\":true}}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("$set"));
        problem(create("{\"title\":\"Zon\",\"priority\":1,\"a.b\":1}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("a.b"));
        problem(create("{\"titel\":\"Zon\",\"priority\":1}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("titel"));
        nothingStored();
    }

    @Test
    void aMissingBodyIsABadRequest() throws Exception {
        problem(http.perform(post("/api/notes").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)), 400);
    }

    @Test
    void aWrongMediaTypeIsUnsupported() throws Exception {
        problem(http.perform(post("/api/notes").header("Authorization", token)
                .contentType(MediaType.TEXT_PLAIN).content("title=Zon")), 415);
        nothingStored();
    }

    @Test
    void aTooLargeBodyIsRefused() throws Exception {
        String huge = "{\"title\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"priority\":1}";
        problem(create(huge), 413)
                .andExpect(jsonPath("$.title").value("Aanvraag te groot"))
                .andExpect(jsonPath("$.detail").value(Matchers.matchesPattern(
                        "De aanvraag is groter dan de grens van \\d+ kB")));
        nothingStored();
    }

    @Test
    void anUnknownIdIsNotFound() throws Exception {
        problem(http.perform(get("/api/notes/does-not-exist").header("Authorization", token)), 404)
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("does-not-exist")));
    }

    @Test
    void anUnknownPathIsNotFound() throws Exception {
        problem(http.perform(get("/api/nothing-here").header("Authorization", token)), 404);
    }

    @Test
    void aWrongMethodIsNotAllowed() throws Exception {
        problem(http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/notes").header("Authorization", token)), 405);
    }

    @Test
    void aBrokenRuleIsAConflictNamingTheRule() throws Exception {
        String id = com.jayway.jsonpath.JsonPath.read(create("{\"title\":\"Ledverlichting\",\"priority\":1}")
                .andReturn().getResponse().getContentAsString(), "$.id");
        http.perform(post("/api/notes/" + id + "/archive").header("Authorization", token)).andExpect(status().isOk());
        problem(http.perform(post("/api/notes/" + id + "/archive").header("Authorization", token)), 409)
                .andExpect(jsonPath("$.rule").value("note-archived-once"));
    }

    private ResultActions create(String json) throws Exception {
        MockHttpServletRequestBuilder request = post("/api/notes").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(json);
        return http.perform(request);
    }

    private ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    private void nothingStored() throws Exception {
        http.perform(get("/api/notes").header("Authorization", token)).andExpect(jsonPath("$.length()").value(0));
    }
}
