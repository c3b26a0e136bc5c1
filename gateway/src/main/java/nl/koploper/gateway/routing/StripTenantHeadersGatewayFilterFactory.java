package nl.koploper.gateway.routing;

import java.util.List;
import java.util.Locale;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code StripTenantHeaders}: removes every request header whose name contains "tenant" (any case, any spelling:
 * X-Tenant, X-Tenant-Id, koploper_tenant, ...). The tenant comes only from the verified token, so nothing a client
 * claims about it may reach a service. Used as a default filter on every route.
 */
@Component
public class StripTenantHeadersGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    public StripTenantHeadersGatewayFilterFactory() {
        super(Object.class);
    }

    @Override
    public GatewayFilter apply(Object config) {
        return (exchange, chain) -> chain.filter(strip(exchange));
    }

    static ServerWebExchange strip(ServerWebExchange exchange) {
        List<String> tenantHeaders = exchange.getRequest().getHeaders().headerNames().stream()
                .filter(StripTenantHeadersGatewayFilterFactory::isTenantHeader)
                .toList();
        if (tenantHeaders.isEmpty()) {
            return exchange;
        }
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> tenantHeaders.forEach(headers::remove))
                .build();
        return exchange.mutate().request(request).build();
    }

    static boolean isTenantHeader(String name) {
        return name.toLowerCase(Locale.ROOT).contains("tenant");
    }

    @Override
    public String name() {
        return "StripTenantHeaders";
    }
}
