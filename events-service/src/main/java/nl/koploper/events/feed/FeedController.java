package nl.koploper.events.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Subscribe addresses of the calendar feeds, for signed-in users: a cohort's feed for its coordinator, a participant's
 * own feed for that participant (or its coordinator). {@code DELETE} revokes every address issued so far (a leaked
 * link); the next {@code GET} gives a new one.
 */
@RestController
@RequestMapping("/api/meetings/feeds")
class FeedController {

    private final FeedService feeds;

    FeedController(FeedService feeds) {
        this.feeds = feeds;
    }

    @Operation(summary = "Get the subscribe address of a cohort's calendar feed (coordinator)",
            description = "Whoever holds the address sees the feed, without logging in, until it is revoked.")
    @ApiResponse(responseCode = "200", description = "The subscribe address (https and webcal)")
    @ApiResponse(responseCode = "403", description = "Only the coordinator; or the token's gemeente is not registered")
    @ApiResponse(responseCode = "404", description = "The cohort has no meetings in the token's gemeente")
    @GetMapping("/cohorts/{cohortId}")
    @PreAuthorize("hasRole('coordinator')")
    FeedView cohort(@PathVariable String cohortId) {
        return feeds.address(FeedKind.COHORT, cohortId);
    }

    @Operation(summary = "Revoke every subscribe address of a cohort's calendar feed issued so far (coordinator)",
            description = "Old addresses then answer 410; the next GET gives a new address.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "403", description = "Only the coordinator; or the token's gemeente is not registered")
    @ApiResponse(responseCode = "404", description = "The cohort has no meetings in the token's gemeente")
    @DeleteMapping("/cohorts/{cohortId}")
    @PreAuthorize("hasRole('coordinator')")
    ResponseEntity<Void> revokeCohort(@PathVariable String cohortId) {
        feeds.revoke(FeedKind.COHORT, cohortId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Get the subscribe address of a participant's own calendar feed (participant, coordinator)",
            description = "Whoever holds the address sees the feed, without logging in, until it is revoked.")
    @ApiResponse(responseCode = "200", description = "The subscribe address (https and webcal)")
    @ApiResponse(responseCode = "404", description = "A coordinator: the participant was never invited to an "
            + "announced meeting. A participant: not its own (the token's e-mail is not its invitations' address)")
    @GetMapping("/participants/{participantId}")
    @PreAuthorize("hasAnyRole('coordinator', 'participant')")
    FeedView participant(@PathVariable String participantId) {
        return feeds.address(FeedKind.PARTICIPANT, participantId);
    }

    @Operation(summary = "Revoke every subscribe address of a participant's calendar feed (participant, coordinator)",
            description = "Old addresses then answer 410; the next GET gives a new address.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "404", description = "A coordinator: the participant was never invited to an "
            + "announced meeting. A participant: not its own (the token's e-mail is not its invitations' address)")
    @DeleteMapping("/participants/{participantId}")
    @PreAuthorize("hasAnyRole('coordinator', 'participant')")
    ResponseEntity<Void> revokeParticipant(@PathVariable String participantId) {
        feeds.revoke(FeedKind.PARTICIPANT, participantId);
        return ResponseEntity.noContent().build();
    }
}
