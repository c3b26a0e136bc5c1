package nl.koploper.events;

import nl.koploper.test.SettableClock;
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
    SettableClock testClock() {
        return new SettableClock();
    }
}
