package nl.koploper.test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every service answers from the moment it exists: probes, metrics, its OpenAPI document, a refusal without a
 * token and its whoami under its own API prefix with the tenant of the token (never of a header). A service's
 * test subclasses this with {@link KoploperIntegrationTest} and its name and prefix.
 */
public abstract class ServiceBasicsIT {

    @Autowired
    protected MockMvc http;
    @Autowired
    protected TestGemeenten gemeenten;

    protected abstract String serviceName();

    protected abstract String apiPrefix();

    @Test
    void answersLivenessAndReadiness() throws Exception {
        http.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        http.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void exposesPrometheusMetrics() throws Exception {
        http.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("jvm_memory_used_bytes")));
    }

    @Test
    void servesItsOpenApiDocument() throws Exception {
        http.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.servers[0].url").value("/"))
                .andExpect(jsonPath("$.paths['/error']").doesNotExist())
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
    }

    @Test
    void refusesItsApiWithoutAToken() throws Exception {
        http.perform(get(apiPrefix() + "/whoami"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void takesTheTenantFromTheTokenOnly() throws Exception {
        gemeenten.register("westerkwartier");
        http.perform(get(apiPrefix() + "/whoami")
                        .header("Authorization", "Bearer " + TestTokens.token("westerkwartier", "coordinator"))
                        .header("X-Tenant-Id", "groningen"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service").value(serviceName()))
                .andExpect(jsonPath("$.tenant").value("westerkwartier"));
    }

    @Test
    void refusesATokenOfAGemeenteThatIsNotRegistered() throws Exception {
        http.perform(get(apiPrefix() + "/whoami")
                        .header("Authorization", TestTokens.bearer(TestTokens.newGemeente("unknown"), "coordinator")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://koploper.nl/problems/gemeente-not-registered"));
    }

    @Test
    void refusesATokenOfAnotherIssuer() throws Exception {
        http.perform(get(apiPrefix() + "/whoami")
                        .header("Authorization", "Bearer " + TestTokens.wrongIssuer("westerkwartier", "coordinator")))
                .andExpect(status().isUnauthorized());
    }
}
