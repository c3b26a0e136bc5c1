package nl.koploper.test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock an integration test may set to the moment it needs (the day before a meeting, the day after a due date) and
 * {@link #reset} afterwards; until then it is the real time. A service declares it as its {@code @Primary} clock in a
 * test configuration, so every IT class shares one context and no test sleeps to let time pass. Thread-safe: scheduled
 * jobs and web requests read it on other threads.
 */
public final class SettableClock extends Clock {

    private volatile Instant fixed;

    public void set(Instant instant) {
        this.fixed = instant;
    }

    public void reset() {
        this.fixed = null;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now == null ? Instant.now() : now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The services work in UTC instants");
    }
}
