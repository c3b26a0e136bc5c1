package nl.koploper.assessment.footprint;

import java.time.Clock;
import nl.koploper.contracts.footprint.FootprintCalculated;
import nl.koploper.platform.events.EventHandler;
import nl.koploper.platform.events.RejectedEventException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps each calculated footprint (the newest version per organisation-year) for the cases' baselines. */
@Configuration(proxyBeanMethods = false)
class FootprintEventHandlers {

    @Bean
    EventHandler<FootprintCalculated> keepFootprint(FootprintStore footprints, Clock clock) {
        return EventHandler.of(FootprintCalculated.class, event -> {
            FootprintCalculated footprint = event.payload();
            if (footprint.organisationId() == null || footprint.organisationId().isBlank()) {
                throw new RejectedEventException("A footprint without an organisation id cannot be attached");
            }
            footprints.keep(footprint, clock.instant());
        });
    }
}
