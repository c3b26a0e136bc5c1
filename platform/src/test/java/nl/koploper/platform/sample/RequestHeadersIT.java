package nl.koploper.platform.sample;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestGemeenten;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The {@code IfMatch} and {@code IdempotencyKey} controller parameters, over HTTP as a service's client sends them. */
@KoploperIntegrationTest
class RequestHeadersIT {

    @Autowired
    MockMvc http;
    @Autowired
    TestGemeenten gemeenten;

    String tenant;
    String coordinator;

    @BeforeEach
    void aFreshGemeente() {
        tenant = gemeenten.newGemeente("headers");
        coordinator = "Bearer " + TestTokens.token(tenant, "coordinator");
    }

    @Nested
    class IdempotencyKeyHeader {

        @Test
        void aRepeatOfTheSameRequestAnswersTheFirstOneMarkedReplayed() throws Exception {
            String first = body(create("k-1", "Minder gas").andExpect(status().isCreated())
                    .andExpect(header().doesNotExist("Idempotent-Replayed")));
            String id = JsonPath.read(first, "$.id");
            create("k-1", "Minder gas").andExpect(status().isCreated())
                    .andExpect(header().string("Idempotent-Replayed", "true"))
                    .andExpect(header().string("Location", "/api/pledges/" + id))
                    .andExpect(jsonPath("$.id").value(id));
        }

        @Test
        void theSameKeyWithAnotherBodyIsAConflictNamingTheRule() throws Exception {
            create("k-2", "Minder gas").andExpect(status().isCreated());
            problem(create("k-2", "Meer zon"), 409).andExpect(jsonPath("$.rule").value("idempotency-key-reused"));
        }

        @Test
        void withoutAKeyEveryRequestCreates() throws Exception {
            String first = JsonPath.read(body(create(null, "Fiets").andExpect(status().isCreated())), "$.id");
            create(null, "Fiets").andExpect(status().isCreated())
                    .andExpect(header().doesNotExist("Idempotent-Replayed"))
                    .andExpect(jsonPath("$.id").value(org.hamcrest.Matchers.not(first)));
        }

        @Test
        void aMalformedKeyIsABadRequestNamingTheHeader() throws Exception {
            problem(create("met spatie", "Fiets"), 400)
                    .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
            problem(create("", "Fiets"), 400);
            problem(create("x".repeat(201), "Fiets"), 400);
            create("x".repeat(200), "Fiets").andExpect(status().isCreated());
        }

        @Test
        void theBodysFieldErrorsAndTheRoleCheckAnswerBeforeAMalformedKey() throws Exception {
            problem(http.perform(post("/api/pledges").header("Authorization", coordinator)
                    .header("Idempotency-Key", "met spatie").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"text\":\"\"}")), 400).andExpect(jsonPath("$.errors[0].field").value("text"));
            problem(http.perform(post("/api/pledges").header("Authorization", "Bearer " + TestTokens.token(tenant,
                            "advisor")).header("Idempotency-Key", "met spatie")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Fiets\"}")), 403);
        }
    }

    @Nested
    class IfMatchHeader {

        String id;

        @BeforeEach
        void aPledgeAtVersionZero() throws Exception {
            id = JsonPath.read(body(create(null, "Isoleren")), "$.id");
        }

        @Test
        void theCurrentVersionStrongOrWeakChangesIt() throws Exception {
            renew("\"0\"").andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
            renew("W/\"1\"").andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));
        }

        @Test
        void noHeaderOrAStarChangesAnyVersion() throws Exception {
            renew(null).andExpect(status().isOk());
            renew("*").andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));
        }

        @Test
        void anOlderVersionIsAPreconditionFailure() throws Exception {
            renew("\"0\"").andExpect(status().isOk());
            problem(renew("\"0\""), 412);
        }

        @Test
        void aHeaderThatNamesNoVersionIsAPreconditionFailureNotABadRequest() throws Exception {
            problem(renew("\"not-a-version\""), 412);
        }

        @Test
        void theRoleCheckAnswersBeforeAMalformedHeader() throws Exception {
            problem(http.perform(post("/api/pledges/" + id + "/renew").header("If-Match", "\"not-a-version\"")
                    .header("Authorization", "Bearer " + TestTokens.token(tenant, "advisor"))), 403);
        }

        private ResultActions renew(String ifMatch) throws Exception {
            MockHttpServletRequestBuilder request = post("/api/pledges/" + id + "/renew")
                    .header("Authorization", coordinator);
            return http.perform(ifMatch == null ? request : request.header("If-Match", ifMatch));
        }
    }

    @Test
    void theOpenApiDocumentShowsBothAsOptionalHeaders() throws Exception {
        http.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/pledges'].post.parameters[?(@.in == 'header')].name")
                        .value(hasItem("Idempotency-Key")))
                .andExpect(jsonPath("$.paths['/api/pledges/{id}/renew'].post.parameters[?(@.in == 'header')].name")
                        .value(hasItem("If-Match")))
                .andExpect(jsonPath("$.paths['/api/pledges/{id}/renew'].post.parameters[?(@.in == 'query')]")
                        .isEmpty())
                .andExpect(jsonPath("$.paths['/api/pledges/{id}/renew'].post.responses['412']").exists());
    }

    private ResultActions create(String key, String text) throws Exception {
        MockHttpServletRequestBuilder request = post("/api/pledges").header("Authorization", coordinator)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"" + text + "\"}");
        return http.perform(key == null ? request : request.header("Idempotency-Key", key));
    }

    private ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }
}
