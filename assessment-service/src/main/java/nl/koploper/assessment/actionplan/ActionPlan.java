package nl.koploper.assessment.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.koploper.assessment.cases.AssessmentCase;
import nl.koploper.contracts.assessment.ActionOverdue;
import nl.koploper.contracts.assessment.ActionPlanStarted;
import nl.koploper.contracts.assessment.AssessmentRecipient;
import nl.koploper.platform.events.AggregateRoot;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.RuleViolationException;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The DuOn-Agenda of one case (id = the case id): the actions the organisation takes on, from its published
 * profile's recommendations or of its own. A document of its own, apart from the case, so that the participant's
 * planning and the advisor's work on the case do not invalidate each other's ETags.
 */
@Document("action_plans")
public class ActionPlan extends AggregateRoot {

    static final String RULE_ACTION_LIMIT = "action-plan-limit";
    static final int MAX_ACTIONS = 100;
    static final String PATH = "/api/assessments/cases/%s/action-plan";

    private String tenantId;
    private String cohortId;
    private List<PlannedAction> actions = new ArrayList<>();
    private int actionsCreated;
    private Instant createdAt;
    /**
     * The requests with an {@code Idempotency-Key} that created actions, written with the action in the same
     * versioned save; at most one per action, so bounded by {@link #MAX_ACTIONS}.
     */
    private List<CreatingRequest> creatingRequests = new ArrayList<>();

    /**
     * @param key         the client's {@code Idempotency-Key}
     * @param by          the token subject that sent it: keys are the client's, so another user's equal key is
     *                    another request
     * @param fingerprint a digest of the request body: a replay must ask for the same action
     */
    record CreatingRequest(String key, String by, String fingerprint, String actionId) {
    }

    @PersistenceCreator
    private ActionPlan() {
    }

    ActionPlan(AssessmentCase assessmentCase, Instant now) {
        super(assessmentCase.id());
        this.tenantId = assessmentCase.tenantId();
        this.cohortId = assessmentCase.cohortId();
        this.createdAt = now;
    }

    /**
     * Records that the organisation made its action plan; called once, on the plan that is inserted with its first
     * action (a plan lost to a racing insert is never saved, and its event with it).
     */
    void started(AssessmentCase assessmentCase, Instant now) {
        record(new ActionPlanStarted(tenantId, id(), cohortId, assessmentCase.participantId(),
                assessmentCase.organisation().name(), now), now);
    }

    PlannedAction add(ActionFields fields, Instant now) {
        return add(fields, null, null, null, now);
    }

    /** Adds the action, remembering the request's key (when it has one) with it. */
    PlannedAction add(ActionFields fields, String key, String by, String fingerprint, Instant now) {
        if (actions.size() >= MAX_ACTIONS) {
            throw new RuleViolationException(RULE_ACTION_LIMIT, "An action plan holds at most " + MAX_ACTIONS
                    + " actions");
        }
        actionsCreated++;
        PlannedAction action = new PlannedAction("A-" + actionsCreated, fields, now);
        actions.add(action);
        if (key != null) {
            creatingRequests.add(new CreatingRequest(key, by, fingerprint, action.id()));
        }
        return action;
    }

    PlannedAction update(String actionId, ActionFields fields, Instant now) {
        PlannedAction action = action(actionId);
        action.apply(fields, now);
        return action;
    }

    PlannedAction addProgress(String actionId, ProgressUpdate update) {
        PlannedAction action = action(actionId);
        action.addProgress(update);
        return action;
    }

    /**
     * Records the overdue notice of an action if one is owed on {@code today}; the versioned save of this plan is what
     * makes it one notice per action and due date, whichever replica gets there.
     *
     * @return whether a notice was recorded
     */
    boolean noticeIfOverdue(String actionId, LocalDate today, AssessmentCase assessmentCase, Instant now) {
        PlannedAction action = actions.stream().filter(a -> a.id().equals(actionId)).findFirst().orElse(null);
        if (action == null || !action.noticeOwed(today)) {
            return false;
        }
        action.noticed();
        var contact = assessmentCase.contact();
        String locale = contact.locale() == null || contact.locale().isBlank() ? "nl" : contact.locale();
        record(new ActionOverdue(tenantId, id(), cohortId, assessmentCase.participantId(),
                assessmentCase.organisation().name(), action.id(), action.title(), action.owner(),
                action.dueDate().toString(), new AssessmentRecipient("PARTICIPANT", contact.name(), contact.email(),
                locale), assessmentCase.advisor() == null ? null : assessmentCase.advisor().email(),
                PATH.formatted(id()), now), now);
        return true;
    }

    /** The earlier request of {@code by} with this {@code Idempotency-Key}, if there was one. */
    Optional<CreatingRequest> createdBy(String key, String by) {
        return creatingRequests.stream().filter(r -> r.key().equals(key) && r.by().equals(by)).findFirst();
    }

    PlannedAction action(String actionId) {
        return actions.stream().filter(a -> a.id().equals(actionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Action of plan " + id(), actionId));
    }

    public String tenantId() {
        return tenantId;
    }

    public String cohortId() {
        return cohortId;
    }

    public List<PlannedAction> actions() {
        return Collections.unmodifiableList(actions);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
