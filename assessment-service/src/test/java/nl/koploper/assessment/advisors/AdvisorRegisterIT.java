package nl.koploper.assessment.advisors;

import static nl.koploper.assessment.AssessmentApi.ADVISORS;
import static nl.koploper.assessment.AssessmentApi.CASES;
import static nl.koploper.assessment.AssessmentApi.advisorDetailsJson;
import static nl.koploper.assessment.AssessmentApi.coordinator;
import static nl.koploper.assessment.AssessmentApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.koploper.assessment.AssessmentApi;
import nl.koploper.contracts.Topics;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The gemeente's advisor register: the coordinator adds, changes and removes advisors; assigning a case takes an
 * entry's id; the advisor's login finds the case by the e-mail address in the register. Bad input is a 400 naming
 * the fields and stores nothing; other roles are refused; another gemeente sees and changes nothing.
 */
@KoploperIntegrationTest
class AdvisorRegisterIT extends ServiceIntegrationTest {

    AssessmentApi api;
    String gemeente;
    String other;

    @BeforeEach
    void twoGemeenten() {
        api = new AssessmentApi(http, bootstrapServers);
        gemeente = gemeenten.newGemeente("advisors");
        other = gemeenten.newGemeente("advisors-other");
    }

    @Test
    void theCoordinatorKeepsTheRegister() throws Exception {
        String location = api.postJson(ADVISORS, coordinator(gemeente),
                        advisorDetailsJson(" Marieke Dijkstra ", "M.Dijkstra@AdviesNoord.example", "Advies Noord"))
                .andExpect(status().isCreated())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.name").value("Marieke Dijkstra"))
                .andExpect(jsonPath("$.email").value("M.Dijkstra@AdviesNoord.example"))
                .andExpect(jsonPath("$.organisation").value("Advies Noord"))
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).startsWith(ADVISORS + "/");
        api.postJson(ADVISORS, coordinator(gemeente), advisorDetailsJson("Anton Bos", "a.bos@example.nl", "Bos"))
                .andExpect(status().isCreated());

        List<String> names = AssessmentApi.at(api.json(ADVISORS, coordinator(gemeente)), "$[*].name");
        assertThat(names).containsExactly("Anton Bos", "Marieke Dijkstra");
        String etag = api.read(location, coordinator(gemeente)).andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("M.Dijkstra@AdviesNoord.example"))
                .andReturn().getResponse().getHeader("ETag");

        http.perform(put(location).header("Authorization", coordinator(gemeente)).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(advisorDetailsJson("Marieke Dijkstra-Bos", "marieke@adviesnoord.example", "Noord")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation").value("Noord"));
        // The version it was changed from is stale now: 412, nothing changes.
        problem(http.perform(put(location).header("Authorization", coordinator(gemeente)).header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON)
                .content(advisorDetailsJson("Oud", "oud@example.nl", "Oud"))), 412);
        problem(http.perform(delete(location).header("Authorization", coordinator(gemeente))
                .header("If-Match", etag)), 412);
        api.read(location, coordinator(gemeente)).andExpect(jsonPath("$.name").value("Marieke Dijkstra-Bos"));

        http.perform(delete(location).header("Authorization", coordinator(gemeente)))
                .andExpect(status().isNoContent());
        problem(api.read(location, coordinator(gemeente)), 404);
        problem(http.perform(delete(location).header("Authorization", coordinator(gemeente))), 404);
        assertThat(AssessmentApi.<List<String>>at(api.json(ADVISORS, coordinator(gemeente)), "$[*].name"))
                .containsExactly("Anton Bos");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndStoresNothing() throws Exception {
        String location = added(gemeente, "Anton Bos", "a.bos@example.nl");
        String etag = api.read(location, coordinator(gemeente)).andReturn().getResponse().getHeader("ETag");

        problem(api.postJson(ADVISORS, coordinator(gemeente), "{\"name\":\" \",\"email\":\"geen-adres\"}"), 400)
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "name", "email", "organisation")))
                .andExpect(jsonPath("$.errors[?(@.field == 'email')].code").value("not-an-email-address"));
        problem(api.postJson(ADVISORS, coordinator(gemeente), advisorDetailsJson("X", "x@example", "Y")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        problem(api.postJson(ADVISORS, coordinator(gemeente), advisorDetailsJson("x".repeat(201), "x@example.nl",
                "Y")), 400).andExpect(jsonPath("$.errors[0].code").value("too-long"));
        problem(api.postJson(ADVISORS, coordinator(gemeente),
                "{\"name\":\"X\",\"email\":\"x@example.nl\",\"organisation\":\"Y\",\"subject\":\"abc\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("subject"));
        problem(api.postJson(ADVISORS, coordinator(gemeente), "[]"), 400);
        // The same address again, in other capitals: one advisor per address in a gemeente.
        problem(api.postJson(ADVISORS, coordinator(gemeente), advisorDetailsJson("Tweede", "A.Bos@Example.NL", "Z")),
                409).andExpect(jsonPath("$.rule").value("advisor-email-taken"));
        String second = added(gemeente, "Bea Bos", "b.bos@example.nl");
        problem(api.putJson(second, coordinator(gemeente), advisorDetailsJson("Bea Bos", "a.bos@example.nl", "Z")),
                409).andExpect(jsonPath("$.rule").value("advisor-email-taken"));
        problem(api.putJson(location, coordinator(gemeente), "{\"name\":\"Anton\",\"email\":\"\"}"), 400);

        assertThat(AssessmentApi.<List<String>>at(api.json(ADVISORS, coordinator(gemeente)), "$[*].email"))
                .containsExactly("a.bos@example.nl", "b.bos@example.nl");
        assertThat(api.read(location, coordinator(gemeente)).andReturn().getResponse().getHeader("ETag"))
                .isEqualTo(etag);
        api.read(second, coordinator(gemeente)).andExpect(jsonPath("$.email").value("b.bos@example.nl"));
    }

    @Test
    void onlyTheCoordinatorKeepsItAndThePlatformAdminReadsIt() throws Exception {
        String location = added(gemeente, "Anton Bos", "a.bos@example.nl");
        for (String role : List.of("advisor", "participant", "jury")) {
            String bearer = TestTokens.bearer(gemeente, role);
            problem(api.read(ADVISORS, bearer), 403);
            problem(api.read(location, bearer), 403);
            problem(api.postJson(ADVISORS, bearer, advisorDetailsJson("X", "x@example.nl", "Y")), 403);
            problem(api.putJson(location, bearer, advisorDetailsJson("X", "x@example.nl", "Y")), 403);
            problem(http.perform(delete(location).header("Authorization", bearer)), 403);
        }
        String admin = "Bearer " + TestTokens.platformAdmin();
        api.read(ADVISORS + "?tenant=" + gemeente, admin).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].email").value("a.bos@example.nl"));
        problem(api.postJson(ADVISORS + "?tenant=" + gemeente, admin,
                advisorDetailsJson("X", "x@example.nl", "Y")), 403);
        assertThat(AssessmentApi.<List<String>>at(api.json(ADVISORS, coordinator(gemeente)), "$[*].email"))
                .containsExactly("a.bos@example.nl");
    }

    @Test
    void anotherGemeenteNeitherSeesNorChangesNorAssignsTheEntry() throws Exception {
        String location = added(gemeente, "Anton Bos", "a.bos@example.nl");
        String registerId = location.substring(location.lastIndexOf('/') + 1);
        String coordinatorB = coordinator(other);

        assertThat(AssessmentApi.<List<String>>at(api.json(ADVISORS, coordinatorB), "$")).isEmpty();
        problem(api.read(location, coordinatorB), 404);
        problem(api.putJson(location, coordinatorB, advisorDetailsJson("Overgenomen", "b@example.nl", "B")), 404);
        problem(http.perform(delete(location).header("Authorization", coordinatorB)), 404);
        String caseOfB = api.openCase(other, "Bedrijf B", "1071", 8, "b@bedrijf.example.nl");
        problem(api.putJson(CASES + "/" + caseOfB + "/advisor", coordinatorB, AssessmentApi.advisorJson(registerId)),
                400).andExpect(jsonPath("$.errors[0].code").value("unknown-advisor"));
        // The same person may advise in both gemeenten: each keeps its own entry.
        added(other, "Anton Bos", "a.bos@example.nl");

        api.read(location, coordinator(gemeente)).andExpect(jsonPath("$.name").value("Anton Bos"));
        api.read(CASES + "/" + caseOfB, coordinatorB).andExpect(jsonPath("$.advisor").doesNotExist());
    }

    @Test
    void anAssignedAdvisorSignsInByTheirAddressAndKeepsItWhileAssigned() throws Exception {
        String caseId = api.openCase(gemeente, "Staal BV", "2410", 120, "sanne@staal.example.nl");
        String location = added(gemeente, "Marieke Dijkstra", "M.Dijkstra@AdviesNoord.example");
        String registerId = location.substring(location.lastIndexOf('/') + 1);
        api.putJson(CASES + "/" + caseId + "/advisor", coordinator(gemeente), AssessmentApi.advisorJson(registerId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.advisor.id").value(registerId))
                .andExpect(jsonPath("$.advisor.organisation").value("Advies Noord"));

        // Any login carrying the address (in any capitals) is the advisor: the subject is the identity provider's.
        String marieke = "Bearer " + TestTokens.tokenWithEmail(gemeente, "m.dijkstra@adviesnoord.example", "advisor");
        assertThat(AssessmentApi.<List<String>>at(api.json(CASES, marieke), "$.content[*].id"))
                .containsExactly(caseId);
        api.read(CASES + "/" + caseId, marieke).andExpect(status().isOk());
        // Another advisor, an advisor's login without an address, and the same address in another gemeente: nothing.
        for (String stranger : List.of(
                "Bearer " + TestTokens.tokenWithEmail(gemeente, "iemand@adviesnoord.example", "advisor"),
                TestTokens.bearer(gemeente, "advisor"),
                "Bearer " + TestTokens.withClaims(java.util.Map.of("tenant", gemeente, "roles", List.of("advisor"))),
                "Bearer " + TestTokens.tokenWithEmail(other, "m.dijkstra@adviesnoord.example", "advisor"))) {
            assertThat(AssessmentApi.<List<String>>at(api.json(CASES, stranger), "$.content")).isEmpty();
            problem(api.read(CASES + "/" + caseId, stranger), 404);
        }

        // While assigned, the address stays and the entry cannot go; the name may change.
        problem(api.putJson(location, coordinator(gemeente),
                advisorDetailsJson("Marieke Dijkstra", "marieke@elders.example", "Advies Noord")), 409)
                .andExpect(jsonPath("$.rule").value("advisor-assigned"));
        problem(http.perform(delete(location).header("Authorization", coordinator(gemeente))), 409)
                .andExpect(jsonPath("$.rule").value("advisor-assigned"));
        api.putJson(location, coordinator(gemeente),
                        advisorDetailsJson("Marieke Dijkstra", "m.dijkstra@adviesnoord.example", "Advies Noord BV"))
                .andExpect(status().isOk());
        api.read(CASES + "/" + caseId, marieke).andExpect(status().isOk());

        // Once another advisor has the case, the first may be removed.
        String anton = added(gemeente, "Anton Bos", "a.bos@example.nl");
        api.putJson(CASES + "/" + caseId + "/advisor", coordinator(gemeente),
                AssessmentApi.advisorJson(anton.substring(anton.lastIndexOf('/') + 1))).andExpect(status().isOk());
        problem(api.read(CASES + "/" + caseId, marieke), 404);
        http.perform(delete(location).header("Authorization", coordinator(gemeente)))
                .andExpect(status().isNoContent());
        assertThat(published(Topics.ASSESSMENT_EVENTS, caseId)
                .payloads("nl.koploper.assessment.advisor-assigned.v1", 2)).hasSize(2);
    }

    private String added(String gemeente, String name, String email) throws Exception {
        return api.postJson(ADVISORS, coordinator(gemeente), advisorDetailsJson(name, email, "Advies Noord"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
    }
}
