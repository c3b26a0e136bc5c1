package nl.koploper.assessment.actionplan;

import static nl.koploper.assessment.AssessmentApi.CASES;
import static nl.koploper.assessment.AssessmentApi.coordinator;
import static nl.koploper.assessment.AssessmentApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.koploper.assessment.AssessmentApi;
import nl.koploper.contracts.Topics;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import nl.koploper.test.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;

/**
 * The DuOn-Agenda through the API: the participant and its advisor plan actions from the published profile and
 * their own, with ETags; bad input and stale versions change nothing; overdue actions bring one notice per due date.
 */
@KoploperIntegrationTest
class ActionPlanIT extends ServiceIntegrationTest {

    static final String OVERDUE_TYPE = "nl.koploper.assessment.action-overdue.v1";

    @Autowired
    SettableClock clock;
    @Autowired
    OverdueActionsJob job;
    @Autowired
    MongoTemplate mongo;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    static String action(String title, String due, String status, String measure) {
        return """
                {"title":%s,"owner":"Piet Planner","startDate":"2099-07-01","dueDate":"%s","status":"%s",
                 "footprintMeasure":%s,"expectedCo2SavingKgPerYear":1250.5,"costEur":4000,"notes":"Offerte vragen"}"""
                .formatted(title == null ? "null" : "\"" + title + "\"", due, status,
                        measure == null ? "null" : "\"" + measure + "\"");
    }

    @Test
    void participantAndAdvisorPlanFromTheProfileAndTheirOwnWithETags() throws Exception {
        AssessmentApi api = new AssessmentApi(http, bootstrapServers);
        String gemeente = gemeenten.newGemeente("plan");
        AssessmentApi.Login advisor = AssessmentApi.advisor(gemeente);
        String caseId = api.openCase(gemeente, "Staalwerk BV", "24.10", 120, "staal@example.nl");
        String participant = AssessmentApi.participant(gemeente, "staal@example.nl");
        String plan = CASES + "/" + caseId + "/action-plan";

        api.assign(gemeente, caseId, advisor);
        // No plan before the profile is published.
        problem(api.postJson(plan + "/actions", participant, action("Led", "2099-08-01", "PLANNED", null)), 409)
                .andExpect(jsonPath("$.rule").value("profile-not-published"));

        String profile = api.published(gemeente, caseId, advisor, "VERY_RELEVANT", 1);
        String recommendationId = AssessmentApi.at(profile, "$.recommendations[0].id");
        String recommendationTitle = AssessmentApi.at(profile, "$.recommendations[0].title");

        api.read(plan, participant).andExpect(status().isOk()).andExpect(jsonPath("$.actions.length()").value(0));
        String first = api.postJson(plan + "/actions", participant, """
                        {"recommendationId":"%s","owner":"Sanne","startDate":"2099-07-01","dueDate":"2099-09-30"}"""
                        .formatted(recommendationId))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", plan + "/actions/A-1"))
                .andExpect(jsonPath("$.actions[0].title").value(recommendationTitle))
                .andExpect(jsonPath("$.actions[0].recommendationId").value(recommendationId))
                .andExpect(jsonPath("$.actions[0].status").value("PLANNED"))
                .andReturn().getResponse().getHeader("ETag");
        String second = api.perform(post(plan + "/actions").header("If-Match", first)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(action("Zonnepanelen op het dak", "2099-12-31", "IN_PROGRESS", "SOLAR_PANELS")),
                        advisor.bearer())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.actions[1].id").value("A-2"))
                .andExpect(jsonPath("$.actions[1].footprintMeasure").value("SOLAR_PANELS"))
                .andExpect(jsonPath("$.actions[1].expectedCo2SavingKgPerYear").value(1250.5))
                .andExpect(jsonPath("$.actions[1].costEur").value(4000))
                .andReturn().getResponse().getHeader("ETag");
        assertThat(second).isNotEqualTo(first);
        // Making the plan is published once (for the certificate's criteria), not once per action.
        List<String> starts = published(Topics.ASSESSMENT_EVENTS, caseId)
                .payloads("nl.koploper.assessment.action-plan-started.v1", 1);
        assertThat(starts).hasSize(1);
        String started = starts.get(0);
        assertThat((String) AssessmentApi.at(started, "$.participantId")).isEqualTo(caseId);
        assertThat((String) AssessmentApi.at(started, "$.organisationName")).isEqualTo("Staalwerk BV");

        // A concurrent edit with the old version: 412, nothing changes.
        problem(api.perform(put(plan + "/actions/A-1").header("If-Match", first)
                .contentType(MediaType.APPLICATION_JSON)
                .content(action("Oud", "2099-09-30", "DONE", null)), participant), 412);
        String third = api.perform(post(plan + "/actions/A-2/progress").header("If-Match", second)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2099-07-15\",\"text\":\"Offerte ontvangen\"}"), participant)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions[1].progress[0].text").value("Offerte ontvangen"))
                .andExpect(jsonPath("$.actions[1].progress[0].date").value("2099-07-15"))
                .andReturn().getResponse().getHeader("ETag");

        // Bad input: every wrong field with its path, nothing stored.
        problem(api.postJson(plan + "/actions", participant, """
                {"title":" ","owner":null,"startDate":"2099-07-01","dueDate":"2099-06-01",
                 "footprintMeasure":"WINDMILL","expectedCo2SavingKgPerYear":-1,"costEur":1.005}"""), 400)
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("title",
                        "owner", "dueDate", "footprintMeasure", "expectedCo2SavingKgPerYear", "costEur")));
        problem(api.postJson(plan + "/actions", participant, """
                {"recommendationId":"R-NOPE","owner":"X","startDate":"2099-07-01","dueDate":"2099-08-01"}"""), 400)
                .andExpect(jsonPath("$.errors[0].field").value("recommendationId"));
        problem(api.postJson(plan + "/actions", participant, """
                {"title":"X","owner":"X","startDate":"2099-07-01","dueDate":"2099-08-01","status":"SOMEDAY"}"""), 400);
        problem(api.postJson(plan + "/actions/A-1/progress", participant, "{\"text\":\"\"}"), 400);
        problem(api.putJson(plan + "/actions/A-9", participant, action("X", "2099-08-01", "DONE", null)), 404);
        assertThat(api.read(plan, participant).andReturn().getResponse().getHeader("ETag")).isEqualTo(third);
    }

    @Test
    void onlyTheCasesParticipantAndAdvisorPlanAndOtherGemeentenSeeNothing() throws Exception {
        AssessmentApi api = new AssessmentApi(http, bootstrapServers);
        String gemeente = gemeenten.newGemeente("plan-roles");
        String other = gemeenten.newGemeente("plan-other");
        AssessmentApi.Login advisor = AssessmentApi.advisor(gemeente);
        AssessmentApi.Login otherAdvisor = AssessmentApi.advisor(gemeente);
        String caseId = api.openCase(gemeente, "Restaurant BV", "56.10", 10, "lepel@example.nl");
        api.openCase(gemeente, "Ander BV", "56.10", 10, "ander@example.nl");
        api.published(gemeente, caseId, advisor, "RELEVANT", 1);
        String plan = CASES + "/" + caseId + "/action-plan";
        api.postJson(plan + "/actions", AssessmentApi.participant(gemeente, "lepel@example.nl"),
                action("Afval scheiden", "2099-08-01", "PLANNED", "WASTE_REDUCTION")).andExpect(status().isCreated());

        String body = action("Iets", "2099-08-01", "PLANNED", null);
        problem(api.postJson(plan + "/actions", AssessmentApi.participant(gemeente, "ander@example.nl"), body), 404);
        problem(api.read(plan, AssessmentApi.participant(gemeente, "ander@example.nl")), 404);
        problem(api.postJson(plan + "/actions", otherAdvisor.bearer(), body), 404);
        problem(api.postJson(plan + "/actions", coordinator(gemeente), body), 403);
        api.read(plan, coordinator(gemeente)).andExpect(status().isOk())
                .andExpect(jsonPath("$.actions[0].title").value("Afval scheiden"));
        // Another gemeente: the case does not exist there.
        problem(api.read(plan, coordinator(other)), 404);
        problem(api.postJson(plan + "/actions", AssessmentApi.participant(other, "lepel@example.nl"), body), 404);
    }

    @Test
    void anOverdueActionBringsOneNoticePerDueDateAcrossRunsAndReplicas() throws Exception {
        AssessmentApi api = new AssessmentApi(http, bootstrapServers);
        String gemeente = gemeenten.newGemeente("overdue");
        AssessmentApi.Login advisor = AssessmentApi.advisor(gemeente);
        String caseId = api.openCase(gemeente, "Te Laat BV", "24.10", 50, "laat@example.nl");
        String participant = AssessmentApi.participant(gemeente, "laat@example.nl");
        api.published(gemeente, caseId, advisor, "RELEVANT", 1);
        String plan = CASES + "/" + caseId + "/action-plan";
        api.postJson(plan + "/actions", participant, action("Isoleren", "2099-07-20", "PLANNED", "INSULATION"))
                .andExpect(status().isCreated());
        api.postJson(plan + "/actions", participant, action("Al klaar", "2099-07-20", "DONE", null))
                .andExpect(status().isCreated());
        api.postJson(plan + "/actions", participant, action("Laat maar", "2099-07-20", "DROPPED", null))
                .andExpect(status().isCreated());

        clock.set(Instant.parse("2099-07-20T20:00:00Z")); // the due day itself (22:00 in Amsterdam): not yet overdue
        job.runOnce();
        clock.set(Instant.parse("2099-07-21T08:00:00Z"));
        job.runOnce();
        job.runOnce();
        CompletableFuture.allOf(CompletableFuture.runAsync(job::runOnce), CompletableFuture.runAsync(job::runOnce))
                .join();
        api.read(plan, participant).andExpect(jsonPath("$.actions[0].overdue").value(true));
        clock.reset();

        List<String> notices = overdueNotices(caseId, 1);
        assertThat(notices).hasSize(1);
        String notice = notices.get(0);
        assertThat((String) AssessmentApi.at(notice, "$.actionTitle")).isEqualTo("Isoleren");
        assertThat((String) AssessmentApi.at(notice, "$.dueDate")).isEqualTo("2099-07-20");
        assertThat((String) AssessmentApi.at(notice, "$.recipient.email")).isEqualTo("laat@example.nl");
        assertThat((String) AssessmentApi.at(notice, "$.actionPlanUrlPath")).isEqualTo(plan);

        // A new due date may bring a new notice; then done, none any more.
        api.putJson(plan + "/actions/A-1", participant, action("Isoleren", "2099-08-31", "IN_PROGRESS", "INSULATION"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.actions[0].overdue").value(false));
        clock.set(Instant.parse("2099-09-01T08:00:00Z"));
        job.runOnce();
        job.runOnce();
        clock.reset();
        assertThat(overdueNotices(caseId, 2)).hasSize(2);
        api.putJson(plan + "/actions/A-1", participant, action("Isoleren", "2099-09-30", "DONE", "INSULATION"))
                .andExpect(status().isOk());
        clock.set(Instant.parse("2099-10-02T08:00:00Z"));
        assertThat(job.runOnce()).isZero();
        clock.reset();
        assertThat(overdueNotices(caseId, 2)).hasSize(2);
    }

    @Test
    void aRepeatedAddWithTheSameIdempotencyKeyAddsOneActionAndAnotherBodyIsRefused() throws Exception {
        AssessmentApi api = new AssessmentApi(http, bootstrapServers);
        String gemeente = gemeenten.newGemeente("plan-key");
        String other = gemeenten.newGemeente("plan-key-other");
        AssessmentApi.Login advisor = AssessmentApi.advisor(gemeente);
        String caseId = api.openCase(gemeente, "Dubbel BV", "56.10", 10, "dubbel@example.nl");
        String participant = AssessmentApi.participant(gemeente, "dubbel@example.nl");
        api.published(gemeente, caseId, advisor, "RELEVANT", 1);
        String plan = CASES + "/" + caseId + "/action-plan";
        String body = action("Led-verlichting", "2099-08-01", "PLANNED", null);

        // The first write creates the plan; its repeat (a lost answer, a double click) answers the same.
        String first = api.perform(post(plan + "/actions").header("Idempotency-Key", "k-1")
                        .contentType(MediaType.APPLICATION_JSON).content(body), participant)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", plan + "/actions/A-1"))
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andReturn().getResponse().getHeader("ETag");
        api.perform(post(plan + "/actions").header("Idempotency-Key", "k-1")
                        .contentType(MediaType.APPLICATION_JSON).content(body), participant)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", plan + "/actions/A-1"))
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(header().string("ETag", first))
                .andExpect(jsonPath("$.actions.length()").value(1));

        // With If-Match too: a replay is recognised before the (now stale) version is checked.
        String second = api.perform(post(plan + "/actions").header("Idempotency-Key", "k-2").header("If-Match", first)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(action("Zonnepanelen", "2099-12-31", "PLANNED", "SOLAR_PANELS")), participant)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", plan + "/actions/A-2"))
                .andReturn().getResponse().getHeader("ETag");
        api.perform(post(plan + "/actions").header("Idempotency-Key", "k-2").header("If-Match", first)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(action("Zonnepanelen", "2099-12-31", "PLANNED", "SOLAR_PANELS")), participant)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", plan + "/actions/A-2"))
                .andExpect(header().string("Idempotent-Replayed", "true"));

        // The same key with another body: 409, nothing added.
        problem(api.perform(post(plan + "/actions").header("Idempotency-Key", "k-1")
                .contentType(MediaType.APPLICATION_JSON)
                .content(action("Iets anders", "2099-08-01", "PLANNED", null)), participant), 409)
                .andExpect(jsonPath("$.rule").value("idempotency-key-reused"));
        // A bad body is refused as bad, never answered with a replay; a malformed key is a 400.
        problem(api.perform(post(plan + "/actions").header("Idempotency-Key", "k-1")
                .contentType(MediaType.APPLICATION_JSON)
                .content(action(" ", "2099-08-01", "PLANNED", null)), participant), 400)
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        problem(api.perform(post(plan + "/actions").header("Idempotency-Key", "met spatie")
                .contentType(MediaType.APPLICATION_JSON).content(body), participant), 400)
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        // The advisor's key is the advisor's: the same text from another user is another request.
        api.perform(post(plan + "/actions").header("Idempotency-Key", "k-1")
                        .contentType(MediaType.APPLICATION_JSON).content(body), advisor.bearer())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", plan + "/actions/A-3"))
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        // Another gemeente cannot replay into this plan.
        problem(api.perform(post(plan + "/actions").header("Idempotency-Key", "k-1")
                .contentType(MediaType.APPLICATION_JSON).content(body),
                AssessmentApi.participant(other, "dubbel@example.nl")), 404);

        api.read(plan, participant).andExpect(jsonPath("$.actions.length()").value(3))
                .andExpect(jsonPath("$.actions[*].title").value(org.hamcrest.Matchers.contains("Led-verlichting",
                        "Zonnepanelen", "Led-verlichting")));
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aRefusedFirstWriteStoresNoPlan() throws Exception {
        AssessmentApi api = new AssessmentApi(http, bootstrapServers);
        String gemeente = gemeenten.newGemeente("plan-none");
        AssessmentApi.Login advisor = AssessmentApi.advisor(gemeente);
        String caseId = api.openCase(gemeente, "Leeg BV", "56.10", 10, "leeg@example.nl");
        String participant = AssessmentApi.participant(gemeente, "leeg@example.nl");
        api.published(gemeente, caseId, advisor, "RELEVANT", 1);
        String plan = CASES + "/" + caseId + "/action-plan";

        // A valid body with an If-Match of a version that cannot exist yet: 412, and no (empty) plan is left.
        problem(api.perform(post(plan + "/actions").header("If-Match", "\"3\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(action("Isoleren", "2099-08-01", "PLANNED", null)), participant), 412);
        problem(api.postJson(plan + "/actions", participant, action(" ", "2099-08-01", "PLANNED", null)), 400);
        api.read(plan, participant).andExpect(status().isOk()).andExpect(header().doesNotExist("ETag"))
                .andExpect(jsonPath("$.actions.length()").value(0));
        assertThat(TenantContext.callAs(TenantId.of(gemeente), () -> mongo.exists(
                Query.query(Criteria.where("_id").is(caseId)), ActionPlan.class))).isFalse();

        api.postJson(plan + "/actions", participant, action("Isoleren", "2099-08-01", "PLANNED", null))
                .andExpect(status().isCreated()).andExpect(header().exists("ETag"));
        assertThat(TenantContext.callAs(TenantId.of(gemeente), () -> mongo.exists(
                Query.query(Criteria.where("_id").is(caseId)), ActionPlan.class))).isTrue();
    }

    /** The case's published overdue notices, once {@code expected} have arrived. */
    private List<String> overdueNotices(String caseId, int expected) {
        return published(Topics.ASSESSMENT_EVENTS, caseId).payloads(OVERDUE_TYPE, expected);
    }
}
