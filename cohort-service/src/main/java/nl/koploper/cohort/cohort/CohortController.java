package nl.koploper.cohort.cohort;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import nl.koploper.platform.web.Created;
import nl.koploper.platform.web.ETags;
import nl.koploper.platform.web.IdempotencyKey;
import nl.koploper.platform.web.IfMatch;
import nl.koploper.platform.web.PageView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A gemeente's cohorts (Koplopergroepen) and their lifecycle. Reads answer with the version as ETag; the lifecycle
 * steps honour {@code If-Match} (412 when stale), creation honours {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/cohorts")
class CohortController {

    private final CohortService cohorts;

    CohortController(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    @PostMapping
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Create a cohort (Koplopergroep) of the gemeente, in preparation (coordinator)",
            description = "The cohort starts as DRAFT; its ETag is its version, for If-Match. With an Idempotency-Key "
                    + "(1 to 200 visible ASCII characters) a repeat of the same request creates nothing and answers "
                    + "the cohort created first, with Idempotent-Replayed: true.")
    @ApiResponse(responseCode = "201", description = "Created (or replayed); Location names the cohort")
    @ApiResponse(responseCode = "403", description = "Only a coordinator")
    @ApiResponse(responseCode = "409", description = "rule idempotency-key-reused: this Idempotency-Key already "
            + "created a different cohort")
    ResponseEntity<CohortView> create(@Valid @RequestBody CreateCohortRequest request,
                                      IdempotencyKey idempotencyKey) {
        Created<Cohort> created = cohorts.create(idempotencyKey.value(), request.toPlan());
        Cohort cohort = created.resource();
        return created.response(URI.create("/api/cohorts/" + cohort.id())).eTag(ETags.of(cohort.version()))
                .body(CohortView.of(cohort));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('coordinator', 'platform-admin')")
    @Operation(summary = "List the gemeente's cohorts, page by page (coordinator, platform-admin)")
    PageView<CohortView> list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                              @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return cohorts.list(page, size);
    }

    @GetMapping("/{cohortId}")
    @PreAuthorize("hasAnyRole('coordinator', 'platform-admin')")
    @Operation(summary = "Read a cohort, with its version as ETag (coordinator, platform-admin)")
    ResponseEntity<CohortView> get(@PathVariable String cohortId) {
        return withETag(cohorts.get(cohortId));
    }

    @PostMapping("/{cohortId}/open")
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Open the cohort for registration (coordinator)")
    @ApiResponse(responseCode = "200", description = "Opened (OPEN); ETag is the new version")
    @ApiResponse(responseCode = "403", description = "Only a coordinator")
    @ApiResponse(responseCode = "409", description = "rule cohort-not-draft: the cohort is not in preparation (DRAFT); "
            + "rule registration-deadline-passed: its registration deadline has passed")
    ResponseEntity<CohortView> open(@PathVariable String cohortId, IfMatch ifMatch) {
        return withETag(cohorts.open(cohortId, ifMatch.expectedVersion()));
    }

    @PostMapping("/{cohortId}/start")
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Start the cohort's year with its placed participants; registration closes (coordinator)",
            description = "A place freed after the start is no longer given to the waiting list.")
    @ApiResponse(responseCode = "200", description = "Started (STARTED); ETag is the new version")
    @ApiResponse(responseCode = "403", description = "Only a coordinator")
    @ApiResponse(responseCode = "409", description = "rule cohort-not-open: the cohort is not OPEN; "
            + "rule cohort-minimum-participants: fewer placed participants than its minimum")
    ResponseEntity<CohortView> start(@PathVariable String cohortId, IfMatch ifMatch) {
        return withETag(cohorts.start(cohortId, ifMatch.expectedVersion()));
    }

    @PostMapping("/{cohortId}/complete")
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Complete the cohort's year: issue certificates, admit finishers to the network (coordinator)",
            description = "Every placed participant that meets the certificate criteria, or whose criteria were "
                    + "overridden, gets its certificate; the finishers join the gemeente's Koplopernetwerk. On a "
                    + "cohort completed before it first finishes any follow-up left undone, then answers 409.")
    @ApiResponse(responseCode = "200", description = "Completed (COMPLETED); ETag is the new version")
    @ApiResponse(responseCode = "403", description = "Only a coordinator")
    @ApiResponse(responseCode = "409", description = "rule cohort-not-started: the cohort is not STARTED "
            + "(also when it is completed already)")
    ResponseEntity<CohortView> complete(@PathVariable String cohortId, IfMatch ifMatch) {
        return withETag(cohorts.complete(cohortId, ifMatch.expectedVersion()));
    }

    @PostMapping("/{cohortId}/cancel")
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Cancel the cohort before it starts, with a reason for the registered organisations "
            + "(coordinator)")
    @ApiResponse(responseCode = "200", description = "Cancelled (CANCELLED); ETag is the new version")
    @ApiResponse(responseCode = "403", description = "Only a coordinator")
    @ApiResponse(responseCode = "409", description = "rule cohort-already-cancelled; rule cohort-already-started: "
            + "the cohort is STARTED or COMPLETED")
    ResponseEntity<CohortView> cancel(@PathVariable String cohortId, IfMatch ifMatch,
                                      @Valid @RequestBody CancelRequest request) {
        return withETag(cohorts.cancel(cohortId, ifMatch.expectedVersion(), request.reason()));
    }

    private static ResponseEntity<CohortView> withETag(Cohort cohort) {
        return ResponseEntity.ok().eTag(ETags.of(cohort.version())).body(CohortView.of(cohort));
    }
}
