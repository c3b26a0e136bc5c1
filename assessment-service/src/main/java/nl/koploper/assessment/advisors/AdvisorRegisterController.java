package nl.koploper.assessment.advisors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import nl.koploper.platform.web.ETags;
import nl.koploper.platform.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gemeente's advisor register: the coordinator keeps it (the Koploper team reads it, naming the gemeente); an
 * entry's id is what {@code PUT /api/assessments/cases/{caseId}/advisor} assigns.
 */
@RestController
@RequestMapping("/api/assessments/advisors")
@PreAuthorize("hasAnyRole('coordinator', 'platform-admin')")
class AdvisorRegisterController {

    static final String PATH = "/api/assessments/advisors";
    private static final String READERS = "Only the coordinator or platform-admin reads the register";
    private static final String KEEPER = "Only the coordinator keeps the register";

    private final AdvisorRegister register;

    AdvisorRegisterController(AdvisorRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "List the gemeente's advisor register by name (coordinator, platform-admin)")
    @ApiResponse(responseCode = "200", description = "The register, at most 500 advisors")
    @ApiResponse(responseCode = "403", description = READERS)
    List<AdvisorView> list() {
        return register.list().stream().map(AdvisorView::of).toList();
    }

    @GetMapping("/{advisorId}")
    @Operation(summary = "Read one advisor of the register (coordinator, platform-admin)",
            description = "The ETag is the entry's version: send it as If-Match with a change or removal.")
    @ApiResponse(responseCode = "200", description = "The advisor")
    @ApiResponse(responseCode = "403", description = READERS)
    ResponseEntity<AdvisorView> get(@PathVariable String advisorId) {
        return withETag(ResponseEntity.ok(), register.get(advisorId));
    }

    @PostMapping
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Add an advisor to the gemeente's register: name, sign-in e-mail address and organisation "
            + "(coordinator)")
    @ApiResponse(responseCode = "201", description = "Added; Location names the entry, the ETag is its version")
    @ApiResponse(responseCode = "400", description = "name, email or organisation missing or too long, or email not "
            + "an e-mail address (each wrong field named); nothing is stored")
    @ApiResponse(responseCode = "403", description = KEEPER)
    @ApiResponse(responseCode = "409", description = "rule advisor-email-taken: the e-mail address is in the register "
            + "already; rule advisor-limit: the register holds 500 advisors")
    ResponseEntity<AdvisorView> add(@RequestBody AdvisorDetails body) {
        RegisteredAdvisor added = register.add(AdvisorDetails.valid(body));
        return withETag(ResponseEntity.created(URI.create(PATH + "/" + added.id())), added);
    }

    @PutMapping("/{advisorId}")
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Change an advisor's name, e-mail address and organisation (coordinator)",
            description = "Cases keep the details they were assigned with; the next assignment takes the new ones.")
    @ApiResponse(responseCode = "200", description = "Changed; the ETag is the entry's new version")
    @ApiResponse(responseCode = "400", description = "name, email or organisation missing or too long, or email not "
            + "an e-mail address (each wrong field named); nothing changes")
    @ApiResponse(responseCode = "403", description = KEEPER)
    @ApiResponse(responseCode = "409", description = "rule advisor-email-taken: another advisor has this address; "
            + "rule advisor-assigned: a new address for an advisor of cases that are not closed (their login finds "
            + "the cases by it)")
    ResponseEntity<AdvisorView> change(@PathVariable String advisorId, IfMatch ifMatch,
                                       @RequestBody AdvisorDetails body) {
        AdvisorDetails details = AdvisorDetails.valid(body);
        return withETag(ResponseEntity.ok(), register.change(advisorId, ifMatch.expectedVersion(), details));
    }

    @DeleteMapping("/{advisorId}")
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Remove an advisor from the gemeente's register (coordinator)")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "403", description = KEEPER)
    @ApiResponse(responseCode = "409", description = "rule advisor-assigned: still the advisor of cases that are not "
            + "closed; assign them another advisor first")
    ResponseEntity<Void> remove(@PathVariable String advisorId, IfMatch ifMatch) {
        register.remove(advisorId, ifMatch.expectedVersion());
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<AdvisorView> withETag(ResponseEntity.BodyBuilder builder, RegisteredAdvisor a) {
        return builder.eTag(ETags.of(a.version())).body(AdvisorView.of(a));
    }
}
