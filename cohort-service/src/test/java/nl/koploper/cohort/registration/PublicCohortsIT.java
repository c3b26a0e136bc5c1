package nl.koploper.cohort.registration;

import static nl.koploper.cohort.CohortApi.cohortJson;
import static nl.koploper.cohort.CohortApi.id;
import static nl.koploper.cohort.CohortApi.problem;
import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import nl.koploper.cohort.CohortApi;
import nl.koploper.contracts.tenant.GemeenteProfile;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The public list of a gemeente's cohorts that take registrations (the portal's registration page): no login, the
 * gemeente from the path, only its open cohorts, and nothing about who takes part.
 */
@KoploperIntegrationTest
class PublicCohortsIT extends ServiceIntegrationTest {

    CohortApi api;
    String gemeente;

    @BeforeEach
    void aGemeente() {
        api = new CohortApi(http);
        gemeente = gemeenten.newGemeente("list");
    }

    private ResultActions list(String gemeente) throws Exception {
        return http.perform(get("/api/public/cohorts/" + gemeente));
    }

    /** A new cohort of {@code gemeente} with this name, in DRAFT; returns its id. */
    private String draft(String gemeente, String name, int minimum, int maximum) throws Exception {
        return id(api.postJson("/api/cohorts", bearer(gemeente, "coordinator"), cohortJson(name, minimum, maximum))
                .andExpect(status().isCreated()));
    }

    private String open(String gemeente, String name, int minimum, int maximum) throws Exception {
        String id = draft(gemeente, name, minimum, maximum);
        api.perform(post("/api/cohorts/" + id + "/open"), bearer(gemeente, "coordinator")).andExpect(status().isOk());
        return id;
    }

    @Test
    void answersTheGemeentesNameAndOnlyItsCohortsThatTakeRegistrationsNow() throws Exception {
        String open = open(gemeente, "Koplopers 2099", 1, 12);
        api.register(gemeente, open, 1);
        draft(gemeente, "In voorbereiding", 1, 10);
        String started = open(gemeente, "Al begonnen", 1, 10);
        api.register(gemeente, started, 2);
        api.perform(post("/api/cohorts/" + started + "/start"), bearer(gemeente, "coordinator"))
                .andExpect(status().isOk());
        String cancelled = open(gemeente, "Afgeblazen", 1, 10);
        api.postJson("/api/cohorts/" + cancelled + "/cancel", bearer(gemeente, "coordinator"),
                "{\"reason\":\"Te weinig aanmeldingen\"}").andExpect(status().isOk());
        String other = gemeenten.newGemeente("listother");
        String othersOpen = open(other, "Koplopers elders", 1, 10);

        String json = list(gemeente)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", aMapWithSize(2)))
                .andExpect(jsonPath("$.gemeente", aMapWithSize(4)))
                .andExpect(jsonPath("$.gemeente.slug").value(gemeente))
                .andExpect(jsonPath("$.gemeente.name").value("Gemeente " + gemeente))
                .andExpect(jsonPath("$.gemeente.logoUrl").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.gemeente.brandColour").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.cohorts.length()").value(1))
                .andExpect(jsonPath("$.cohorts[0]", aMapWithSize(7)))
                .andExpect(jsonPath("$.cohorts[0].id").value(open))
                .andExpect(jsonPath("$.cohorts[0].name").value("Koplopers 2099"))
                .andExpect(jsonPath("$.cohorts[0].year").value(2099))
                .andExpect(jsonPath("$.cohorts[0].maxParticipants").value(12))
                .andExpect(jsonPath("$.cohorts[0].placesLeft").value(11))
                .andExpect(jsonPath("$.cohorts[0].waitingList").value(false))
                .andExpect(jsonPath("$.cohorts[0].registrationDeadline").value(CohortApi.REGISTRATION_DEADLINE))
                .andReturn().getResponse().getContentAsString();
        // Nothing about who registered.
        assertThat(json).doesNotContain("Organisatie", "contact1@example.nl", "10000001", "participants");

        // The other gemeente sees only its own; a token of another gemeente does not change whose list it is.
        List<String> othersIds = JsonPath.read(list(other).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.cohorts[*].id");
        assertThat(othersIds).containsExactly(othersOpen);
        http.perform(get("/api/public/cohorts/" + gemeente).header("Authorization", bearer(other, "coordinator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.gemeente.slug").value(gemeente))
                .andExpect(jsonPath("$.cohorts[*].id").value(org.hamcrest.Matchers.contains(open)));
    }

    @Test
    void theGemeentesLogoIsPublicForItsPagesAndThePortalsFrame() throws Exception {
        GemeenteProfile current = gemeenten.profile(gemeente).orElseThrow();
        gemeenten.apply(new GemeenteProfile(gemeente, current.displayName(), current.contactName(),
                current.contactEmail(), current.senderName(), current.replyTo(), "https://www.leek.example/logo.svg",
                "nl", true, current.revision() + 1));

        list(gemeente).andExpect(status().isOk())
                .andExpect(jsonPath("$.gemeente.name").value("Gemeente " + gemeente))
                .andExpect(jsonPath("$.gemeente.logoUrl").value("https://www.leek.example/logo.svg"));
    }

    @Test
    void aFullCohortSaysARegistrationGoesToTheWaitingList() throws Exception {
        String full = open(gemeente, "Vol", 1, 1);
        api.register(gemeente, full, 1);

        list(gemeente).andExpect(status().isOk())
                .andExpect(jsonPath("$.cohorts[0].id").value(full))
                .andExpect(jsonPath("$.cohorts[0].maxParticipants").value(1))
                .andExpect(jsonPath("$.cohorts[0].placesLeft").value(0))
                .andExpect(jsonPath("$.cohorts[0].waitingList").value(true));
        api.register(gemeente, full, 2);
        list(gemeente).andExpect(jsonPath("$.cohorts[0].placesLeft").value(0))
                .andExpect(jsonPath("$.cohorts[0].waitingList").value(true));
    }

    @Test
    void aGemeenteWithoutOpenCohortsHasAnEmptyList() throws Exception {
        draft(gemeente, "Nog dicht", 1, 10);
        list(gemeente).andExpect(status().isOk())
                .andExpect(jsonPath("$.gemeente.slug").value(gemeente))
                .andExpect(jsonPath("$.cohorts").isArray())
                .andExpect(jsonPath("$.cohorts.length()").value(0));
    }

    @Test
    void theGemeenteInThePathMustBeASlugKnownAndActive() throws Exception {
        open(gemeente, "Koplopers 2099", 1, 10);
        problem(list("Not_A_Slug"), 400).andExpect(jsonPath("$.errors[0].field").value("tenant"));
        problem(list(TestTokens.newGemeente("nobody")), 404);

        gemeenten.deactivate(gemeente);
        problem(list(gemeente), 403)
                .andExpect(jsonPath("$.type").value("https://koploper.nl/problems/gemeente-deactivated"));
        gemeenten.reactivate(gemeente);
        list(gemeente).andExpect(status().isOk()).andExpect(jsonPath("$.cohorts.length()").value(1));
    }
}
