package nl.koploper.platform.sample;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestGemeenten;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Every way a token can be wrong is a 401 problem, before any data is touched. */
@KoploperIntegrationTest
class TokenValidationIT {

    static final String TENANT = "tokentest";

    @Autowired
    MockMvc http;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestGemeenten gemeenten;

    @BeforeEach
    void registeredGemeente() {
        gemeenten.register(TENANT); // so that a 403 below is about the role, not about an unknown gemeente
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("expired", TestTokens.expired(TENANT, "coordinator")),
                Arguments.of("badly signed", TestTokens.badlySigned(TENANT, "coordinator")),
                Arguments.of("alg none", TestTokens.algNone(TENANT, "coordinator")),
                Arguments.of("wrong issuer", TestTokens.wrongIssuer(TENANT, "coordinator")),
                Arguments.of("wrong audience", TestTokens.wrongAudience(TENANT, "coordinator")),
                Arguments.of("not a JWT", "not-a-token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void badTokensAreUnauthorized(String kind, String token) throws Exception {
        http.perform(get("/api/notes").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void badTokensWriteNothing(String kind, String token) throws Exception {
        http.perform(post("/api/notes").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"" + kind + "\",\"priority\":1}"))
                .andExpect(status().isUnauthorized());
        http.perform(get("/api/notes").header("Authorization", "Bearer " + TestTokens.token(TENANT, "coordinator")))
                .andExpect(jsonPath("$[?(@.title == '" + kind + "')]").isEmpty());
    }

    @Test
    void aMissingTokenIsUnauthorized() throws Exception {
        http.perform(get("/api/notes"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Niet aangemeld"))
                .andExpect(jsonPath("$.detail").value(startsWith("Hiervoor is een geldig toegangstoken nodig")));
        http.perform(get("/api/notes").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.title").value("Unauthorized"))
                .andExpect(jsonPath("$.detail").value(startsWith("A valid access token is needed")));
    }

    @Test
    void aValidTokenWithoutAGemeenteIsForbidden() throws Exception {
        String noTenant = TestTokens.withClaims(Map.of("roles", List.of("coordinator")));
        http.perform(get("/api/notes").header("Authorization", "Bearer " + noTenant))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Niet toegestaan"))
                .andExpect(jsonPath("$.detail").value("Het toegangstoken noemt geen geldige gemeente"));
    }

    @Test
    void aTenantClaimThatIsNoSlugIsForbidden() throws Exception {
        String badSlug = TestTokens.withClaims(Map.of("tenant", "../admin", "roles", List.of("coordinator")));
        http.perform(get("/api/notes").header("Authorization", "Bearer " + badSlug))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRoleThatIsNotGrantedIsForbidden() throws Exception {
        http.perform(post("/api/notes").header("Authorization", "Bearer " + TestTokens.token(TENANT, "participant"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Not mine\",\"priority\":1}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void unknownRolesInTheTokenGrantNothing() throws Exception {
        String madeUp = TestTokens.withClaims(Map.of("tenant", TENANT, "roles", List.of("superuser", "ROLE_coordinator")));
        http.perform(post("/api/notes").header("Authorization", "Bearer " + madeUp)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Made up\",\"priority\":1}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void publicEndpointsNeedNoToken() throws Exception {
        http.perform(get("/api/public/ping")).andExpect(status().isOk()).andExpect(jsonPath("$.answer").value("pong"));
    }

    @Test
    void healthIsOpenAndHasProbeGroups() throws Exception {
        http.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        http.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        http.perform(get("/actuator/prometheus")).andExpect(status().isOk());
        http.perform(get("/v3/api-docs")).andExpect(status().isOk());
    }
}
