package nl.koploper.cohort.gemeente;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.ETags;
import nl.koploper.platform.web.IfMatch;
import nl.koploper.platform.web.PageView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gemeente registry, for platform-admins (acting across gemeenten, so without {@code ?tenant=}); a coordinator
 * reads its own gemeente at {@code /api/gemeenten/current}. Reads answer with the version as ETag; changes honour
 * {@code If-Match} (412 when stale).
 */
@RestController
@RequestMapping("/api/gemeenten")
class GemeenteController {

    private final GemeenteService gemeenten;

    GemeenteController(GemeenteService gemeenten) {
        this.gemeenten = gemeenten;
    }

    @PostMapping
    @PreAuthorize("hasRole('platform-admin')")
    @Operation(summary = "Register a gemeente on the platform (platform-admin)",
            description = "Its slug becomes its users' tenant claim and never changes. The ETag is its version.")
    @ApiResponse(responseCode = "201", description = "Registered; Location names the gemeente")
    @ApiResponse(responseCode = "403", description = "Only a platform-admin")
    @ApiResponse(responseCode = "409", description = "rule gemeente-already-registered: the slug is taken; change "
            + "that gemeente with PUT")
    ResponseEntity<GemeenteView> register(@RequestBody GemeenteRequest request) {
        GemeenteRequest.Registration registration = request.toRegistration();
        Gemeente gemeente = gemeenten.register(registration.slug(), registration.details());
        return ResponseEntity.created(URI.create("/api/gemeenten/" + gemeente.slug()))
                .eTag(ETags.of(gemeente.version()))
                .body(GemeenteView.of(gemeente));
    }

    @GetMapping
    @PreAuthorize("hasRole('platform-admin')")
    @Operation(summary = "List the registered gemeenten, page by page (platform-admin)")
    @ApiResponse(responseCode = "200", description = "A page of gemeenten, active and deactivated")
    @ApiResponse(responseCode = "403", description = "Only a platform-admin")
    PageView<GemeenteView> list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return gemeenten.list(page, size);
    }

    /** The caller's own gemeente: a coordinator's from the token, a platform-admin's from {@code ?tenant=}. */
    @GetMapping("/current")
    @PreAuthorize("hasAnyRole('coordinator', 'platform-admin')")
    @Operation(summary = "Read the caller's own gemeente, with its version as ETag (coordinator; platform-admin with "
            + "?tenant=)")
    ResponseEntity<GemeenteView> current() {
        return withETag(gemeenten.get(TenantContext.require().value()));
    }

    @GetMapping("/{slug}")
    @PreAuthorize("hasRole('platform-admin')")
    @Operation(summary = "Read a gemeente, with its version as ETag (platform-admin)")
    @ApiResponse(responseCode = "200", description = "The gemeente; ETag is its version")
    @ApiResponse(responseCode = "403", description = "Only a platform-admin")
    ResponseEntity<GemeenteView> get(@PathVariable String slug) {
        return withETag(gemeenten.get(slug));
    }

    @PutMapping("/{slug}")
    @PreAuthorize("hasRole('platform-admin')")
    @Operation(summary = "Change a gemeente's details; its slug stays (platform-admin)")
    @ApiResponse(responseCode = "200", description = "Changed; ETag is the new version")
    @ApiResponse(responseCode = "403", description = "Only a platform-admin")
    ResponseEntity<GemeenteView> change(@PathVariable String slug, IfMatch ifMatch,
                                        @RequestBody GemeenteRequest request) {
        GemeenteDetails details = request.toChange(slug);
        return withETag(gemeenten.change(slug, ifMatch.expectedVersion(), details));
    }

    @PostMapping("/{slug}/deactivate")
    @PreAuthorize("hasRole('platform-admin')")
    @Operation(summary = "Deactivate a gemeente (platform-admin)",
            description = "From then on every write in the gemeente, its public registration included, is refused "
                    + "(403 gemeente-deactivated); only its coordinators and platform-admins still read.")
    @ApiResponse(responseCode = "200", description = "Deactivated; ETag is the new version")
    @ApiResponse(responseCode = "403", description = "Only a platform-admin")
    @ApiResponse(responseCode = "409", description = "rule gemeente-already-deactivated")
    ResponseEntity<GemeenteView> deactivate(@PathVariable String slug, IfMatch ifMatch) {
        return withETag(gemeenten.deactivate(slug, ifMatch.expectedVersion()));
    }

    @PostMapping("/{slug}/reactivate")
    @PreAuthorize("hasRole('platform-admin')")
    @Operation(summary = "Reactivate a deactivated gemeente (platform-admin)")
    @ApiResponse(responseCode = "200", description = "Active again; ETag is the new version")
    @ApiResponse(responseCode = "403", description = "Only a platform-admin")
    @ApiResponse(responseCode = "409", description = "rule gemeente-already-active")
    ResponseEntity<GemeenteView> reactivate(@PathVariable String slug, IfMatch ifMatch) {
        return withETag(gemeenten.reactivate(slug, ifMatch.expectedVersion()));
    }

    private static ResponseEntity<GemeenteView> withETag(Gemeente gemeente) {
        return ResponseEntity.ok().eTag(ETags.of(gemeente.version())).body(GemeenteView.of(gemeente));
    }
}
