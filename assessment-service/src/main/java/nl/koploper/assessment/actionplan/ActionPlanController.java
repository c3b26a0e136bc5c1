package nl.koploper.assessment.actionplan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import nl.koploper.platform.web.Created;
import nl.koploper.platform.web.ETags;
import nl.koploper.platform.web.IdempotencyKey;
import nl.koploper.platform.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The DuOn-Agenda of a case. The participant and its advisor plan; the coordinator (and platform-admin) read. The
 * ETag is the plan's version; every change honours {@code If-Match} (412 when stale).
 */
@RestController
@RequestMapping("/api/assessments/cases/{caseId}/action-plan")
@PreAuthorize("hasAnyRole('coordinator', 'advisor', 'participant', 'platform-admin')")
class ActionPlanController {

    private static final String PLANNERS = "Only the participant and the advisor plan (the coordinator reads)";
    private static final String NO_PROFILE = "rule profile-not-published: the plan follows the published "
            + "Duurzaamheidsprofiel";

    private final ActionPlanService plans;

    ActionPlanController(ActionPlanService plans) {
        this.plans = plans;
    }

    @GetMapping
    @Operation(summary = "Read the case's action plan (DuOn-Agenda), with each action's progress and whether it is "
            + "overdue", description = "For whoever may read the case. The ETag is the plan's version, absent (and "
            + "version null) while nothing is planned; send it as If-Match with a change.")
    ResponseEntity<ActionPlanView> get(@PathVariable String caseId) {
        return ok(plans.get(caseId));
    }

    /**
     * Adds an action; honours {@code Idempotency-Key} (a repeat of the same request answers as the first time, marked
     * {@code Idempotent-Replayed: true}, and adds nothing; the same key with another body is a 409).
     */
    @PostMapping("/actions")
    @PreAuthorize("hasAnyRole('advisor', 'participant')")
    @Operation(summary = "Add an action to the plan, from a profile recommendation or the organisation's own (the "
            + "participant, or the case's advisor)", description = "Idempotency-Key (1-200 "
            + "visible ASCII characters) makes a retry safe: the same request again adds nothing and answers as the "
            + "first time, with Idempotent-Replayed: true. The first action publishes ActionPlanStarted.")
    @ApiResponse(responseCode = "201", description = "Added (or replayed); Location names the action, the ETag is the "
            + "plan's version, the body the whole plan")
    @ApiResponse(responseCode = "403", description = PLANNERS)
    @ApiResponse(responseCode = "409", description = "rule idempotency-key-reused: the key was used for another "
            + "body; " + NO_PROFILE + "; rule action-plan-limit: 100 actions at most")
    ResponseEntity<ActionPlanView> add(@PathVariable String caseId, IfMatch ifMatch, IdempotencyKey idempotencyKey,
                                       @RequestBody ActionRequests.ActionRequest request) {
        String key = idempotencyKey.value(); // a malformed key answers before a malformed If-Match
        ActionPlanService.Added added = plans.add(caseId, ifMatch.expectedVersion(), key, request);
        return Created.response(URI.create(ActionPlan.PATH.formatted(caseId) + "/actions/" + added.actionId()),
                added.replayed()).eTag(ETags.of(added.plan().version())).body(added.plan());
    }

    @PutMapping("/actions/{actionId}")
    @PreAuthorize("hasAnyRole('advisor', 'participant')")
    @Operation(summary = "Change an action of the plan, its status included (the participant, or the case's "
            + "advisor)", description = "Replaces the whole action: send every field as for adding (an absent "
            + "status is PLANNED again). DONE or DROPPED ends its overdue notices.")
    @ApiResponse(responseCode = "200", description = "Changed; the whole plan")
    @ApiResponse(responseCode = "403", description = PLANNERS)
    ResponseEntity<ActionPlanView> update(@PathVariable String caseId, @PathVariable String actionId, IfMatch ifMatch,
                                          @RequestBody ActionRequests.ActionRequest request) {
        return ok(plans.update(caseId, actionId, ifMatch.expectedVersion(), request));
    }

    @PostMapping("/actions/{actionId}/progress")
    @PreAuthorize("hasAnyRole('advisor', 'participant')")
    @Operation(summary = "Add a dated progress note to an action (the participant, or the case's advisor)")
    @ApiResponse(responseCode = "200", description = "Added; the whole plan (the note has no resource of its own)")
    @ApiResponse(responseCode = "403", description = PLANNERS)
    ResponseEntity<ActionPlanView> progress(@PathVariable String caseId, @PathVariable String actionId, IfMatch ifMatch,
                                            @RequestBody ActionRequests.ProgressRequest request) {
        return ok(plans.progress(caseId, actionId, ifMatch.expectedVersion(), request));
    }

    private static ResponseEntity<ActionPlanView> ok(ActionPlanView view) {
        var response = ResponseEntity.ok();
        if (view.version() != null) {
            response.eTag(ETags.of(view.version()));
        }
        return response.body(view);
    }
}
