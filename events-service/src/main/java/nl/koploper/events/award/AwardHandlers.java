package nl.koploper.events.award;

import nl.koploper.contracts.cohort.AwardGranted;
import nl.koploper.platform.events.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AwardHandlers {

    /** The award is kept per cohort, not written into meetings: a symposium scheduled later shows it just the same. */
    @Bean
    EventHandler<AwardGranted> keepAward(CohortAwards awards) {
        return EventHandler.of(AwardGranted.class, awards::grant);
    }
}
