package nl.koploper.cohort.cohort;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.regex.Pattern;
import nl.koploper.platform.web.ETags;
import nl.koploper.platform.web.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern IDEMPOTENCY_KEY_FORMAT = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final CohortService cohorts;

    CohortController(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    @PostMapping
    @PreAuthorize("hasRole('coordinator')")
    ResponseEntity<CohortView> create(
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @Valid @RequestBody CreateCohortRequest request) {
        // Checked here rather than with a constraint on the parameter: that would turn the body's field errors into
        // method-validation errors without their field paths.
        if (idempotencyKey != null && !IDEMPOTENCY_KEY_FORMAT.matcher(idempotencyKey).matches()) {
            throw new InvalidInputException(IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters");
        }
        CohortService.Created created = cohorts.create(idempotencyKey, request.toPlan());
        Cohort cohort = created.cohort();
        ResponseEntity.BodyBuilder response = ResponseEntity.created(URI.create("/api/cohorts/" + cohort.id()))
                .eTag(ETags.of(cohort.version()));
        if (created.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(CohortView.of(cohort));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('coordinator', 'platform-admin')")
    PageView<CohortView> list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                              @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return cohorts.list(page, size);
    }

    @GetMapping("/{cohortId}")
    @PreAuthorize("hasAnyRole('coordinator', 'platform-admin')")
    ResponseEntity<CohortView> get(@PathVariable String cohortId) {
        return withETag(cohorts.get(cohortId));
    }

    @PostMapping("/{cohortId}/open")
    @PreAuthorize("hasRole('coordinator')")
    ResponseEntity<CohortView> open(@PathVariable String cohortId,
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(cohorts.open(cohortId, ETags.expectedVersion(ifMatch)));
    }

    @PostMapping("/{cohortId}/start")
    @PreAuthorize("hasRole('coordinator')")
    ResponseEntity<CohortView> start(@PathVariable String cohortId,
                                     @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(cohorts.start(cohortId, ETags.expectedVersion(ifMatch)));
    }

    @PostMapping("/{cohortId}/complete")
    @PreAuthorize("hasRole('coordinator')")
    ResponseEntity<CohortView> complete(@PathVariable String cohortId,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(cohorts.complete(cohortId, ETags.expectedVersion(ifMatch)));
    }

    @PostMapping("/{cohortId}/cancel")
    @PreAuthorize("hasRole('coordinator')")
    ResponseEntity<CohortView> cancel(@PathVariable String cohortId,
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                      @Valid @RequestBody CancelRequest request) {
        return withETag(cohorts.cancel(cohortId, ETags.expectedVersion(ifMatch), request.reason()));
    }

    private static ResponseEntity<CohortView> withETag(Cohort cohort) {
        return ResponseEntity.ok().eTag(ETags.of(cohort.version())).body(CohortView.of(cohort));
    }
}
