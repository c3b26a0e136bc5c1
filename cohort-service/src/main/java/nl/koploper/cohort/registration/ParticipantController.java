package nl.koploper.cohort.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import nl.koploper.cohort.cohort.PageView;
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
 * The organisations registered for a cohort. The coordinator registers, lists and removes; a participant user reads
 * and withdraws only its own organisation. Advisors have no access here: they are assigned to participants in
 * assessment-service, and see their participants through its cases (README, Decisions).
 */
@RestController
@RequestMapping("/api/cohorts/{cohortId}/participants")
class ParticipantController {

    private final RegistrationService registrations;

    ParticipantController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @PostMapping
    @PreAuthorize("hasRole('coordinator')")
    ResponseEntity<ParticipantView> register(@PathVariable String cohortId,
                                             @Valid @RequestBody RegistrationRequest request) {
        ParticipantView registered = registrations.register(cohortId, request.toRegistration());
        return ResponseEntity.created(URI.create("/api/cohorts/" + cohortId + "/participants/" + registered.id()))
                .body(registered);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('coordinator', 'platform-admin')")
    PageView<ParticipantView> list(@PathVariable String cohortId,
                                   @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
        return registrations.list(cohortId, page, size);
    }

    @GetMapping("/{participantId}")
    @PreAuthorize("hasAnyRole('coordinator', 'participant', 'platform-admin')")
    ParticipantView get(@PathVariable String cohortId, @PathVariable String participantId) {
        return registrations.get(cohortId, participantId);
    }

    @PostMapping("/{participantId}/withdraw")
    @PreAuthorize("hasAnyRole('coordinator', 'participant')")
    ParticipantView withdraw(@PathVariable String cohortId, @PathVariable String participantId,
                             @Valid @RequestBody(required = false) LeaveRequest request) {
        return registrations.withdraw(cohortId, participantId, request == null ? null : request.reason());
    }

    @PostMapping("/{participantId}/remove")
    @PreAuthorize("hasRole('coordinator')")
    ParticipantView remove(@PathVariable String cohortId, @PathVariable String participantId,
                           @Valid @RequestBody RemoveRequest request) {
        return registrations.remove(cohortId, participantId, request.reason());
    }
}
