package nl.koploper.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.context.ApplicationContext;

/**
 * Work the libraries would put on every routed request for features the gateway does not use, kept off (each showed
 * in a profile under load; local/bench/results/2026-12-07-gateway-night.md).
 */
class RequestPathWiringIT extends AbstractGatewayIT {

    @Autowired
    ApplicationContext context;

    @Test
    void eachRequestFindsItsBreakerInAPlainRegistryNotThroughARefreshScopeProxy() {
        CircuitBreakerRegistry registry = context.getBean(CircuitBreakerRegistry.class);

        assertThat(AopUtils.isAopProxy(registry)).as("registry is a proxy: %s", registry.getClass()).isFalse();
        assertThat(registry.circuitBreaker("cohort").getName()).isEqualTo("cohort");
    }

    @Test
    void noGrpcHeaderFiltersRunOnRequestsOrAnswers() {
        assertThat(context.getBeansOfType(HttpHeadersFilter.class).values())
                .isNotEmpty()
                .noneMatch(filter -> filter.getClass().getSimpleName().startsWith("GRPC"));
    }
}
