package nl.koploper.notification.delivery;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What operations watch of the sending side, as Micrometer gauges:
 * <ul>
 *   <li>{@code koploper.notification.smtp.circuit.state{state=closed|open|half_open|…}}: 1 for the breaker's current
 *       state, 0 for the others (an alert on {@code state=open});</li>
 *   <li>{@code koploper.notification.mails{status=pending|retry_scheduled|sending|failed}}: open and failed mails
 *       summed over every gemeente with mail.</li>
 * </ul>
 * The counts take one query per gemeente and status, so they are refreshed on a schedule rather than on every
 * scrape: the open ones every {@code koploper.notification.metrics-interval} (30 s) in the gemeenten with mail waiting,
 * the failed ones every {@code koploper.notification.failed-metrics-interval} (10 min) in every gemeente.
 */
@Component
public class DeliveryMetrics {

    static final String CIRCUIT_STATE = "koploper.notification.smtp.circuit.state";
    static final String MAILS = "koploper.notification.mails";
    static final List<DeliveryStatus> OPEN = List.of(DeliveryStatus.PENDING, DeliveryStatus.RETRY_SCHEDULED,
            DeliveryStatus.SENDING);
    static final List<DeliveryStatus> COUNTED = List.of(DeliveryStatus.PENDING, DeliveryStatus.RETRY_SCHEDULED,
            DeliveryStatus.SENDING, DeliveryStatus.FAILED);

    private static final Logger log = LoggerFactory.getLogger(DeliveryMetrics.class);

    private final PendingMails mails;
    private final MailGemeenten mailGemeenten;
    private final Map<DeliveryStatus, AtomicLong> counts = new EnumMap<>(DeliveryStatus.class);

    DeliveryMetrics(ObjectProvider<MeterRegistry> meters, CircuitBreaker smtpCircuitBreaker, PendingMails mails,
                    MailGemeenten mailGemeenten) {
        this.mails = mails;
        this.mailGemeenten = mailGemeenten;
        MeterRegistry registry = meters.getIfAvailable(() -> Metrics.globalRegistry);
        for (CircuitBreaker.State state : CircuitBreaker.State.values()) {
            Gauge.builder(CIRCUIT_STATE, smtpCircuitBreaker, breaker -> breaker.getState() == state ? 1 : 0)
                    .tag("name", smtpCircuitBreaker.getName())
                    .tag("state", state.name().toLowerCase(Locale.ROOT))
                    .description("1 for the SMTP circuit breaker's current state, 0 for the others")
                    .register(registry);
        }
        for (DeliveryStatus status : COUNTED) {
            AtomicLong count = new AtomicLong();
            counts.put(status, count);
            Gauge.builder(MAILS, count, AtomicLong::get)
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .description("Mails in this status, summed over every gemeente (refreshed on a schedule)")
                    .register(registry);
        }
    }

    /**
     * Counts the open mails again (PENDING, RETRY_SCHEDULED, SENDING), in the gemeenten that have mail waiting (a
     * {@code nextDue} in {@link MailGemeenten}: the others have none); the gauges show the last complete count.
     * Synchronized: a count that started earlier cannot overwrite a later one.
     *
     * @return the totals now shown, or the previous ones when counting failed
     */
    @Scheduled(fixedDelayString = "${koploper.notification.metrics-interval:30s}")
    public synchronized Map<DeliveryStatus, Long> refresh() {
        return recount(OPEN, mailGemeenten.withMailWaiting());
    }

    /**
     * Counts the FAILED mails again, in every gemeente with mail; less often than the open ones, as they change only
     * when a mail fails for good, is sent again by a coordinator, or is deleted after the retention period.
     *
     * @return the total now shown, or the previous one when counting failed
     */
    @Scheduled(fixedDelayString = "${koploper.notification.failed-metrics-interval:10m}")
    public synchronized long refreshFailed() {
        return recount(List.of(DeliveryStatus.FAILED), mailGemeenten.all()).get(DeliveryStatus.FAILED);
    }

    private Map<DeliveryStatus, Long> recount(List<DeliveryStatus> statuses, List<TenantId> gemeenten) {
        Map<DeliveryStatus, Long> total = new EnumMap<>(DeliveryStatus.class);
        statuses.forEach(status -> total.put(status, 0L));
        try {
            for (TenantId gemeente : gemeenten) {
                countIn(gemeente, statuses).forEach((status, count) -> total.merge(status, count, Long::sum));
            }
        } catch (RuntimeException e) {
            // A failed count keeps the last one: a gauge dropping to zero would look like an empty queue.
            log.warn("Could not count the mails for the delivery metrics: {}", e.toString());
            Map<DeliveryStatus, Long> shown = new EnumMap<>(DeliveryStatus.class);
            statuses.forEach(status -> shown.put(status, counts.get(status).get()));
            return shown;
        }
        total.forEach((status, count) -> counts.get(status).set(count));
        return total;
    }

    /** One gemeente's mails per status. */
    Map<DeliveryStatus, Long> countIn(TenantId gemeente, List<DeliveryStatus> statuses) {
        return TenantContext.callAs(gemeente, () -> {
            Map<DeliveryStatus, Long> byStatus = new EnumMap<>(DeliveryStatus.class);
            statuses.forEach(status -> byStatus.put(status, mails.count(status, null)));
            return byStatus;
        });
    }
}
