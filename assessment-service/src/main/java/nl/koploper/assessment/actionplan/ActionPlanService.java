package nl.koploper.assessment.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import nl.koploper.assessment.cases.AssessmentCase;
import nl.koploper.assessment.cases.CaseLookup;
import nl.koploper.assessment.profile.Profile;
import nl.koploper.assessment.profile.ProfileRecommendation;
import nl.koploper.platform.security.CurrentUser;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.RuleViolationException;
import org.springframework.stereotype.Service;

/**
 * The action plan of a case: readable by whoever reads the case; planned by the case's participant and its advisor.
 * Anyone else who may not read the case gets its 404.
 */
@Service
class ActionPlanService {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final String RULE_NO_PROFILE = "profile-not-published";

    private final CaseLookup cases;
    private final ActionPlanStore store;
    private final OpenActions index;
    private final Clock clock;

    ActionPlanService(CaseLookup cases, ActionPlanStore store, OpenActions index, Clock clock) {
        this.cases = cases;
        this.store = store;
        this.index = index;
        this.clock = clock;
    }

    ActionPlanView get(String caseId) {
        AssessmentCase c = cases.readable(caseId);
        return ActionPlanView.of(c.id(), store.find(c.id()).orElse(null), today());
    }

    ActionPlanView add(String caseId, Long expectedVersion, ActionRequests.ActionRequest request) {
        AssessmentCase c = plannable(caseId);
        ActionFields fields = check(c, request);
        store.insertIfAbsent(new ActionPlan(c, now()));
        return change(caseId, expectedVersion, plan -> plan.add(fields, now()));
    }

    ActionPlanView update(String caseId, String actionId, Long expectedVersion,
                          ActionRequests.ActionRequest request) {
        AssessmentCase c = plannable(caseId);
        ActionFields fields = check(c, request);
        store.find(caseId).orElseThrow(() -> new NotFoundException("Action of plan " + caseId, actionId))
                .action(actionId);
        return change(caseId, expectedVersion, plan -> plan.update(actionId, fields, now()));
    }

    ActionPlanView progress(String caseId, String actionId, Long expectedVersion,
                            ActionRequests.ProgressRequest request) {
        AssessmentCase c = plannable(caseId);
        if (request == null) {
            throw new nl.koploper.platform.web.InvalidInputException("date", "Give date and text");
        }
        request.check();
        store.find(c.id()).orElseThrow(() -> new NotFoundException("Action of plan " + caseId, actionId))
                .action(actionId);
        String by = CurrentUser.require().subject();
        return change(caseId, expectedVersion, plan -> plan.addProgress(actionId,
                new ProgressUpdate(request.date(), request.text().strip(), by, now())));
    }

    private ActionPlanView change(String caseId, Long expectedVersion, Function<ActionPlan, PlannedAction> edit) {
        ActionPlan saved = store.change(caseId, expectedVersion, plan -> {
            edit.apply(plan);
            return plan;
        });
        index.sync(saved);
        return ActionPlanView.of(caseId, saved, today());
    }

    /** The case if the caller is its participant or advisor; 404 for other readers too (as for a change). */
    private AssessmentCase plannable(String caseId) {
        AssessmentCase c = cases.readable(caseId);
        if (!CaseLookup.advisorOrParticipantOf(c, CurrentUser.require())) {
            throw new NotFoundException("Assessment case", caseId);
        }
        return c;
    }

    private static ActionFields check(AssessmentCase c, ActionRequests.ActionRequest request) {
        if (request == null) {
            throw new nl.koploper.platform.web.InvalidInputException("title", "Give the action");
        }
        Profile published = c.latestPublishedProfile().orElse(null);
        ProfileRecommendation recommendation = null;
        boolean unknown = false;
        if (request.recommendationId() != null) {
            recommendation = published == null ? null : published.recommendations().stream()
                    .filter(r -> r.id().equals(request.recommendationId())).findFirst().orElse(null);
            unknown = published != null && recommendation == null;
        }
        ActionFields fields = request.check(recommendation, unknown);
        if (published == null) {
            throw new RuleViolationException(RULE_NO_PROFILE,
                    "The action plan follows the published Duurzaamheidsprofiel; it is not published yet");
        }
        return fields;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
