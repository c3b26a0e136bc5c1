package nl.koploper.assessment.cases;

import static nl.koploper.assessment.AssessmentApi.CASES;
import static nl.koploper.assessment.AssessmentApi.coordinator;
import static nl.koploper.assessment.AssessmentApi.problem;
import static nl.koploper.assessment.AssessmentApi.visitJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.koploper.assessment.AssessmentApi;
import nl.koploper.contracts.Topics;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The coordinator assigns the advisor; the advisor plans the visit, which publishes the invitation for contact and
 * advisor on {@code assessment.events.v1}, and moves it, which publishes an update with the same UID and the next
 * SEQUENCE. Bad input is a 400 naming each field, and changes nothing.
 */
@KoploperIntegrationTest
class VisitAndAdvisorIT extends ServiceIntegrationTest {

    AssessmentApi api;
    String gemeente;
    String caseId;
    AssessmentApi.Login advisor;

    @BeforeEach
    void aPlacedOrganisation() throws Exception {
        api = new AssessmentApi(http, bootstrapServers);
        gemeente = gemeenten.newGemeente("visit");
        caseId = api.openCase(gemeente, "Staal BV", "2410", 120, "sanne@staal.example.nl");
        advisor = AssessmentApi.advisor(gemeente);
    }

    @Test
    void theAdvisorPlansAndMovesTheVisitAndBothAreInvitedAndUpdated() throws Exception {
        api.read(CASES + "/" + caseId, coordinator(gemeente))
                .andExpect(jsonPath("$.status").value("TO_PLAN"))
                .andExpect(jsonPath("$.organisation.sbiCode").value("2410"))
                .andExpect(jsonPath("$.organisation.sizeFte").value(120.0))
                .andExpect(jsonPath("$.contact.email").value("sanne@staal.example.nl"));
        api.assign(gemeente, caseId, advisor);

        api.putJson(CASES + "/" + caseId + "/visit", advisor.bearer(),
                        visitJson("2099-03-26T10:00", "2099-03-26T12:00", "Industrieweg 1, Groningen"))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.visit.start").value("2099-03-26T10:00:00+01:00"))
                .andExpect(jsonPath("$.visit.sequence").value(0));
        // Moved past the start of summer time: the wall-clock time stays, the offset follows.
        api.putJson(CASES + "/" + caseId + "/visit", advisor.bearer(),
                        visitJson("2099-04-02T10:00", "2099-04-02T12:00", "Industrieweg 1, Groningen"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visit.start").value("2099-04-02T10:00:00+02:00"))
                .andExpect(jsonPath("$.visit.sequence").value(1));
        // The same again is no change: no second update.
        api.putJson(CASES + "/" + caseId + "/visit", advisor.bearer(),
                        visitJson("2099-04-02T10:00", "2099-04-02T12:00", "Industrieweg 1, Groningen"))
                .andExpect(jsonPath("$.visit.sequence").value(1));

        List<String> invitations = published(Topics.ASSESSMENT_EVENTS, caseId)
                .payloads("nl.koploper.assessment.nulmeting-visit-planned.v1", 1);
        List<String> updates = published(Topics.ASSESSMENT_EVENTS, caseId)
                .payloads("nl.koploper.assessment.nulmeting-visit-rescheduled.v1", 1);
        assertThat(invitations).hasSize(1);
        assertThat(updates).hasSize(1);
        String planned = invitations.get(0);
        String moved = updates.get(0);
        String uid = AssessmentApi.at(planned, "$.visit.uid");
        assertThat((String) AssessmentApi.at(moved, "$.visit.uid")).isEqualTo(uid);
        assertThat((Integer) AssessmentApi.at(planned, "$.visit.sequence")).isZero();
        assertThat((Integer) AssessmentApi.at(moved, "$.visit.sequence")).isEqualTo(1);
        assertThat((String) AssessmentApi.at(moved, "$.previousStart")).isEqualTo("2099-03-26T10:00:00+01:00");
        List<String> emails = AssessmentApi.at(planned, "$.recipients[*].email");
        assertThat(emails).containsExactly("sanne@staal.example.nl", advisor.email());
        List<String> roles = AssessmentApi.at(moved, "$.recipients[*].role");
        assertThat(roles).containsExactly("PARTICIPANT", "ADVISOR");
        assertThat((String) AssessmentApi.at(planned, "$.tenantId")).isEqualTo(gemeente);
    }

    /** footprint-service limits advisors to their organisations by this event: one per change of advisor. */
    @Test
    void assigningAnAdvisorIsPublishedOncePerChange() throws Exception {
        api.assign(gemeente, caseId, advisor);
        api.assign(gemeente, caseId, advisor); // the same again: no change, no event
        AssessmentApi.Login other = AssessmentApi.advisor(gemeente);
        api.assign(gemeente, caseId, other);

        List<String> assignments = published(Topics.ASSESSMENT_EVENTS, caseId)
                .payloads("nl.koploper.assessment.advisor-assigned.v1", 2);
        assertThat(assignments).hasSize(2);
        String first = assignments.get(0);
        String second = assignments.get(1);
        String advisorId = api.registered(gemeente, advisor);
        String otherId = api.registered(gemeente, other);
        assertThat((String) AssessmentApi.at(first, "$.advisorId")).isEqualTo(advisorId);
        assertThat((Object) AssessmentApi.at(first, "$.previousAdvisorId")).isNull();
        assertThat((String) AssessmentApi.at(second, "$.advisorId")).isEqualTo(otherId);
        assertThat((String) AssessmentApi.at(second, "$.previousAdvisorId")).isEqualTo(advisorId);
        // What notification-service mails the new advisor: who, at which address, for which firm, and where.
        assertThat((String) AssessmentApi.at(second, "$.advisor.email")).isEqualTo(other.email());
        assertThat((String) AssessmentApi.at(second, "$.advisor.name")).isEqualTo("Anne Adviseur");
        assertThat((String) AssessmentApi.at(second, "$.advisorOrganisation")).isEqualTo("Advies Noord");
        assertThat((String) AssessmentApi.at(second, "$.organisationName")).isEqualTo("Staal BV");
        assertThat((String) AssessmentApi.at(second, "$.caseUrlPath")).isEqualTo("/adviseur/organisaties/" + caseId);
        assertThat((String) AssessmentApi.at(second, "$.participantId")).isEqualTo(caseId);
        assertThat((String) AssessmentApi.at(second, "$.tenantId")).isEqualTo(gemeente);
        assertThat((String) AssessmentApi.at(second, "$.advisor.role")).isEqualTo("ADVISOR");
    }

    @Test
    void aVisitBeforeAnAdvisorIsAssignedIsRefused() throws Exception {
        problem(api.putJson(CASES + "/" + caseId + "/visit", coordinator(gemeente),
                visitJson(AssessmentApi.VISIT_START, AssessmentApi.VISIT_END, "Hier")), 409)
                .andExpect(jsonPath("$.rule").value("advisor-not-assigned"));
    }

    @Test
    void badVisitsAndAdvisorsAreRefusedFieldByFieldAndNothingIsStored() throws Exception {
        api.assign(gemeente, caseId, advisor);
        String etag = api.etag(gemeente, caseId);

        problem(api.putJson(CASES + "/" + caseId + "/visit", advisor.bearer(),
                visitJson("2099-03-29T02:30", "2099-03-29T02:00", " ")), 400)
                .andExpect(jsonPath("$.errors[?(@.field == 'start')].code").value("non-existent-local-time"))
                .andExpect(jsonPath("$.errors[?(@.field == 'location')].code").value("required"));
        problem(api.putJson(CASES + "/" + caseId + "/visit", advisor.bearer(),
                visitJson("2099-06-12T12:00", "2099-06-12T10:00", "Hier")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("end"));
        problem(api.putJson(CASES + "/" + caseId + "/visit", advisor.bearer(),
                visitJson("2020-06-12T10:00", "2020-06-12T12:00", "Hier")), 400)
                .andExpect(jsonPath("$.errors[0].code").value("not-in-future"));
        problem(api.putJson(CASES + "/" + caseId + "/visit", advisor.bearer(),
                "{\"start\":\"morgen\",\"end\":\"2099-06-12T12:00\",\"location\":\"Hier\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("start"));
        problem(api.putJson(CASES + "/" + caseId + "/visit", advisor.bearer(),
                "{\"start\":\"2099-06-12T10:00\",\"end\":\"2099-06-12T12:00\",\"plaats\":\"Hier\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("plaats"));
        problem(api.putJson(CASES + "/" + caseId + "/advisor", coordinator(gemeente),
                "{\"advisorId\":\"\",\"locale\":\"de\"}"), 400)
                .andExpect(jsonPath("$.errors.length()").value(2));
        // Not an advisor of the register (the old body naming the advisor itself is refused as well).
        problem(api.putJson(CASES + "/" + caseId + "/advisor", coordinator(gemeente),
                AssessmentApi.advisorJson("niet-in-het-register")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("advisorId"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown-advisor"));
        problem(api.putJson(CASES + "/" + caseId + "/advisor", coordinator(gemeente),
                "{\"advisorId\":\"%s\",\"name\":\"Anne\",\"email\":\"anne@advies.example.nl\"}"
                        .formatted(api.registered(gemeente, advisor))), 400)
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        problem(api.putJson(CASES + "/" + caseId + "/baseline-year", coordinator(gemeente), "{\"year\":1800}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("year"));

        problem(api.read(CASES + "?status=BEZIG", coordinator(gemeente)), 400);
        problem(api.read(CASES + "?size=500", coordinator(gemeente)), 400);
        problem(api.read(CASES + "?page=-1", coordinator(gemeente)), 400);

        assertThat(api.etag(gemeente, caseId)).isEqualTo(etag);
        api.read(CASES + "/" + caseId, coordinator(gemeente)).andExpect(jsonPath("$.visit").doesNotExist())
                .andExpect(jsonPath("$.advisor.name").value("Anne Adviseur"));
    }

    @Test
    void aStaleIfMatchIsRefusedWith412() throws Exception {
        String etag = api.etag(gemeente, caseId);
        api.assign(gemeente, caseId, advisor);

        problem(api.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put(CASES + "/" + caseId + "/advisor").header("If-Match", etag)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(api.advisorJson(gemeente, AssessmentApi.advisor(gemeente))), coordinator(gemeente)), 412);
        api.read(CASES + "/" + caseId, coordinator(gemeente))
                .andExpect(jsonPath("$.advisor.id").value(api.registered(gemeente, advisor)));
    }
}
