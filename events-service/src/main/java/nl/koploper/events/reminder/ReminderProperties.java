package nl.koploper.events.reminder;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reminder and held-marking job.
 *
 * @param lead      how long before a meeting's start its reminder goes out, default 24 hours
 * @param interval  the pause between two runs of the job in one replica, default 5 minutes
 * @param lease     how long a replica may hold one meeting before another may take it over, default 2 minutes
 * @param batchSize how many due meetings of each kind one run handles at most, default 200
 * @param enabled   whether this replica runs the job on its schedule at all, default true
 */
@ConfigurationProperties("koploper.events.reminders")
public record ReminderProperties(Duration lead, Duration interval, Duration lease, Integer batchSize,
                                 Boolean enabled) {

    public ReminderProperties {
        lead = lead == null ? Duration.ofHours(24) : lead;
        interval = interval == null ? Duration.ofMinutes(5) : interval;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        batchSize = batchSize == null ? 200 : batchSize;
        enabled = enabled == null || enabled;
        if (lead.isNegative() || lead.isZero() || lease.isNegative() || lease.isZero() || batchSize < 1) {
            throw new IllegalStateException("koploper.events.reminders: lead and lease must be positive and "
                    + "batch-size at least 1");
        }
    }
}
