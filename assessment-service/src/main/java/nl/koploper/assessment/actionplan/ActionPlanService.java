package nl.koploper.assessment.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;
import nl.koploper.assessment.cases.AssessmentCase;
import nl.koploper.assessment.cases.CaseLookup;
import nl.koploper.assessment.profile.Profile;
import nl.koploper.assessment.profile.ProfileRecommendation;
import nl.koploper.platform.security.CurrentUser;
import nl.koploper.platform.web.IdempotencyKey;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.PreconditionFailedException;
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

    /** The plan after adding, and the action the request created (or, replayed, had created). */
    record Added(ActionPlanView plan, String actionId, boolean replayed) {
    }

    /**
     * Adds an action. With an {@code Idempotency-Key}, a repeat of the same request (same key, same caller, same
     * body) adds nothing and answers with the action it created; the same key with another body is a 409. The body
     * is checked first, so a bad request never answers with a replay.
     *
     * <p>The plan's first action creates the plan in one insert, so a first write that is refused (412, 409) leaves
     * nothing behind; a plan created by a racing request in between is changed as usual.
     *
     * @param idempotencyKey the client's key, or null
     */
    Added add(String caseId, Long expectedVersion, String idempotencyKey, ActionRequests.ActionRequest request) {
        AssessmentCase c = plannable(caseId);
        ActionFields fields = check(c, request);
        String by = CurrentUser.require().subject();
        String fingerprint = idempotencyKey == null ? null : IdempotencyKey.fingerprint(request);
        ActionPlan existing = store.find(c.id()).orElse(null);
        if (existing == null) {
            if (expectedVersion != null) {
                throw new PreconditionFailedException("Action plan '" + caseId + "' has no version "
                        + expectedVersion + " (nothing is planned yet); reload it and decide again");
            }
            ActionPlan plan = new ActionPlan(c, now());
            plan.started(c, now());
            PlannedAction action = plan.add(fields, idempotencyKey, by, fingerprint, now());
            if (store.insertIfAbsent(plan)) {
                index.sync(plan);
                return new Added(ActionPlanView.of(caseId, plan, today()), action.id(), false);
            }
            // Another request created the plan meanwhile: add to that one (or find this key's action in it).
        }
        if (idempotencyKey != null) {
            Optional<Added> replay = replay(caseId, idempotencyKey, by, fingerprint);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        try {
            String[] created = new String[1];
            ActionPlanView view = change(caseId, expectedVersion, plan -> {
                // Re-checked on every attempt: a concurrent replay of this key may have won the race.
                if (idempotencyKey != null && plan.createdBy(idempotencyKey, by).isPresent()) {
                    throw new ReplayedMeanwhile();
                }
                PlannedAction action = plan.add(fields, idempotencyKey, by, fingerprint, now());
                created[0] = action.id();
                return action;
            });
            return new Added(view, created[0], false);
        } catch (ReplayedMeanwhile | PreconditionFailedException e) {
            // A stale If-Match because the same request was just saved by its twin is still that request's answer.
            if (idempotencyKey != null) {
                Optional<Added> replay = replay(caseId, idempotencyKey, by, fingerprint);
                if (replay.isPresent()) {
                    return replay.get();
                }
            }
            throw e;
        }
    }

    private Optional<Added> replay(String caseId, String key, String by, String fingerprint) {
        ActionPlan plan = store.find(caseId).orElse(null);
        if (plan == null) {
            return Optional.empty();
        }
        return plan.createdBy(key, by).map(earlier -> {
            IdempotencyKey.requireSameRequest(earlier.fingerprint(), fingerprint, "This Idempotency-Key was "
                    + "already used to add a different action; send a new key for a new action");
            return new Added(ActionPlanView.of(caseId, plan, today()), earlier.actionId(), true);
        });
    }

    /** Thrown out of a change when the plan turns out to hold this key's action already: nothing is saved. */
    private static final class ReplayedMeanwhile extends RuntimeException {
        ReplayedMeanwhile() {
            super(null, null, false, false);
        }
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
