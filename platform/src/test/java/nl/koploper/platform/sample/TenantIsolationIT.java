package nl.koploper.platform.sample;

import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoClient;
import com.jayway.jsonpath.JsonPath;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestGemeenten;
import nl.koploper.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Write as gemeente A, read as gemeente B: B finds nothing, changes nothing, and A's data stays as it was. */
@KoploperIntegrationTest
class TenantIsolationIT {

    @Autowired
    MockMvc http;
    @Autowired
    MongoClient mongo;
    @Autowired
    TestGemeenten gemeenten;

    String tenantA;
    String tenantB;
    String noteOfA;

    @BeforeEach
    void aNoteOfGemeenteA() throws Exception {
        tenantA = gemeenten.newGemeente("a");
        tenantB = gemeenten.newGemeente("b");
        String body = http.perform(post("/api/notes").header("Authorization", bearer(tenantA, "coordinator"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Zonnepanelen\",\"priority\":2}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        noteOfA = JsonPath.read(body, "$.id");
    }

    @Test
    void anotherGemeenteCannotReadTheNote() throws Exception {
        http.perform(get("/api/notes/" + noteOfA).header("Authorization", bearer(tenantB, "coordinator")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/notes").header("Authorization", bearer(tenantB, "coordinator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void anotherGemeenteCannotChangeOrDeleteTheNote() throws Exception {
        http.perform(post("/api/notes/" + noteOfA + "/archive").header("Authorization", bearer(tenantB, "coordinator")))
                .andExpect(status().isNotFound());
        http.perform(delete("/api/notes/" + noteOfA).header("Authorization", bearer(tenantB, "coordinator")))
                .andExpect(status().isNotFound());

        http.perform(get("/api/notes/" + noteOfA).header("Authorization", bearer(tenantA, "coordinator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.archived").value(false));
    }

    @Test
    void eachGemeenteHasItsOwnDatabase() {
        Document stored = mongo.getDatabase("sample_" + tenantA).getCollection("notes").find().first();
        assertThat(stored).isNotNull();
        assertThat(stored.getString("tenantId")).isEqualTo(tenantA);
        assertThat(mongo.getDatabase("sample_" + tenantB).getCollection("notes").countDocuments()).isZero();
    }

    @Test
    void uniqueIndexesHoldWithinAGemeenteButNotAcrossGemeenten() throws Exception {
        String sameTitle = "{\"title\":\"Zonnepanelen\",\"priority\":3}";
        http.perform(post("/api/notes").header("Authorization", bearer(tenantA, "coordinator"))
                        .contentType(MediaType.APPLICATION_JSON).content(sameTitle))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(post("/api/notes").header("Authorization", bearer(tenantB, "coordinator"))
                        .contentType(MediaType.APPLICATION_JSON).content(sameTitle))
                .andExpect(status().isCreated());
    }

    @Test
    void aClientSentTenantHeaderChangesNothing() throws Exception {
        for (String header : new String[] {"X-Tenant", "X-Tenant-Id", "X-Koploper-Tenant", "Tenant", "koploper_tenant"}) {
            http.perform(get("/api/notes/" + noteOfA).header("Authorization", bearer(tenantB, "coordinator"))
                            .header(header, tenantA))
                    .andExpect(status().isNotFound());
            http.perform(get("/api/notes").header("Authorization", bearer(tenantB, "coordinator"))
                            .header(header, tenantA))
                    .andExpect(jsonPath("$.length()").value(0));
        }
    }

    @Test
    void aUserCannotNameAnotherGemeente() throws Exception {
        http.perform(get("/api/notes/" + noteOfA).param("tenant", tenantA)
                        .header("Authorization", bearer(tenantB, "coordinator")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aPlatformAdminActsOnAGemeenteOnlyByNamingIt() throws Exception {
        http.perform(get("/api/notes/" + noteOfA).header("Authorization", "Bearer " + TestTokens.platformAdmin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("tenant")));
        http.perform(get("/api/notes/" + noteOfA).param("tenant", tenantA)
                        .header("Authorization", "Bearer " + TestTokens.platformAdmin()))
                .andExpect(status().isOk());
        http.perform(get("/api/notes/" + noteOfA).param("tenant", tenantB)
                        .header("Authorization", "Bearer " + TestTokens.platformAdmin()))
                .andExpect(status().isNotFound());
    }

    @Test
    void whoAmIShowsTheTenantFromTheToken() throws Exception {
        http.perform(get("/api/sample/whoami").header("Authorization", bearer(tenantA, "advisor"))
                        .header("X-Tenant-Id", tenantB))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service").value("sample"))
                .andExpect(jsonPath("$.tenant").value(tenantA))
                .andExpect(jsonPath("$.roles[0]").value("advisor"));
    }
}
