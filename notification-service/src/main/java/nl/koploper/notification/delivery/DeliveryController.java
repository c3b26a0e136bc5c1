package nl.koploper.notification.delivery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import nl.koploper.notification.template.MessageType;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.PageView;
import nl.koploper.platform.web.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The gemeente's delivery log, for its coordinators (and a platform-admin naming the gemeente with ?tenant=). */
@RestController
@Validated
@RequestMapping("/api/notifications/deliveries")
@PreAuthorize("hasAnyRole('coordinator', 'platform-admin')")
class DeliveryController {

    private final PendingMails mails;
    private final MailGemeenten mailGemeenten;
    private final Clock clock;

    DeliveryController(PendingMails mails, MailGemeenten mailGemeenten, Clock clock) {
        this.mails = mails;
        this.mailGemeenten = mailGemeenten;
        this.clock = clock;
    }

    @Operation(summary = "List the gemeente's mail deliveries, newest first, by status and type (coordinator)",
            description = "A platform-admin names the gemeente with `?tenant=<slug>` (a 400 without it).")
    @GetMapping
    PageView<DeliveryView> list(@RequestParam(required = false) DeliveryStatus status,
                                @RequestParam(required = false) MessageType type,
                                @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageView.of(mails.page(status, type, page, size).stream().map(DeliveryView::of).toList(), page, size,
                mails.count(status, type));
    }

    @Operation(summary = "Read one delivery of the gemeente's mail log: recipient, type, status, attempts, last error")
    @GetMapping("/{id}")
    DeliveryView get(@PathVariable String id) {
        return DeliveryView.of(find(id));
    }

    /** Another go for a FAILED mail, with a fresh set of attempts; anything else is a 409. */
    @Operation(summary = "Send a FAILED mail again, with a fresh set of attempts (coordinator)",
            description = "It goes back to PENDING, due at once; its last error stays until the next attempt.")
    @ApiResponse(responseCode = "200", description = "Queued again; the body is the delivery as it is now")
    @ApiResponse(responseCode = "409", description = "rule retry-only-failed: the mail is not FAILED (any more), or "
            + "changed at the same moment")
    @PostMapping("/{id}/retry")
    DeliveryView retry(@PathVariable String id) {
        PendingMail mail = find(id);
        if (mail.status() != DeliveryStatus.FAILED) {
            throw new RuleViolationException("retry-only-failed",
                    "Only a FAILED mail can be retried; this one is " + mail.status());
        }
        mail.retryByCoordinator(clock);
        if (!mails.save(mail)) {
            throw new RuleViolationException("retry-only-failed", "The mail changed meanwhile; reload and try again");
        }
        mailGemeenten.register(TenantContext.require());
        mails.queued(TenantContext.require(), mail.id());
        return DeliveryView.of(mail);
    }

    private PendingMail find(String id) {
        return mails.find(id).orElseThrow(() -> new NotFoundException("Delivery", id));
    }
}
