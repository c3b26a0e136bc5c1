package nl.koploper.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;

/** The open paths are matched exactly as Spring Security's {@code pathMatchers(...)} matches them. */
class AnyPathTest {

    private final AnyPath anyPath = new AnyPath(GatewaySecurityFilter.OPEN_PATHS);
    private final ServerWebExchangeMatcher spring =
            ServerWebExchangeMatchers.pathMatchers(GatewaySecurityFilter.OPEN_PATHS);

    @ParameterizedTest
    @ValueSource(strings = {"/api/public/cohorts/x/register", "/api/public", "/api/publicity", "/api/cohorts",
            "/v3/api-docs", "/v3/api-docs/cohort", "/v3/api-docsx", "/swagger-ui.html", "/swagger-ui/index.html",
            "/webjars/swagger-ui/x.js", "/actuator/health", "/actuator/health/readiness", "/actuator/info",
            "/actuator/prometheus", "/actuator/env", "/actuator", "/", "/api/public/../admin", "/API/public/x",
            "/api/public/x/", "/actuator/health/"})
    void matchesAsSpringsPathMatchersDo(String path) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));

        assertThat(matches(exchange)).as(path).isEqualTo(spring.matches(exchange).block().isMatch());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/public/cohorts/x", "/actuator/health"})
    void anOpenPathMatches(String path) {
        assertThat(matches(MockServerWebExchange.from(MockServerHttpRequest.get(path)))).isTrue();
    }

    private boolean matches(ServerWebExchange exchange) {
        return anyPath.matches(exchange.getRequest().getPath().pathWithinApplication());
    }
}
