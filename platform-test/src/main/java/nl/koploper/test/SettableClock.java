package nl.koploper.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test sets or moves to the moment it needs (the day before a meeting, the day after a due date, past a
 * back-off). Two uses: an integration test declares {@code new SettableClock()} as the service's {@code @Primary}
 * clock in a test configuration, so every IT class shares one context; it reads the real time until a test
 * {@link #set sets} it, and {@link #reset} makes it real again. A unit test starts it {@link #at a fixed instant} and
 * {@link #advance advances} it by hand. Either way no test sleeps to let time pass. Thread-safe: scheduled jobs and web
 * requests read it on other threads.
 */
public final class SettableClock extends Clock {

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    /** The real time until a test sets it. */
    public SettableClock() {
    }

    /** Stands still at {@code start} until moved. */
    public static SettableClock at(Instant start) {
        SettableClock clock = new SettableClock();
        clock.set(start);
        return clock;
    }

    public void set(Instant instant) {
        fixed.set(instant);
    }

    /** Moves the clock on from where it reads now, and keeps it there. */
    public void advance(Duration duration) {
        fixed.updateAndGet(now -> (now == null ? Instant.now() : now).plus(duration));
    }

    public void reset() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant now = fixed.get();
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
