package nl.koploper.assessment.advisors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import nl.koploper.platform.web.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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

    private final AdvisorRegister register;

    AdvisorRegisterController(AdvisorRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "De adviseurs van de gemeente, op naam")
    @ApiResponse(responseCode = "200", description = "The register")
    @ApiResponse(responseCode = "403", description = "Not a coordinator or platform-admin")
    List<AdvisorView> list() {
        return register.list().stream().map(AdvisorView::of).toList();
    }

    @GetMapping("/{advisorId}")
    @Operation(summary = "Eén adviseur uit het register (ETag = versie)")
    @ApiResponse(responseCode = "200", description = "The advisor")
    @ApiResponse(responseCode = "403", description = "Not a coordinator or platform-admin")
    @ApiResponse(responseCode = "404", description = "No such advisor in this gemeente")
    ResponseEntity<AdvisorView> get(@PathVariable String advisorId) {
        return withETag(ResponseEntity.ok(), register.get(advisorId));
    }

    @PostMapping
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Voegt een adviseur toe aan het register (naam, e-mail, organisatie)")
    @ApiResponse(responseCode = "201", description = "Added; Location names the entry")
    @ApiResponse(responseCode = "400", description = "A field is missing or wrong; nothing is stored")
    @ApiResponse(responseCode = "403", description = "Not a coordinator")
    @ApiResponse(responseCode = "409", description = "advisor-email-taken: the e-mail address is in the register "
            + "already; advisor-limit: the register is full")
    ResponseEntity<AdvisorView> add(@RequestBody AdvisorDetails body) {
        RegisteredAdvisor added = register.add(AdvisorDetails.valid(body));
        return withETag(ResponseEntity.created(URI.create(PATH + "/" + added.id())), added);
    }

    @PutMapping("/{advisorId}")
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Wijzigt naam, e-mail en organisatie van een adviseur")
    @ApiResponse(responseCode = "200", description = "Changed")
    @ApiResponse(responseCode = "400", description = "A field is missing or wrong; nothing changes")
    @ApiResponse(responseCode = "403", description = "Not a coordinator")
    @ApiResponse(responseCode = "404", description = "No such advisor in this gemeente")
    @ApiResponse(responseCode = "409", description = "advisor-email-taken, or advisor-assigned: a new e-mail address "
            + "for an advisor assigned to organisations that are not closed")
    @ApiResponse(responseCode = "412", description = "If-Match names an older version")
    ResponseEntity<AdvisorView> change(@PathVariable String advisorId,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                       @RequestBody AdvisorDetails body) {
        AdvisorDetails details = AdvisorDetails.valid(body);
        return withETag(ResponseEntity.ok(), register.change(advisorId, ETags.expectedVersion(ifMatch), details));
    }

    @DeleteMapping("/{advisorId}")
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Verwijdert een adviseur uit het register")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "403", description = "Not a coordinator")
    @ApiResponse(responseCode = "404", description = "No such advisor in this gemeente")
    @ApiResponse(responseCode = "409", description = "advisor-assigned: still the advisor of organisations that "
            + "are not closed")
    @ApiResponse(responseCode = "412", description = "If-Match names an older version")
    ResponseEntity<Void> remove(@PathVariable String advisorId,
                                @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        register.remove(advisorId, ETags.expectedVersion(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<AdvisorView> withETag(ResponseEntity.BodyBuilder builder, RegisteredAdvisor a) {
        return builder.eTag(ETags.of(a.version())).body(AdvisorView.of(a));
    }
}
