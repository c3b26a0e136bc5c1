package nl.koploper.assessment.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.koploper.assessment.cases.AssessmentCase;
import nl.koploper.assessment.cases.Contact;
import nl.koploper.assessment.cases.Organisation;
import nl.koploper.contracts.assessment.ActionOverdue;
import nl.koploper.platform.events.ReceivedEvent;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ActionPlanTest {

    static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");
    static final LocalDate DUE = LocalDate.parse("2027-05-31");

    static AssessmentCase assessmentCase() {
        ReceivedEvent<Object> event = new ReceivedEvent<>("e-1", "nl.koploper.cohort.participant-registered.v1",
                "/koploper/cohort", TenantId.of("westerkwartier"), NOW, "cohort-1", null);
        return AssessmentCase.registered(event, "participant-1", "cohort-1", "Koplopers 2027",
                new Organisation("Staal BV", "12345678", "COMPANY", "2410", 120.0),
                new Contact("Sanne Staal", "sanne@staal.example.nl", null, null), false, NOW);
    }

    static ActionFields fields(LocalDate due, ActionStatus status) {
        return new ActionFields(null, "Isoleren", "Piet", due.minusMonths(1), due, status, null,
                new BigDecimal("100.5"), null, null);
    }

    @Test
    void theIdempotencyKeysOfCreatingRequestsAreKeptWithThePlanPerUser() {
        ActionPlan plan = new ActionPlan(assessmentCase(), NOW);
        plan.add(fields(DUE, ActionStatus.PLANNED), "k-1", "participant-sub", "digest-1", NOW);
        plan.add(fields(DUE, ActionStatus.PLANNED), NOW);

        ActionPlan read = nl.koploper.test.DocumentMapping.roundTrip(plan);

        assertThat(read.createdBy("k-1", "participant-sub")).hasValue(
                new ActionPlan.CreatingRequest("k-1", "participant-sub", "digest-1", "A-1"));
        assertThat(read.createdBy("k-1", "advisor-sub")).isEmpty();
        assertThat(read.actions()).hasSize(2);
    }

    @Test
    void anOverdueActionIsNoticedOncePerDueDate() {
        ActionPlan plan = new ActionPlan(assessmentCase(), NOW);
        plan.add(fields(DUE, ActionStatus.IN_PROGRESS), NOW);
        AssessmentCase c = assessmentCase();

        assertThat(plan.noticeIfOverdue("A-1", DUE, c, NOW)).isFalse(); // on the due day itself: not overdue
        assertThat(plan.noticeIfOverdue("A-1", DUE.plusDays(1), c, NOW)).isTrue();
        assertThat(plan.noticeIfOverdue("A-1", DUE.plusDays(2), c, NOW)).isFalse();
        assertThat(plan.pendingEvents()).hasSize(1);
        ActionOverdue notice = JsonMapper.builder().build().readValue(plan.pendingEvents().get(0).payload(),
                ActionOverdue.class);
        assertThat(notice.dueDate()).isEqualTo("2027-05-31");
        assertThat(notice.recipient().email()).isEqualTo("sanne@staal.example.nl");
        assertThat(notice.recipient().locale()).isEqualTo("nl");
        assertThat(notice.actionPlanUrlPath()).isEqualTo("/api/assessments/cases/participant-1/action-plan");

        // A moved due date may bring a new notice; a finished action none.
        plan.update("A-1", fields(DUE.plusMonths(1), ActionStatus.IN_PROGRESS), NOW);
        assertThat(plan.noticeIfOverdue("A-1", DUE.plusDays(2), c, NOW)).isFalse();
        assertThat(plan.noticeIfOverdue("A-1", DUE.plusMonths(1).plusDays(1), c, NOW)).isTrue();
        plan.update("A-1", fields(DUE.plusMonths(2), ActionStatus.DONE), NOW);
        assertThat(plan.noticeIfOverdue("A-1", DUE.plusMonths(3), c, NOW)).isFalse();
        plan.add(fields(DUE, ActionStatus.DROPPED), NOW);
        assertThat(plan.noticeIfOverdue("A-2", DUE.plusMonths(3), c, NOW)).isFalse();
        assertThat(plan.pendingEvents()).hasSize(2);
    }

    @Test
    void actionIdsAreNeverReused() {
        ActionPlan plan = new ActionPlan(assessmentCase(), NOW);
        assertThat(List.of(plan.add(fields(DUE, ActionStatus.PLANNED), NOW).id(),
                plan.add(fields(DUE, ActionStatus.PLANNED), NOW).id())).containsExactly("A-1", "A-2");
    }

    @Test
    void everyWrongFieldIsNamed() {
        ActionRequests.ActionRequest bad = new ActionRequests.ActionRequest(null, "", " ", null,
                LocalDate.parse("2027-01-01"), null, "NOPE", new BigDecimal("-1"), new BigDecimal("0.001"),
                "x".repeat(4001));
        assertThatThrownBy(() -> bad.check(null, true)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(nl.koploper.platform.web.FieldProblem::field)
                        .containsExactlyInAnyOrder("recommendationId", "title", "owner", "startDate",
                                "footprintMeasure", "expectedCo2SavingKgPerYear", "costEur", "notes"));
        ActionRequests.ActionRequest good = new ActionRequests.ActionRequest(null, " Led ", "Piet",
                LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-01"), null, "ELECTRICITY_SAVING",
                new BigDecimal("12.50"), null, " ");
        ActionFields checked = good.check(null, false);
        assertThat(checked.title()).isEqualTo("Led");
        assertThat(checked.status()).isEqualTo(ActionStatus.PLANNED);
        assertThat(checked.notes()).isNull();
    }
}
