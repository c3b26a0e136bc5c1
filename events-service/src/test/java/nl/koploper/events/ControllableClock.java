package nl.koploper.events;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The clock of the shared integration-test context: the real time, until a test sets it to the moment it needs (the
 * day before a meeting, just after its end); {@link #reset} afterwards. A plain {@code @Configuration} found by the
 * application's component scan, so every IT class gets the same context, and no test ever sleeps to let time pass.
 */
@Configuration(proxyBeanMethods = false)
public class ControllableClock {

    @Bean
    @Primary
    Settable testClock() {
        return new Settable();
    }

    /** A clock a test may set; thread-safe, since the scheduled job and the web requests read it on other threads. */
    public static final class Settable extends Clock {

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
            throw new UnsupportedOperationException("The service works in UTC instants");
        }
    }
}
