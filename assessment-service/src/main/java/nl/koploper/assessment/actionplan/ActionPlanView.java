package nl.koploper.assessment.actionplan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.koploper.assessment.catalogue.FootprintMeasure;

/** The action plan as its readers see it; {@code version} is also the ETag (null while nothing was planned). */
record ActionPlanView(String caseId, List<ActionView> actions, Long version) {

    record ActionView(String id, String recommendationId, String title, String owner, LocalDate startDate,
                      LocalDate dueDate, ActionStatus status, boolean overdue, FootprintMeasure footprintMeasure,
                      BigDecimal expectedCo2SavingKgPerYear, BigDecimal costEur, String notes,
                      List<ProgressUpdate> progress, Instant createdAt, Instant updatedAt) {

        static ActionView of(PlannedAction a, LocalDate today) {
            return new ActionView(a.id(), a.recommendationId(), a.title(), a.owner(), a.startDate(), a.dueDate(),
                    a.status(), a.overdue(today), a.footprintMeasure(), a.expectedCo2SavingKgPerYear(), a.costEur(),
                    a.notes(), a.progress(), a.createdAt(), a.updatedAt());
        }
    }

    static ActionPlanView of(String caseId, ActionPlan plan, LocalDate today) {
        if (plan == null) {
            return new ActionPlanView(caseId, List.of(), null);
        }
        return new ActionPlanView(caseId, plan.actions().stream().map(a -> ActionView.of(a, today)).toList(),
                plan.version());
    }
}
