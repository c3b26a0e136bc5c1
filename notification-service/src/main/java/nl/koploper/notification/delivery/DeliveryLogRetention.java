package nl.koploper.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Period;
import nl.koploper.notification.config.NotificationProperties;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes sent and failed mails (log entry and stored body alike) older than {@code koploper.notification.retention}:
 * the log holds recipients' addresses, which it needs no longer than that. A scheduled delete rather than a TTL index,
 * which the test database ignores and which could not skip mails still open.
 */
@Component
public class DeliveryLogRetention {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLogRetention.class);

    private final MailGemeenten mailGemeenten;
    private final PendingMails mails;
    private final Period retention;
    private final Clock clock;

    DeliveryLogRetention(MailGemeenten mailGemeenten, PendingMails mails, NotificationProperties properties,
                         Clock clock) {
        this.mailGemeenten = mailGemeenten;
        this.mails = mails;
        this.retention = properties.retention();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${koploper.notification.retention-interval:1h}", initialDelayString = "1m")
    void scheduledPurge() {
        try {
            purge();
        } catch (RuntimeException e) {
            log.error("Delivery log clean-up failed; the next run tries again", e);
        }
    }

    /** @return how many entries were deleted, over every gemeente */
    public long purge() {
        Instant cutoff = clock.instant().atOffset(ZoneOffset.UTC).minus(retention).toInstant();
        long deleted = 0;
        for (TenantId gemeente : mailGemeenten.all()) {
            deleted += TenantContext.callAs(gemeente, () -> mails.purgeFinishedBefore(cutoff));
        }
        if (deleted > 0) {
            log.info("Deleted {} delivery log entries from before {}", deleted, cutoff);
        }
        return deleted;
    }
}
