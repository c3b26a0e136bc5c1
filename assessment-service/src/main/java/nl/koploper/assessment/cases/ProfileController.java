package nl.koploper.assessment.cases;

import java.net.URI;
import java.util.List;
import nl.koploper.contracts.tenant.GemeenteProfile;
import nl.koploper.platform.branding.GemeenteLogos;
import nl.koploper.platform.gemeente.GemeenteRegistry;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * The Duurzaamheidsprofiel versions of a case. The coordinator and the case's advisor generate, edit and publish
 * drafts; the participant reads the published versions of its own case. The ETag is the case's version (the profiles
 * live in the case document), and every change honours {@code If-Match}.
 */
@RestController
@RequestMapping("/api/assessments/cases/{caseId}/profiles")
@PreAuthorize("hasAnyRole('coordinator', 'advisor', 'participant', 'platform-admin')")
class ProfileController {

    private final CaseService cases;
    private final GemeenteRegistry gemeenten;
    private final GemeenteLogos logos;

    ProfileController(CaseService cases, GemeenteRegistry gemeenten, GemeenteLogos logos) {
        this.cases = cases;
        this.gemeenten = gemeenten;
        this.logos = logos;
    }

    /**
     * A version as a PDF in Dutch, to whoever may read that version ({@link CaseService#profile}): a published one to
     * the case's readers; a draft only to those who work on it (the case's advisor and the coordinator), as the
     * preview before publishing, marked as a draft on every page. A participant asking for a draft gets the 404 of a
     * version that does not exist.
     */
    @GetMapping(value = "/{version}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String caseId, @PathVariable int version) {
        CaseService.Edited found = cases.profile(caseId, version);
        boolean draft = !found.profile().published();
        String tenant = TenantContext.require().value();
        String gemeente = gemeenten.profile(tenant).map(GemeenteProfile::displayName).orElse(tenant);
        byte[] pdf = ProfilePdf.render(found.assessmentCase(), found.profile(), gemeente,
                logos.of(tenant).orElse(null),
                cases.baseline(found.assessmentCase()).orElse(null), cases.compare(found.assessmentCase()));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"duurzaamheidsprofiel-" + version
                        + (draft ? "-concept" : "") + ".pdf\"");
        if (draft) {
            // A draft changes with every edit: a stored copy would soon show what the advisor has since reworded.
            response.header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        }
        return response.body(pdf);
    }

    /** Generates a draft from the review as the next version. */
    @PostMapping
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    ResponseEntity<ProfileView> generate(@PathVariable String caseId,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return created(cases.generateProfile(caseId, ETags.expectedVersion(ifMatch)));
    }

    @GetMapping
    List<CaseView.ProfileSummary> list(@PathVariable String caseId) {
        AssessmentCase assessmentCase = cases.get(caseId);
        return cases.profiles(assessmentCase).stream().map(p -> new CaseView.ProfileSummary(p.version(), p.status(),
                p.basedOnVersion(), p.createdAt(), p.publishedAt(), p.recommendations().size())).toList();
    }

    @GetMapping("/{version}")
    ResponseEntity<ProfileView> get(@PathVariable String caseId, @PathVariable int version) {
        return ok(cases.profile(caseId, version));
    }

    /** A new draft (the next version) with the content of this published version. */
    @PostMapping("/{version}/next-draft")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    ResponseEntity<ProfileView> nextDraft(@PathVariable String caseId, @PathVariable int version,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return created(cases.draftFrom(caseId, ETags.expectedVersion(ifMatch), version));
    }

    @PostMapping("/{version}/recommendations")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    ResponseEntity<ProfileView> add(@PathVariable String caseId, @PathVariable int version,
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                    @RequestBody Requests.AddRecommendationRequest request) {
        return ok(cases.addRecommendation(caseId, ETags.expectedVersion(ifMatch), version, request));
    }

    @PutMapping("/{version}/recommendations/{recommendationId}")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    ResponseEntity<ProfileView> reword(@PathVariable String caseId, @PathVariable int version,
                                       @PathVariable String recommendationId,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                       @RequestBody Requests.RewordRequest request) {
        return ok(cases.reword(caseId, ETags.expectedVersion(ifMatch), version, recommendationId, request));
    }

    @DeleteMapping("/{version}/recommendations/{recommendationId}")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    ResponseEntity<ProfileView> remove(@PathVariable String caseId, @PathVariable int version,
                                       @PathVariable String recommendationId,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(cases.removeRecommendation(caseId, ETags.expectedVersion(ifMatch), version, recommendationId));
    }

    @PostMapping("/{version}/publish")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    ResponseEntity<ProfileView> publish(@PathVariable String caseId, @PathVariable int version,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(cases.publish(caseId, ETags.expectedVersion(ifMatch), version));
    }

    private static ResponseEntity<ProfileView> ok(CaseService.Edited edited) {
        return ResponseEntity.ok().eTag(ETags.of(edited.assessmentCase().version()))
                .body(ProfileView.of(edited.assessmentCase(), edited.profile()));
    }

    private static ResponseEntity<ProfileView> created(CaseService.Edited edited) {
        return ResponseEntity.created(URI.create(CaseService.PROFILE_PATH.formatted(edited.assessmentCase().id(),
                        edited.profile().version())))
                .eTag(ETags.of(edited.assessmentCase().version()))
                .body(ProfileView.of(edited.assessmentCase(), edited.profile()));
    }
}
