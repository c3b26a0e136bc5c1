package nl.koploper.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import nl.koploper.test.SettableClock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ClockAutoConfigurationTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ClockAutoConfiguration.class));

    @Test
    void withoutAClockOfItsOwnAServiceRunsOnUtcSystemTime() {
        context.run(started -> assertThat(started.getBean(Clock.class).getZone()).isEqualTo(ZoneOffset.UTC));
    }

    @Test
    void aClockTheApplicationDeclaresReplacesIt() {
        SettableClock settable = new SettableClock();
        context.withBean(Clock.class, () -> settable)
                .run(started -> assertThat(started.getBean(Clock.class)).isSameAs(settable));
    }
}
