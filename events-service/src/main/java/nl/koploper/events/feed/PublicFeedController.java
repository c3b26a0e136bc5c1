package nl.koploper.events.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.koploper.platform.web.ProblemTexts;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar feeds themselves, for calendar applications, which cannot send a bearer token: the signed token in
 * the address names gemeente, feed and generation, and is all the authentication there is. Under
 * {@code /api/public/**} like every endpoint without a login (so the gateway rate-limits it); a tampered token is a
 * 401, a revoked one a 410, a genuine one for a feed its gemeente does not have a 404, all problem+json.
 */
@RestController
@RequestMapping(FeedService.PUBLIC_PATH)
class PublicFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final FeedService feeds;
    private final ProblemTexts texts;

    PublicFeedController(FeedService feeds, ProblemTexts texts) {
        this.feeds = feeds;
        this.texts = texts;
    }

    @Operation(summary = "Serve a cohort's calendar feed to a calendar application (signed address, no login)")
    @ApiResponse(responseCode = "200", description = "The feed (iCalendar)",
            content = @Content(mediaType = "text/calendar"))
    @ApiResponse(responseCode = "401", description = "The token is missing, forged, changed or for another feed")
    @ApiResponse(responseCode = "403", description = "The token's gemeente is deactivated (type "
            + ".../gemeente-deactivated)")
    @ApiResponse(responseCode = "410", description = "The address was revoked; ask for the new one in Koploper")
    @GetMapping("/cohorts/{cohortId}.ics")
    ResponseEntity<String> cohort(@PathVariable String cohortId, @RequestParam(required = false) String token) {
        return calendar(feeds.feed(FeedKind.COHORT, cohortId, token));
    }

    @Operation(summary = "Serve a participant's calendar feed to a calendar application (signed address, no login)")
    @ApiResponse(responseCode = "200", description = "The feed (iCalendar)",
            content = @Content(mediaType = "text/calendar"))
    @ApiResponse(responseCode = "401", description = "The token is missing, forged, changed or for another feed")
    @ApiResponse(responseCode = "403", description = "The token's gemeente is deactivated (type "
            + ".../gemeente-deactivated)")
    @ApiResponse(responseCode = "410", description = "The address was revoked; ask for the new one in Koploper")
    @GetMapping("/participants/{participantId}.ics")
    ResponseEntity<String> participant(@PathVariable String participantId,
                                       @RequestParam(required = false) String token) {
        return calendar(feeds.feed(FeedKind.PARTICIPANT, participantId, token));
    }

    @ExceptionHandler(InvalidFeedToken.class)
    ProblemDetail invalid(InvalidFeedToken ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                texts.text("feed.invalid", ex.getMessage()));
        problem.setTitle(texts.text("title.feed.invalid", "Invalid calendar feed address"));
        return problem;
    }

    @ExceptionHandler(RevokedFeedToken.class)
    ProblemDetail revoked(RevokedFeedToken ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
                texts.text("feed.revoked", ex.getMessage()));
        problem.setTitle(texts.text("title.feed.revoked", "Calendar feed address revoked"));
        return problem;
    }

    // The feed is personal (one participant's meetings, or a cohort's): no shared caches.
    private static ResponseEntity<String> calendar(String body) {
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).header("Cache-Control", "private, no-store")
                .body(body);
    }
}
