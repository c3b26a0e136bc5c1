package nl.koploper.footprint.config;

import nl.koploper.footprint.calculation.FootprintCalculator;
import nl.koploper.footprint.factors.EmissionFactorCatalog;
import nl.koploper.footprint.reduction.ReductionEstimator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calculation core as beans: the shipped factor lists, the (stateless) calculator and the reduction estimator. */
@Configuration(proxyBeanMethods = false)
class FootprintConfiguration {

    /** Read once at start-up; an invalid file stops the service rather than computing with half a list. */
    @Bean
    EmissionFactorCatalog emissionFactorCatalog() {
        return EmissionFactorCatalog.bundled();
    }

    @Bean
    FootprintCalculator footprintCalculator() {
        return new FootprintCalculator();
    }

    @Bean
    ReductionEstimator reductionEstimator(FootprintCalculator calculator) {
        return new ReductionEstimator(calculator);
    }
}
