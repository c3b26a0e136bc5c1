package nl.koploper.events.feed;

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

    @GetMapping("/cohorts/{cohortId}")
    @PreAuthorize("hasRole('coordinator')")
    FeedView cohort(@PathVariable String cohortId) {
        return feeds.address(FeedKind.COHORT, cohortId);
    }

    @DeleteMapping("/cohorts/{cohortId}")
    @PreAuthorize("hasRole('coordinator')")
    ResponseEntity<Void> revokeCohort(@PathVariable String cohortId) {
        feeds.revoke(FeedKind.COHORT, cohortId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/participants/{participantId}")
    @PreAuthorize("hasAnyRole('coordinator', 'participant')")
    FeedView participant(@PathVariable String participantId) {
        return feeds.address(FeedKind.PARTICIPANT, participantId);
    }

    @DeleteMapping("/participants/{participantId}")
    @PreAuthorize("hasAnyRole('coordinator', 'participant')")
    ResponseEntity<Void> revokeParticipant(@PathVariable String participantId) {
        feeds.revoke(FeedKind.PARTICIPANT, participantId);
        return ResponseEntity.noContent().build();
    }
}
