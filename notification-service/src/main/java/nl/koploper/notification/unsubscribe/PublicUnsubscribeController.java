package nl.koploper.notification.unsubscribe;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.koploper.notification.gemeente.GemeenteSenders;
import nl.koploper.notification.unsubscribe.UnsubscribeTokens.UnsubscribeClaims;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.ProblemTexts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public API behind the unsubscribe link of non-essential mail (the mailed link is the portal's page
 * {@code <public-base-url>/afmelden?token=<token>}, which calls this with the same token): no login, so the gemeente
 * and the recipient come from the verified token alone. GET shows the state (mail scanners fetch links, so a GET must
 * change nothing); POST unsubscribes.
 */
@RestController
@RequestMapping(PublicUnsubscribeController.PATH)
class PublicUnsubscribeController {

    static final String PATH = "/api/public/notifications/unsubscribe";

    private final UnsubscribeTokens tokens;
    private final Unsubscriptions unsubscriptions;
    private final GemeenteSenders gemeenten;
    private final ProblemTexts texts;

    PublicUnsubscribeController(UnsubscribeTokens tokens, Unsubscriptions unsubscriptions, GemeenteSenders gemeenten,
                                ProblemTexts texts) {
        this.texts = texts;
        this.tokens = tokens;
        this.unsubscriptions = unsubscriptions;
        this.gemeenten = gemeenten;
    }

    @Operation(summary = "Show whether the recipient of an unsubscribe link still gets the gemeente's reminders (no "
            + "login)", description = "Changes nothing: mail scanners fetch links.")
    @ApiResponse(responseCode = "200", description = "The gemeente's name and whether the recipient is unsubscribed")
    @ApiResponse(responseCode = "401", description = "No token, or one that is not valid (changed, cut, not ours)")
    @GetMapping
    UnsubscribeView show(@Parameter(description = "The token of the mailed link")
                         @RequestParam(required = false) String token) {
        UnsubscribeClaims claims = tokens.verify(token);
        return TenantContext.callAs(claims.gemeente(), () -> view(claims));
    }

    @Operation(summary = "Unsubscribe the link's recipient from the gemeente's reminders (no login)",
            description = "Idempotent. Essential mail (invitations, confirmations) still goes.")
    @ApiResponse(responseCode = "200", description = "Unsubscribed; the body shows the new state")
    @ApiResponse(responseCode = "401", description = "No token, or one that is not valid (changed, cut, not ours)")
    @PostMapping
    UnsubscribeView unsubscribe(@Parameter(description = "The token of the mailed link")
                                @RequestParam(required = false) String token) {
        UnsubscribeClaims claims = tokens.verify(token);
        return TenantContext.callAs(claims.gemeente(), () -> {
            unsubscriptions.unsubscribe(claims.recipientHash());
            return view(claims);
        });
    }

    private UnsubscribeView view(UnsubscribeClaims claims) {
        return new UnsubscribeView(gemeenten.senderOf(claims.gemeente()).branding().name(),
                unsubscriptions.isUnsubscribedHash(claims.recipientHash()));
    }

    @ExceptionHandler(InvalidUnsubscribeToken.class)
    ProblemDetail invalid(InvalidUnsubscribeToken ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                texts.text("unsubscribe.invalid", ex.getMessage()));
        problem.setTitle(texts.text("title.unsubscribe.invalid", "Invalid unsubscribe link"));
        return problem;
    }

    /** @param unsubscribed whether reminders of this gemeente no longer go to this recipient */
    record UnsubscribeView(String gemeente, boolean unsubscribed) {
    }
}
