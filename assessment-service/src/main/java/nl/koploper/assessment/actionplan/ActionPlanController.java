package nl.koploper.assessment.actionplan;

import java.net.URI;
import java.util.regex.Pattern;
import nl.koploper.platform.web.ETags;
import nl.koploper.platform.web.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern IDEMPOTENCY_KEY_FORMAT = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final ActionPlanService plans;

    ActionPlanController(ActionPlanService plans) {
        this.plans = plans;
    }

    @GetMapping
    ResponseEntity<ActionPlanView> get(@PathVariable String caseId) {
        return ok(plans.get(caseId));
    }

    /**
     * Adds an action; honours {@code Idempotency-Key} (a repeat of the same request answers as the first time, marked
     * {@code Idempotent-Replayed: true}, and adds nothing; the same key with another body is a 409).
     */
    @PostMapping("/actions")
    @PreAuthorize("hasAnyRole('advisor', 'participant')")
    ResponseEntity<ActionPlanView> add(@PathVariable String caseId,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                       @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                       @RequestBody ActionRequests.ActionRequest request) {
        if (idempotencyKey != null && !IDEMPOTENCY_KEY_FORMAT.matcher(idempotencyKey).matches()) {
            throw new InvalidInputException(IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters");
        }
        ActionPlanService.Added added = plans.add(caseId, ETags.expectedVersion(ifMatch), idempotencyKey, request);
        var response = ResponseEntity.created(URI.create(ActionPlan.PATH.formatted(caseId) + "/actions/"
                + added.actionId())).eTag(ETags.of(added.plan().version()));
        if (added.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(added.plan());
    }

    @PutMapping("/actions/{actionId}")
    @PreAuthorize("hasAnyRole('advisor', 'participant')")
    ResponseEntity<ActionPlanView> update(@PathVariable String caseId, @PathVariable String actionId,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                          @RequestBody ActionRequests.ActionRequest request) {
        return ok(plans.update(caseId, actionId, ETags.expectedVersion(ifMatch), request));
    }

    @PostMapping("/actions/{actionId}/progress")
    @PreAuthorize("hasAnyRole('advisor', 'participant')")
    ResponseEntity<ActionPlanView> progress(@PathVariable String caseId, @PathVariable String actionId,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                            @RequestBody ActionRequests.ProgressRequest request) {
        return ok(plans.progress(caseId, actionId, ETags.expectedVersion(ifMatch), request));
    }

    private static ResponseEntity<ActionPlanView> ok(ActionPlanView view) {
        var response = ResponseEntity.ok();
        if (view.version() != null) {
            response.eTag(ETags.of(view.version()));
        }
        return response.body(view);
    }
}
