package nl.koploper.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service with two instances, as the local stack runs it with KOPLOPER_REPLICAS: the gateway spreads the calls of
 * that service's routes over both. Its own context: the events service is listed with two instances. (Every other IT
 * runs the Kubernetes shape: one URI per service.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoadBalancingIT extends GatewayTestSupport {

    /** Within the default burst of one gemeente's rate limit (40), so the limiter lets every call through. */
    private static final int CALLS = 10;

    private static final DownstreamStub FIRST = DownstreamStub.start("events");
    private static final DownstreamStub SECOND = DownstreamStub.start("events");

    @DynamicPropertySource
    static void twoEventsInstances(DynamicPropertyRegistry registry) {
        registerInfrastructure(registry, Map.of());
        registry.add("spring.cloud.discovery.client.simple.instances.events[0].uri", FIRST::uri);
        registry.add("spring.cloud.discovery.client.simple.instances.events[1].uri", SECOND::uri);
    }

    @AfterAll
    static void stopInstances() {
        FIRST.stop();
        SECOND.stop();
    }

    @Test
    void callsToAServiceWithTwoInstancesReachBoth() {
        String bearer = "Bearer " + TestTokens.token(freshTenant(), "coordinator");
        String path = unique("/api/meetings");

        for (int i = 0; i < CALLS; i++) {
            client().get().uri(path)
                    .header(HttpHeaders.AUTHORIZATION, bearer)
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.service").isEqualTo("events");
        }

        assertThat(FIRST.receivedOn(path)).isNotEmpty();
        assertThat(SECOND.receivedOn(path)).isNotEmpty();
        assertThat(FIRST.receivedOn(path).size() + SECOND.receivedOn(path).size()).isEqualTo(CALLS);
        assertThat(service("events").receivedOn(path)).as("the single instance the other contexts use").isEmpty();
    }
}
