package nl.koploper.gateway;

import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway as it runs, in front of five healthy services. Every IT class that extends this and adds no
 * properties shares this one context. Rate limits are low here so a burst is quick to provoke.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "koploper.gateway.rate-limit.tenant.requests-per-second=1",
        "koploper.gateway.rate-limit.tenant.burst=5",
        "koploper.gateway.rate-limit.public.requests-per-second=1",
        "koploper.gateway.rate-limit.public.burst=5",
        "koploper.gateway.rate-limit.trusted-proxy-hops=1",
        "koploper.gateway.cors.allowed-origins=" + AbstractGatewayIT.ALLOWED_ORIGIN
})
abstract class AbstractGatewayIT extends GatewayTestSupport {

    static final String ALLOWED_ORIGIN = "https://app.koploper.example";

    @DynamicPropertySource
    static void healthyServices(DynamicPropertyRegistry registry) {
        registerInfrastructure(registry, Map.of());
    }
}
