package nl.koploper.assessment.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import nl.koploper.platform.branding.GemeenteLogos;
import nl.koploper.platform.gemeente.GemeenteRegistry;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.ETags;
import nl.koploper.platform.web.IfMatch;
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

    private static final String WORKERS = "Only the coordinator or an advisor changes profiles";
    private static final String DRAFT_OPEN = "rule profile-draft-open: another version is still a draft, edit or "
            + "publish it first; ";
    private static final String PUBLISHED = "rule profile-published: a published version cannot change, start a "
            + "next draft; ";

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
    @Operation(summary = "Download a version of the Duurzaamheidsprofiel as a PDF in Dutch",
            description = "A draft only for the coordinator and the case's advisor, as the preview before publishing: "
                    + "marked as a draft on every page and not to be stored (Cache-Control: no-store).")
    @ApiResponse(responseCode = "200", description = "The PDF, inline (duurzaamheidsprofiel-<version>[-concept].pdf)",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string",
                    format = "binary")))
    ResponseEntity<byte[]> pdf(@PathVariable String caseId, @PathVariable int version) {
        CaseService.Edited found = cases.profile(caseId, version);
        boolean draft = !found.profile().published();
        String gemeente = TenantContext.require().value();
        String gemeenteName = gemeenten.displayName(gemeente);
        byte[] pdf = ProfilePdf.render(found.assessmentCase(), found.profile(), gemeenteName,
                logos.of(gemeente).orElse(null),
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
    @Operation(summary = "Generate a draft Duurzaamheidsprofiel from the review, as the next version (coordinator, "
            + "or the case's advisor)", description = "Scores, strengths, improvements and up to ten recommendations "
            + "from the review, with the baseline footprint when there is one.")
    @ApiResponse(responseCode = "201", description = "Generated; Location names the version, the ETag is the case's "
            + "new version")
    @ApiResponse(responseCode = "403", description = WORKERS)
    @ApiResponse(responseCode = "409", description = "rule review-incomplete: an issue misses an answer; "
            + DRAFT_OPEN + CaseController.CLOSED)
    ResponseEntity<ProfileView> generate(@PathVariable String caseId, IfMatch ifMatch) {
        return created(cases.generateProfile(caseId, ifMatch.expectedVersion()));
    }

    @GetMapping
    @Operation(summary = "List the versions of the case's Duurzaamheidsprofiel (a participant sees published ones "
            + "only)")
    List<CaseView.ProfileSummary> list(@PathVariable String caseId) {
        AssessmentCase assessmentCase = cases.get(caseId);
        return cases.profiles(assessmentCase).stream().map(p -> new CaseView.ProfileSummary(p.version(), p.status(),
                p.basedOnVersion(), p.createdAt(), p.publishedAt(), p.recommendations().size())).toList();
    }

    @GetMapping("/{version}")
    @Operation(summary = "Read one version of the Duurzaamheidsprofiel (a participant only a published one)",
            description = "The ETag is the case's version (the profiles are part of the case): send it as If-Match "
                    + "with an edit. A draft asked for by a participant is a 404.")
    ResponseEntity<ProfileView> get(@PathVariable String caseId, @PathVariable int version) {
        return ok(cases.profile(caseId, version));
    }

    /** A new draft (the next version) with the content of this published version. */
    @PostMapping("/{version}/next-draft")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    @Operation(summary = "Start the next draft as a copy of a published version, to change the profile "
            + "(coordinator, or the case's advisor)")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new version, the ETag is the "
            + "case's new version")
    @ApiResponse(responseCode = "403", description = WORKERS)
    @ApiResponse(responseCode = "409", description = "rule profile-not-published: this version is a draft, edit it "
            + "instead; " + DRAFT_OPEN + CaseController.CLOSED)
    ResponseEntity<ProfileView> nextDraft(@PathVariable String caseId, @PathVariable int version, IfMatch ifMatch) {
        return created(cases.draftFrom(caseId, ifMatch.expectedVersion(), version));
    }

    @PostMapping("/{version}/recommendations")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    @Operation(summary = "Add a recommendation of the catalogue, or the advisor's own, to a draft version "
            + "(coordinator, or the case's advisor)")
    @ApiResponse(responseCode = "200", description = "Added; the whole version (no resource of its own is created)")
    @ApiResponse(responseCode = "400", description = "catalogueId together with own fields, a catalogueId the "
            + "catalogue does not hold, or an own recommendation without title or description, with an unknown "
            + "issue or more than 3; nothing changes")
    @ApiResponse(responseCode = "403", description = WORKERS)
    @ApiResponse(responseCode = "409", description = PUBLISHED + "rule recommendation-already-in-profile: that "
            + "catalogue recommendation is in it; rule profile-recommendation-limit: 30 at most; "
            + CaseController.CLOSED)
    ResponseEntity<ProfileView> add(@PathVariable String caseId, @PathVariable int version, IfMatch ifMatch,
                                    @RequestBody Requests.AddRecommendationRequest request) {
        return ok(cases.addRecommendation(caseId, ifMatch.expectedVersion(), version, request));
    }

    @PutMapping("/{version}/recommendations/{recommendationId}")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    @Operation(summary = "Reword a recommendation of a draft version (coordinator, or the case's advisor)")
    @ApiResponse(responseCode = "200", description = "Reworded; the whole version")
    @ApiResponse(responseCode = "400", description = "title or description missing or too long; nothing changes")
    @ApiResponse(responseCode = "403", description = WORKERS)
    @ApiResponse(responseCode = "409", description = PUBLISHED + CaseController.CLOSED)
    ResponseEntity<ProfileView> reword(@PathVariable String caseId, @PathVariable int version,
                                       @PathVariable String recommendationId, IfMatch ifMatch,
                                       @RequestBody Requests.RewordRequest request) {
        return ok(cases.reword(caseId, ifMatch.expectedVersion(), version, recommendationId, request));
    }

    @DeleteMapping("/{version}/recommendations/{recommendationId}")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    @Operation(summary = "Remove a recommendation from a draft version (coordinator, or the case's advisor)")
    @ApiResponse(responseCode = "200", description = "Removed; the whole version as it is now")
    @ApiResponse(responseCode = "403", description = WORKERS)
    @ApiResponse(responseCode = "409", description = PUBLISHED + CaseController.CLOSED)
    ResponseEntity<ProfileView> remove(@PathVariable String caseId, @PathVariable int version,
                                       @PathVariable String recommendationId, IfMatch ifMatch) {
        return ok(cases.removeRecommendation(caseId, ifMatch.expectedVersion(), version, recommendationId));
    }

    @PostMapping("/{version}/publish")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    @Operation(summary = "Publish a draft version to the participant (coordinator, or the case's advisor)",
            description = "The version can no longer change; the case becomes PROFILE_PUBLISHED and ProfilePublished "
                    + "mails the contact where to read it. Publishing it again is a 409, not a repeat.")
    @ApiResponse(responseCode = "200", description = "Published; the version as published")
    @ApiResponse(responseCode = "403", description = WORKERS)
    @ApiResponse(responseCode = "409", description = "rule profile-published: published already; rule "
            + "profile-without-recommendations: add at least one first; " + CaseController.CLOSED)
    ResponseEntity<ProfileView> publish(@PathVariable String caseId, @PathVariable int version, IfMatch ifMatch) {
        return ok(cases.publish(caseId, ifMatch.expectedVersion(), version));
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
