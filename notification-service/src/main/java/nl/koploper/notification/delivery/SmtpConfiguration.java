package nl.koploper.notification.delivery;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Clock;
import nl.koploper.notification.config.NotificationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The circuit breaker around SMTP and the MIME builder, from {@code koploper.notification}. */
@Configuration(proxyBeanMethods = false)
class SmtpConfiguration {

    @Bean
    CircuitBreaker smtpCircuitBreaker(NotificationProperties properties) {
        NotificationProperties.Breaker settings = properties.circuitBreaker();
        return CircuitBreaker.of("smtp", CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRateThreshold())
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumNumberOfCalls())
                .waitDurationInOpenState(settings.openWait())
                .permittedNumberOfCallsInHalfOpenState(1)
                // Moves to half-open on its own, so the sender, which does not call while open, sees the probe time.
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                // A 5xx for one address is that address's problem, not a sign that SMTP is down.
                .recordException(failure -> !SmtpFailures.isPermanent(failure))
                .build());
    }

    @Bean
    MimeMails mimeMails(NotificationProperties properties, Clock clock) {
        return new MimeMails(properties.fromAddress(), clock);
    }
}
