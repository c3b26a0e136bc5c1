package nl.koploper.cohort.registration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
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
    @Operation(summary = "Register an organisation for the cohort: a place while there is one, else the waiting list "
            + "(coordinator)")
    @ApiResponse(responseCode = "201", description = "Registered, placed or waitlisted; Location names it")
    @ApiResponse(responseCode = "403", description = "Only a coordinator")
    @ApiResponse(responseCode = "409", description = "rule cohort-not-open: the cohort is not OPEN; "
            + "rule registration-deadline-passed; rule kvk-already-registered: the organisation has a place or waits")
    ResponseEntity<ParticipantView> register(@PathVariable String cohortId,
                                             @Valid @RequestBody RegistrationRequest request) {
        ParticipantView registered = registrations.register(cohortId, request.toRegistration());
        return ResponseEntity.created(URI.create("/api/cohorts/" + cohortId + "/participants/" + registered.id()))
                .body(registered);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('coordinator', 'platform-admin')")
    @Operation(summary = "List the cohort's registrations, active and former, in arrival order (coordinator, "
            + "platform-admin)")
    PageView<ParticipantView> list(@PathVariable String cohortId,
                                   @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
        return registrations.list(cohortId, page, size);
    }

    @GetMapping("/{participantId}")
    @PreAuthorize("hasAnyRole('coordinator', 'participant', 'platform-admin')")
    @Operation(summary = "Read a registration (coordinator, platform-admin, the participant itself)")
    @ApiResponse(responseCode = "200", description = "The registration, placed, waiting or gone")
    @ApiResponse(responseCode = "404", description = "No such cohort or participant, or another organisation than the "
            + "participant user's own")
    ParticipantView get(@PathVariable String cohortId, @PathVariable String participantId) {
        return registrations.get(cohortId, participantId);
    }

    @PostMapping("/{participantId}/withdraw")
    @PreAuthorize("hasAnyRole('coordinator', 'participant')")
    @Operation(summary = "Withdraw the organisation from its place or the waiting list, with an optional reason "
            + "(coordinator, the participant itself)",
            description = "While the cohort is open, a freed place goes to the first on the waiting list.")
    @ApiResponse(responseCode = "200", description = "Withdrawn; the registration as it is now")
    @ApiResponse(responseCode = "404", description = "No such cohort or participant, or another organisation than the "
            + "participant user's own")
    @ApiResponse(responseCode = "409", description = "rule cohort-closed: the cohort is COMPLETED or CANCELLED; "
            + "rule participant-not-active: the organisation left before")
    ParticipantView withdraw(@PathVariable String cohortId, @PathVariable String participantId,
                             @Valid @RequestBody(required = false) LeaveRequest request) {
        return registrations.withdraw(cohortId, participantId, request == null ? null : request.reason());
    }

    @PostMapping("/{participantId}/remove")
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Take an organisation out of the cohort, with a reason passed on to it (coordinator)",
            description = "While the cohort is open, a freed place goes to the first on the waiting list.")
    @ApiResponse(responseCode = "200", description = "Removed; the registration as it is now")
    @ApiResponse(responseCode = "403", description = "Only a coordinator")
    @ApiResponse(responseCode = "409", description = "rule cohort-closed: the cohort is COMPLETED or CANCELLED; "
            + "rule participant-not-active: the organisation left before")
    ParticipantView remove(@PathVariable String cohortId, @PathVariable String participantId,
                           @Valid @RequestBody RemoveRequest request) {
        return registrations.remove(cohortId, participantId, request.reason());
    }
}
