package nl.koploper.notification.config;

import java.time.Duration;
import java.time.Period;
import nl.koploper.notification.delivery.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of notification-service, under {@code koploper.notification}. Where links in mail lead is not set here:
 * every link is a portal page under {@code koploper.public-base-url} ({@code PortalLinks}).
 *
 * @param fromAddress   the platform's sender address; every mail is From "gemeente sender name" &lt;this&gt;, so that
 *                      SPF/DKIM are the platform's to get right, not each gemeente's
 * @param defaultSender the sender name for a gemeente whose profile has not arrived (yet): mail never waits for it
 * @param certificateBaseUrl where cohort-service answers {@code /api/public/certificates/<code>/pdf}, the
 *                      certificate PDF attached to the certificate mail at sending time (service to service, so
 *                      not necessarily the public address), without a trailing slash
 * @param retention     how long the delivery log keeps a sent or failed mail
 */
@ConfigurationProperties("koploper.notification")
public record NotificationProperties(@DefaultValue("noreply@koploper.example") String fromAddress,
                                     @DefaultValue("Koploperproject") String defaultSender,
                                     @DefaultValue("http://localhost:8081") String certificateBaseUrl,
                                     @DefaultValue("P400D") Period retention,
                                     @DefaultValue Sending sending,
                                     @DefaultValue Retry retry,
                                     @DefaultValue Breaker circuitBreaker,
                                     @DefaultValue Unsubscribe unsubscribe,
                                     @DefaultValue AttachmentFetch attachmentFetch) {

    public NotificationProperties {
        certificateBaseUrl = withoutTrailingSlash(certificateBaseUrl);
    }

    private static String withoutTrailingSlash(String url) {
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    /**
     * Fetching an attachment at sending time, on a sender's worker while the mail is claimed: so bounded well within
     * the sending lease.
     *
     * @param connectTimeout how long to wait for the connection
     * @param readTimeout    how long the whole answer (headers and body) may take
     * @param maxSize        a larger answer is not attached (the mail waits and retries)
     */
    public record AttachmentFetch(@DefaultValue("3s") Duration connectTimeout,
                                  @DefaultValue("15s") Duration readTimeout,
                                  @DefaultValue("5MB") DataSize maxSize) {
    }

    /**
     * @param interval    longest pause between two passes of the sender over the gemeenten with mail due (queuing
     *                    a mail wakes it at once)
     * @param fullScanInterval pause between two passes over every gemeente with mail, due or not (and the first pass
     *                    after start-up): the safety net for a due moment that was never recorded
     * @param parallelism SMTP conversations at once (the bounded pool)
     * @param batchSize   at most this many mails per pass, so one pass cannot run for ever
     * @param lease       how long a claim on a SENDING mail holds; must outlast one SMTP conversation with its
     *                    timeouts (spring.mail.properties.mail.smtp.*timeout), after which another replica takes over
     */
    public record Sending(@DefaultValue("true") boolean enabled,
                          @DefaultValue("2s") Duration interval,
                          @DefaultValue("10m") Duration fullScanInterval,
                          @DefaultValue("4") int parallelism,
                          @DefaultValue("200") int batchSize,
                          @DefaultValue("5m") Duration lease) {
    }

    /** The back-off of failed sends; the defaults are {@link RetryPolicy#DEFAULT}. */
    public record Retry(@DefaultValue("8") int maxAttempts,
                        @DefaultValue("30s") Duration initialDelay,
                        @DefaultValue("3.0") double multiplier,
                        @DefaultValue("1h") Duration maxDelay,
                        @DefaultValue("0.2") double jitter) {

        public RetryPolicy policy() {
            return new RetryPolicy(maxAttempts, initialDelay, multiplier, maxDelay, jitter);
        }
    }

    /**
     * The circuit breaker around SMTP: open when {@code failureRateThreshold} percent of the last
     * {@code slidingWindowSize} sends (at least {@code minimumNumberOfCalls}) failed; then no mail is claimed for
     * {@code openWait}, after which one probe decides.
     */
    public record Breaker(@DefaultValue("50") float failureRateThreshold,
                          @DefaultValue("20") int slidingWindowSize,
                          @DefaultValue("5") int minimumNumberOfCalls,
                          @DefaultValue("30s") Duration openWait) {
    }

    /** @param key the HMAC key of unsubscribe links, base64, at least 32 bytes; production sets its own secret */
    public record Unsubscribe(String key) {
    }
}
