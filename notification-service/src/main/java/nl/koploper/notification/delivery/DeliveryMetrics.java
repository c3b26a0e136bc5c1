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
 * The counts take one query per gemeente and status, so they are refreshed on a schedule
 * ({@code koploper.notification.metrics-interval}, 30 s) rather than on every scrape.
 */
@Component
public class DeliveryMetrics {

    static final String CIRCUIT_STATE = "koploper.notification.smtp.circuit.state";
    static final String MAILS = "koploper.notification.mails";
    static final List<DeliveryStatus> COUNTED = List.of(DeliveryStatus.PENDING, DeliveryStatus.RETRY_SCHEDULED,
            DeliveryStatus.SENDING, DeliveryStatus.FAILED);

    private static final Logger log = LoggerFactory.getLogger(DeliveryMetrics.class);

    private final PendingMails mails;
    private final MailTenants tenants;
    private final Map<DeliveryStatus, AtomicLong> counts = new EnumMap<>(DeliveryStatus.class);

    DeliveryMetrics(ObjectProvider<MeterRegistry> meters, CircuitBreaker smtpCircuitBreaker, PendingMails mails,
                    MailTenants tenants) {
        this.mails = mails;
        this.tenants = tenants;
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
     * Counts the mails again; the gauges show the last complete count. Synchronized: a count that started earlier
     * cannot overwrite a later one.
     *
     * @return the totals now shown, or the previous ones when counting failed
     */
    @Scheduled(fixedDelayString = "${koploper.notification.metrics-interval:30s}")
    public synchronized Map<DeliveryStatus, Long> refresh() {
        Map<DeliveryStatus, Long> total = new EnumMap<>(DeliveryStatus.class);
        COUNTED.forEach(status -> total.put(status, 0L));
        try {
            for (TenantId tenant : tenants.all()) {
                countIn(tenant).forEach((status, count) -> total.merge(status, count, Long::sum));
            }
        } catch (RuntimeException e) {
            // A failed count keeps the last one: a gauge dropping to zero would look like an empty queue.
            log.warn("Could not count the mails for the delivery metrics: {}", e.toString());
            Map<DeliveryStatus, Long> shown = new EnumMap<>(DeliveryStatus.class);
            counts.forEach((status, count) -> shown.put(status, count.get()));
            return shown;
        }
        total.forEach((status, count) -> counts.get(status).set(count));
        return total;
    }

    /** One gemeente's mails per counted status. */
    Map<DeliveryStatus, Long> countIn(TenantId tenant) {
        return TenantContext.callAs(tenant, () -> {
            Map<DeliveryStatus, Long> byStatus = new EnumMap<>(DeliveryStatus.class);
            COUNTED.forEach(status -> byStatus.put(status, mails.count(status, null)));
            return byStatus;
        });
    }
}
