package nl.koploper.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

class StripTenantHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"X-Tenant", "x-tenant-id", "X-Koploper-Tenant", "Tenant", "koploper_tenant", "TENANT", "MultiTenantContext"})
    void anyHeaderNamingATenantIsATenantHeader(String name) {
        assertThat(StripTenantHeadersGatewayFilterFactory.isTenantHeader(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Authorization", "Content-Type", "X-Request-Id", "traceparent", "Idempotency-Key"})
    void ordinaryHeadersAreNot(String name) {
        assertThat(StripTenantHeadersGatewayFilterFactory.isTenantHeader(name)).isFalse();
    }

    @Test
    void stripsTenantHeadersAndKeepsTheRest() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/cohorts")
                .header("X-Tenant", "a")
                .header("x-tenant-id", "b")
                .header("koploper_tenant", "c")
                .header("Authorization", "Bearer t")
                .header("X-Request-Id", "42"));

        ServerWebExchange stripped = StripTenantHeadersGatewayFilterFactory.strip(exchange);

        assertThat(stripped.getRequest().getHeaders().headerNames())
                .containsExactlyInAnyOrder("Authorization", "X-Request-Id");
    }
}
