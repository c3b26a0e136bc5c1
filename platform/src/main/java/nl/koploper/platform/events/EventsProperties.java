package nl.koploper.platform.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of the event machinery, under {@code koploper.events}. */
@ConfigurationProperties("koploper.events")
public record EventsProperties(@DefaultValue Relay relay, @DefaultValue Retry retry) {

    /**
     * @param enabled       whether the outbox relay runs in this process (it is safe to run in every replica)
     * @param interval      pause between two passes over the places saves marked as holding pending events: the
     *                      safety net for another replica's saves, as a save wakes its own process's relay at once
     *                      (see {@link OutboxRelay})
     * @param fullScanInterval pause between two passes over every collection of every tenant database (and the first
     *                      pass after start-up): the safety net for a process that died between a save and its mark
     * @param leaseDuration how long a relay owns an aggregate's pending events; renewed before each run of events
     *                      sent together (one topic), and must
     *                      outlast the producer's {@code delivery.timeout.ms} (60 s by default here) so that a send
     *                      still in flight can never overlap another replica's
     * @param batchSize     at most this many aggregates per collection and tenant in one pass
     */
    public record Relay(@DefaultValue("true") boolean enabled,
                        @DefaultValue("1s") Duration interval,
                        @DefaultValue("10m") Duration fullScanInterval,
                        @DefaultValue("2m") Duration leaseDuration,
                        @DefaultValue("100") int batchSize) {
    }

    /** Retries of a failing consumed message before it goes to the dead-letter topic (exponential back-off). */
    public record Retry(@DefaultValue("3") int maxRetries,
                        @DefaultValue("1s") Duration initialInterval,
                        @DefaultValue("2.0") double multiplier,
                        @DefaultValue("30s") Duration maxInterval) {
    }
}
