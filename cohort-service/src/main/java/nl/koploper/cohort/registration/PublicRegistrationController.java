package nl.koploper.cohort.registration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import nl.koploper.platform.gemeente.GemeenteRegistry;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Self-registration through the link a gemeente published ({@code /api/public/cohorts/<gemeente>/<cohort>}): no
 * login, so the gemeente comes from the path, and it is entered for this one registration only. It registers as the
 * coordinator does, into an open cohort, except that an organisation that already takes part is not refused: the
 * answer never depends on who takes part (202, {@code {"status":"RECEIVED"}} alike), so typing KvK numbers tells
 * nobody anything. The outcome goes by e-mail, only to addresses on record: the confirmation to the new contact
 * (ParticipantRegistered), a repeat to the existing registration's contact (RegistrationRepeated). The gateway
 * rate-limits {@code /api/public/**}.
 */
@RestController
@RequestMapping("/api/public/cohorts/{tenant}/{cohortId}/registrations")
class PublicRegistrationController {

    private final RegistrationService registrations;
    private final GemeenteRegistry gemeenten;

    PublicRegistrationController(RegistrationService registrations, GemeenteRegistry gemeenten) {
        this.registrations = registrations;
        this.gemeenten = gemeenten;
    }

    @PostMapping
    @Operation(summary = "Register an organisation for a cohort through the gemeente's public link (anyone, no login)",
            description = "The answer is the same for a new registration and for an organisation that already takes "
                    + "part; whether it has a place or waits goes by e-mail to the contact on record.")
    @ApiResponse(responseCode = "202", description = "Received: {\"status\":\"RECEIVED\"}")
    @ApiResponse(responseCode = "400", description = "A field is missing or wrong (each named in errors[]), "
            + "consentToTerms is not true, or the gemeente in the path is not a valid slug")
    @ApiResponse(responseCode = "403", description = "The gemeente is deactivated (type "
            + "https://koploper.nl/problems/gemeente-deactivated)")
    @ApiResponse(responseCode = "404", description = "No such gemeente, or no such cohort in it")
    @ApiResponse(responseCode = "409", description = "rule cohort-not-open: the cohort is not OPEN; "
            + "rule registration-deadline-passed")
    ResponseEntity<RegistrationReceipt> register(@PathVariable("tenant") String slug, @PathVariable String cohortId,
                                                 @Valid @RequestBody RegistrationRequest request) {
        // Only a registered, active gemeente (the registry's copy in this service): an unknown slug is a 404, so that
        // nobody without a login can have a gemeente database created, and a deactivated gemeente takes no
        // registrations (403, as every write of a deactivated gemeente is).
        TenantId gemeente = gemeenten.requireActiveInPath(slug);
        TenantContext.runAs(gemeente, () -> registrations.registerPublicly(cohortId, request.toRegistration()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(RegistrationReceipt.RECEIVED);
    }
}
