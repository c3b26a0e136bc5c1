package nl.koploper.assessment.actionplan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.koploper.assessment.cases.AssessmentCase;
import nl.koploper.assessment.cases.CaseLookup;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records the {@code ActionOverdue} notice of every overdue action of every gemeente, once per action and due date:
 * finds them in the shared {@link OpenActions} index, claims each there (replicas share the work), enters its
 * gemeente and lets the plan judge and record the notice in one versioned save, which is what keeps it to one notice
 * even when a lease runs out mid-work.
 */
@Component
public class OverdueActionsJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueActionsJob.class);
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int BATCH = 200;

    private final OpenActions index;
    private final ActionPlanStore plans;
    private final CaseLookup cases;
    private final Clock clock;

    OverdueActionsJob(OpenActions index, ActionPlanStore plans, CaseLookup cases, Clock clock) {
        this.index = index;
        this.plans = plans;
        this.cases = cases;
        this.clock = clock;
    }

    /** One run at the clock's current time; returns how many notices this replica recorded. */
    public int runOnce() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(now, ActionPlanService.ZONE);
        int recorded = 0;
        for (OpenActions.Due due : index.overdue(today, BATCH)) {
            if (!index.claim(due, now, LEASE)) {
                continue; // another replica has it
            }
            try {
                boolean noticed = TenantContext.callAs(due.gemeente(), () -> {
                    AssessmentCase c = cases.find(due.caseId())
                            .orElseThrow(() -> new NotFoundException("Assessment case", due.caseId()));
                    boolean[] recordedNow = new boolean[1];
                    ActionPlan saved = plans.change(due.caseId(), null, plan -> {
                        recordedNow[0] = plan.noticeIfOverdue(due.actionId(), today, c, now);
                        return plan;
                    });
                    // Corrects the entry from the plan too when it was stale (moved, finished, already noticed).
                    index.sync(saved);
                    return recordedNow[0];
                });
                if (noticed) {
                    index.noticed(due);
                    recorded++;
                }
            } catch (NotFoundException gone) {
                index.remove(due);
            } catch (RuntimeException e) {
                // One action's trouble must not hold up the others; its lease runs out and a later run tries again.
                log.warn("Overdue notice failed for action {} of case {} in {}", due.actionId(), due.caseId(),
                        due.gemeente().value(), e);
            }
        }
        return recorded;
    }
}
