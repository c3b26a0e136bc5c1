package nl.koploper.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.Map;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A service that is down and one that is slow. Its own context: the notification route points at a port where
 * nothing listens, and the events route has a short response timeout. The 503 for a refused connection and the 504
 * for a response timeout both come from the route's circuit-breaker fallback, which tells the two apart by the
 * exception the breaker saw.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "koploper.gateway.fallback.retry-after=7s",
        "koploper.gateway.timeouts.connect=" + DownstreamFailureIT.CONNECT_TIMEOUT_MS,
        "koploper.gateway.timeouts.response.events=" + DownstreamFailureIT.EVENTS_RESPONSE_TIMEOUT_MS,
        "resilience4j.circuitbreaker.instances.notification.minimum-number-of-calls=3",
        "resilience4j.circuitbreaker.instances.notification.sliding-window-size=3"
})
class DownstreamFailureIT extends GatewayTestSupport {

    static final int CONNECT_TIMEOUT_MS = 1000;
    static final int EVENTS_RESPONSE_TIMEOUT_MS = 3000;
    /** Headroom for a loaded two-core machine; the bound is on behaviour (an answer arrives), not on speed. */
    private static final Duration MARGIN = Duration.ofSeconds(5);

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @DynamicPropertySource
    static void failingServices(DynamicPropertyRegistry registry) {
        registerInfrastructure(registry, Map.of("notification", "http://127.0.0.1:" + DownstreamStub.closedPort()));
    }

    private WebTestClient boundedBy(Duration routeTimeout) {
        return client().mutate().responseTimeout(routeTimeout.plus(MARGIN)).build();
    }

    private static String bearer() {
        return "Bearer " + TestTokens.token(freshTenant(), "coordinator");
    }

    @Test
    void serviceDownIsServiceUnavailableProblemWithinTheConnectTimeout() {
        String path = unique("/api/notifications");
        boundedBy(Duration.ofMillis(CONNECT_TIMEOUT_MS)).get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer())
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "7")
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.title").isEqualTo("Dienst niet beschikbaar")
                .jsonPath("$.instance").isEqualTo(path)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("notification"));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theFallbacksLogLineCarriesTheRequestsTraceId(CapturedOutput output) {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e" + Integer.toHexString(0x1000 + (int) (Math.random() * 0xe000));
        String path = unique("/api/notifications");
        boundedBy(Duration.ofMillis(CONNECT_TIMEOUT_MS)).get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer())
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isEqualTo(503);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut().lines()
                .filter(line -> line.contains("Fallback for the notification service on " + path)))
                .singleElement().asString().contains("\"traceId\":\"" + traceId + "\""));
    }

    @Test
    void thePublicUnsubscribeRouteIsBehindTheNotificationBreaker() {
        String path = unique("/api/public/notifications/unsubscribe");
        boundedBy(Duration.ofMillis(CONNECT_TIMEOUT_MS)).post().uri(path + "?token=signed.token")
                .header("X-Forwarded-For", freshClientAddress())
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "7")
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.instance").isEqualTo(path)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("notification"));
    }

    @Test
    void repeatedFailuresOpenTheServicesCircuitAndItKeepsAnswering503() {
        for (int i = 0; i < 4; i++) {
            boundedBy(Duration.ofMillis(CONNECT_TIMEOUT_MS)).get().uri(unique("/api/notifications"))
                    .header(HttpHeaders.AUTHORIZATION, bearer())
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(circuitBreakers.circuitBreaker("notification").getState()).isEqualTo(CircuitBreaker.State.OPEN));
        assertThat(circuitBreakers.circuitBreaker("cohort").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void serviceSlowerThanTheRouteResponseTimeoutIsGatewayTimeoutProblem() {
        String path = unique("/api/meetings");

        boundedBy(Duration.ofMillis(EVENTS_RESPONSE_TIMEOUT_MS)).get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer())
                .header(DownstreamStub.DELAY_HEADER, "60000")
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Dienst antwoordt niet op tijd")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("events"));

        assertThat(service("events").receivedOn(path)).as("the request did reach the slow service").hasSize(1);
    }

    @Test
    void serviceSlowerThanTheTimeLimiterDefaultButWithinTheRouteTimeoutIsServed() {
        // 1.5 s: beyond Resilience4j's default 1 s TimeLimiter, within the route's 3 s response timeout.
        boundedBy(Duration.ofMillis(EVENTS_RESPONSE_TIMEOUT_MS)).get().uri(unique("/api/meetings"))
                .header(HttpHeaders.AUTHORIZATION, bearer())
                .header(DownstreamStub.DELAY_HEADER, "1500")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("events");
    }
}
