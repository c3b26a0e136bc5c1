package nl.koploper.cohort.registration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.koploper.cohort.cohort.CohortStore;
import nl.koploper.cohort.gemeente.GemeenteBrandColours;
import nl.koploper.contracts.tenant.GemeenteProfile;
import nl.koploper.platform.gemeente.GemeenteRegistry;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the portal's public registration page of a gemeente shows ({@code GET /api/public/cohorts/<gemeente>}): no
 * login, so the gemeente comes from the path, refused as for a public registration (not a slug 400, unknown 404,
 * deactivated 403), and is entered for this one read. It answers the gemeente's display name, logo and house colour
 * and its cohorts that take registrations now (open, registration deadline not passed), with only what a public page
 * may show: nothing about who takes part. The gateway rate-limits {@code /api/public/**}.
 */
@RestController
class PublicCohortsController {

    /** More open cohorts than this at once is no gemeente's practice; it bounds the public answer. */
    static final int MAX_COHORTS = 50;

    private final CohortStore cohorts;
    private final GemeenteRegistry gemeenten;
    private final GemeenteBrandColours brandColours;
    private final Clock clock;

    PublicCohortsController(CohortStore cohorts, GemeenteRegistry gemeenten, GemeenteBrandColours brandColours,
                            Clock clock) {
        this.cohorts = cohorts;
        this.gemeenten = gemeenten;
        this.brandColours = brandColours;
        this.clock = clock;
    }

    @GetMapping("/api/public/cohorts/{tenant}")
    @Operation(summary = "Show a gemeente's public registration page: its name, logo, colour and the cohorts taking "
            + "registrations now (anyone, no login)")
    @ApiResponse(responseCode = "200", description = "The gemeente and its open cohorts; nothing about who takes part")
    @ApiResponse(responseCode = "400", description = "The gemeente in the path is not a valid slug")
    @ApiResponse(responseCode = "403", description = "The gemeente is deactivated (type "
            + "https://koploper.nl/problems/gemeente-deactivated)")
    @ApiResponse(responseCode = "404", description = "No such gemeente on the platform")
    PublicCohortsView openCohorts(@PathVariable("tenant") String slug) {
        TenantId gemeente = gemeenten.requireActiveInPath(slug);
        // With the registry check switched off (koploper.tenancy.require-registered-gemeente=false) there may be no
        // profile; the slug is then the only name there is.
        Optional<GemeenteProfile> profile = gemeenten.profile(gemeente.value());
        String name = profile.map(GemeenteProfile::displayName)
                .filter(displayName -> !displayName.isBlank()).orElse(gemeente.value());
        String logoUrl = profile.map(GemeenteProfile::logoUrl).filter(logo -> !logo.isBlank()).orElse(null);
        String brandColour = brandColours.of(gemeente.value()).orElse(null);
        List<PublicCohortsView.OpenCohort> open = TenantContext.callAs(gemeente, () ->
                cohorts.takingRegistrations(clock.instant(), MAX_COHORTS).stream()
                        .map(PublicCohortsView.OpenCohort::of)
                        .toList());
        return new PublicCohortsView(new PublicCohortsView.Gemeente(gemeente.value(), name, logoUrl, brandColour),
                open);
    }
}
