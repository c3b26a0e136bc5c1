package nl.koploper.cohort.certificate;

import static nl.koploper.cohort.CohortApi.contactEmail;
import static nl.koploper.cohort.CohortApi.participantBearer;
import static nl.koploper.cohort.CohortApi.problem;
import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.cohort.AssessmentFacts;
import nl.koploper.cohort.CohortApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The certificate's completion criteria over HTTP, learnt from assessment-service's and events-service's events on
 * the real topics: only organisations meeting them get a certificate at completion; the coordinator overrides them
 * for one organisation with a reason, before or after completion. Also bad input, roles and another gemeente.
 */
@KoploperIntegrationTest
class CertificateCriteriaIT extends ServiceIntegrationTest {

    CohortApi api;
    AssessmentFacts facts;
    String gemeente;
    String coordinator;
    String cohortId;
    List<String> participants = new ArrayList<>();

    /** Three placed and started: the first did every step, the second all but the nulmeting, the third nothing. */
    @BeforeEach
    void aStartedCohortOfThree() throws Exception {
        api = new CohortApi(http);
        facts = new AssessmentFacts(http, bootstrapServers);
        gemeente = gemeenten.newGemeente("criteria");
        coordinator = bearer(gemeente, "coordinator");
        cohortId = api.openCohort(gemeente, 1, 15);
        for (int n = 1; n <= 3; n++) {
            participants.add(api.register(gemeente, cohortId, n));
        }
        http.perform(post(path("/start")).header("Authorization", coordinator)).andExpect(status().isOk());
        facts.allStepsDone(gemeente, cohortId, List.of(participants.get(0)));
        facts.profilePublished(gemeente, cohortId, participants.get(1));
        facts.actionPlanStarted(gemeente, cohortId, participants.get(1));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> criteria()
                .andExpect(jsonPath(row(1) + ".actionPlanMade").value(true))
                .andExpect(jsonPath(row(1) + ".profilePublished").value(true)));
    }

    private String path(String rest) {
        return "/api/cohorts/" + cohortId + rest;
    }

    private String row(int index) {
        return "$.organisations[?(@.participantId == '" + participants.get(index) + "')]";
    }

    private ResultActions criteria() throws Exception {
        return http.perform(get(path("/certificates/criteria")).header("Authorization", coordinator))
                .andExpect(status().isOk());
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String authorization, String json)
            throws Exception {
        return http.perform(request.header("Authorization", authorization).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void anOrganisationWithoutNulmetingGetsNoCertificateUnlessOverriddenWithAReason() throws Exception {
        criteria()
                .andExpect(jsonPath("$.minimumMeetingsAttended").value(0))
                .andExpect(jsonPath("$.organisations.length()").value(3))
                .andExpect(jsonPath(row(0) + ".meetsCriteria").value(true))
                .andExpect(jsonPath(row(1) + ".nulmetingCompleted").value(false))
                .andExpect(jsonPath(row(1) + ".meetsCriteria").value(false))
                .andExpect(jsonPath(row(2) + ".meetsCriteria").value(false));

        // Without a reason: 400, nothing recorded.
        for (String body : List.of("{}", "{\"reason\":\"  \"}", "{\"reason\":null}")) {
            problem(send(post(path("/certificates/" + participants.get(1) + "/override")), coordinator, body), 400)
                    .andExpect(jsonPath("$.errors[0].field").value("reason"));
        }
        criteria().andExpect(jsonPath(row(1) + ".override").value(org.hamcrest.Matchers.contains((Object) null)));

        send(post(path("/certificates/" + participants.get(1) + "/override")), coordinator,
                "{\"reason\":\"Nulmeting vervallen door ziekte van de adviseur\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.override.reason").value("Nulmeting vervallen door ziekte van de adviseur"))
                .andExpect(jsonPath("$.certificateIssued").value(false));
        problem(send(post(path("/certificates/" + participants.get(1) + "/override")), coordinator,
                "{\"reason\":\"Nogmaals\"}"), 409)
                .andExpect(jsonPath("$.rule").value("certificate-already-overridden"));

        http.perform(post(path("/complete")).header("Authorization", coordinator)).andExpect(status().isOk());

        http.perform(get(path("/certificates")).header("Authorization", coordinator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].participantId").value(containsInAnyOrder(participants.get(0),
                        participants.get(1))));
        problem(http.perform(get(path("/certificates/" + participants.get(2) + ".pdf"))
                .header("Authorization", coordinator)), 404);
        criteria()
                .andExpect(jsonPath(row(1) + ".certificateIssued").value(true))
                .andExpect(jsonPath(row(1) + ".override.reason")
                        .value("Nulmeting vervallen door ziekte van de adviseur"))
                .andExpect(jsonPath(row(2) + ".certificateIssued").value(false));

        // After completion an override issues the certificate at once, and it verifies.
        String issued = send(post(path("/certificates/" + participants.get(2) + "/override")), coordinator,
                "{\"reason\":\"Heeft alles buiten het platform gedaan\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.certificateIssued").value(true))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(issued, "$.override.overriddenBy")).isNotBlank();
        String code = JsonPath.<List<String>>read(http.perform(get(path("/certificates"))
                        .header("Authorization", coordinator)).andReturn().getResponse().getContentAsString(),
                "$[?(@.participantId == '" + participants.get(2) + "')].verificationCode").get(0);
        http.perform(get("/api/public/certificates/" + code)).andExpect(status().isOk())
                .andExpect(jsonPath("$.organisationName").value("Organisatie 10000003"));
        problem(send(post(path("/certificates/" + participants.get(0) + "/override")), coordinator,
                "{\"reason\":\"Dubbel\"}"), 409)
                .andExpect(jsonPath("$.rule").value("certificate-already-issued"));
        problem(send(put(path("/certificates/criteria")), coordinator, "{\"minimumMeetingsAttended\":2}"), 409)
                .andExpect(jsonPath("$.rule").value("cohort-closed"));
    }

    @Test
    void theGemeentesAttendanceMinimumCountsTheMeetingsEachWasPresentAt() throws Exception {
        send(put(path("/certificates/criteria")), coordinator, "{\"minimumMeetingsAttended\":2}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minimumMeetingsAttended").value(2))
                .andExpect(jsonPath(row(0) + ".meetsCriteria").value(false));
        Instant recorded = Instant.parse("2099-02-01T13:00:00Z");
        facts.attendance(gemeente, cohortId, "meeting-1", List.of(participants.get(0)), recorded);
        facts.attendance(gemeente, cohortId, "meeting-2", List.of(participants.get(0), participants.get(1)), recorded);
        // A late, older report of meeting 2 does not replace the newer one.
        facts.attendance(gemeente, cohortId, "meeting-2", List.of(), recorded.minusSeconds(3600));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> criteria()
                .andExpect(jsonPath(row(0) + ".meetingsAttended").value(2))
                .andExpect(jsonPath(row(1) + ".meetingsAttended").value(1)));
        criteria().andExpect(jsonPath(row(0) + ".meetsCriteria").value(true));

        // Bad input: 400, the minimum unchanged.
        for (String body : List.of("{}", "{\"minimumMeetingsAttended\":-1}", "{\"minimumMeetingsAttended\":51}",
                "{\"minimumMeetingsAttended\":\"veel\"}")) {
            problem(send(put(path("/certificates/criteria")), coordinator, body), 400);
        }
        criteria().andExpect(jsonPath("$.minimumMeetingsAttended").value(2));
    }

    @Test
    void onlyTheCoordinatorSeesAndChangesTheCriteria() throws Exception {
        String participant = participantBearer(gemeente, contactEmail(1));
        String juror = "Bearer " + nl.koploper.test.TestTokens.tokenWithEmail(gemeente, "jury@example.nl", "jury");
        for (String other : List.of(participant, juror)) {
            problem(http.perform(get(path("/certificates/criteria")).header("Authorization", other)), 403);
            problem(send(put(path("/certificates/criteria")), other, "{\"minimumMeetingsAttended\":0}"), 403);
            problem(send(post(path("/certificates/" + participants.get(0) + "/override")), other,
                    "{\"reason\":\"Zelf besloten\"}"), 403);
        }
        http.perform(get(path("/certificates/criteria") + "?tenant=" + gemeente)
                        .header("Authorization", "Bearer " + nl.koploper.test.TestTokens.platformAdmin()))
                .andExpect(status().isOk());
        problem(send(post(path("/certificates/unknown-participant/override")), coordinator,
                "{\"reason\":\"Bestaat niet\"}"), 404);
    }

    @Test
    void anotherGemeenteFindsNoCriteriaAndCannotOverride() throws Exception {
        String otherCoordinator = bearer(gemeenten.newGemeente("buur"), "coordinator");
        problem(http.perform(get(path("/certificates/criteria")).header("Authorization", otherCoordinator)), 404);
        problem(send(put(path("/certificates/criteria")), otherCoordinator, "{\"minimumMeetingsAttended\":3}"), 404);
        problem(send(post(path("/certificates/" + participants.get(2) + "/override")), otherCoordinator,
                "{\"reason\":\"Overname\"}"), 404);
        criteria()
                .andExpect(jsonPath("$.minimumMeetingsAttended").value(0))
                .andExpect(jsonPath(row(2) + ".override").value(org.hamcrest.Matchers.contains((Object) null)));
    }
}
