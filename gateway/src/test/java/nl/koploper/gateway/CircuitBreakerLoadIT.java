package nl.koploper.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The breakers under load: many calls at once to a healthy service are all passed through (nothing in the gateway
 * refuses them or counts them as failures), while a service that really fails still opens its breaker. Its own
 * context: the assessment route points at a healthy but slightly slow server, the footprint route at a server that
 * drops every connection without answering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // One gemeente sends all the concurrent requests below. Its bucket is sized to let every one of them through,
        // so that any refusal this test sees comes from the breaker path, not from the rate limiter (whose own
        // behaviour RateLimitIT covers).
        "koploper.gateway.rate-limit.tenant.requests-per-second=1000",
        "koploper.gateway.rate-limit.tenant.burst=" + CircuitBreakerLoadIT.CONCURRENT_REQUESTS,
        "resilience4j.circuitbreaker.instances.footprint.minimum-number-of-calls=" + CircuitBreakerLoadIT.FOOTPRINT_WINDOW,
        "resilience4j.circuitbreaker.instances.footprint.sliding-window-size=" + CircuitBreakerLoadIT.FOOTPRINT_WINDOW
})
class CircuitBreakerLoadIT extends GatewayTestSupport {

    static final int CONCURRENT_REQUESTS = 200;
    static final int FOOTPRINT_WINDOW = 4;
    /** Above the 25 concurrent calls a default Resilience4j bulkhead lets through per breaker. */
    private static final int HELD_AT_ONCE = 50;
    private static final long BACKEND_DELAY_MS = 80;

    private static final LoadBackend HEALTHY = LoadBackend.healthy(BACKEND_DELAY_MS, HELD_AT_ONCE);
    private static final LoadBackend BROKEN = LoadBackend.broken();

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registerInfrastructure(registry, Map.of("assessment", HEALTHY.uri(), "footprint", BROKEN.uri()));
    }

    @AfterAll
    static void stopBackends() {
        HEALTHY.stop();
        BROKEN.stop();
    }

    @Test
    void manyConcurrentCallsToAHealthyServiceAreAllAnsweredByTheService() throws Exception {
        String bearer = "Bearer " + TestTokens.token(freshTenant(), "coordinator");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, CONCURRENT_REQUESTS)
                .mapToObj(i -> HttpRequest.newBuilder(URI.create("http://localhost:" + port + unique("/api/assessments")))
                        .header(HttpHeaders.AUTHORIZATION, bearer)
                        .GET().build())
                .map(request -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .toList();
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        List<HttpResponse<String>> responses = calls.stream().map(CompletableFuture::join).toList();

        Map<Integer, Long> statuses = responses.stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertThat(statuses).as("status -> count").containsExactly(Map.entry(200, (long) CONCURRENT_REQUESTS));
        assertThat(responses).allSatisfy(response -> assertThat(response.body()).isEqualTo(LoadBackend.BODY));
        assertThat(HEALTHY.received()).isEqualTo(CONCURRENT_REQUESTS);
        assertThat(HEALTHY.peakInFlight()).as("calls the gateway had open to the service at once")
                .isGreaterThanOrEqualTo(HELD_AT_ONCE);
        CircuitBreaker breaker = circuitBreakers.circuitBreaker("assessment");
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void aServiceThatDropsEveryConnectionOpensItsBreakerAndIsThenNoLongerCalled() {
        String bearer = "Bearer " + TestTokens.token(freshTenant(), "coordinator");
        for (int i = 0; i < FOOTPRINT_WINDOW; i++) {
            expectFallback(bearer);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(circuitBreakers.circuitBreaker("footprint").getState()).isEqualTo(CircuitBreaker.State.OPEN));
        int reachedBeforeOpen = BROKEN.received();
        assertThat(reachedBeforeOpen).as("the failures were real calls to the service")
                .isGreaterThanOrEqualTo(FOOTPRINT_WINDOW);

        for (int i = 0; i < 5; i++) {
            expectFallback(bearer);
        }

        assertThat(BROKEN.received()).as("an open breaker answers without calling the service")
                .isEqualTo(reachedBeforeOpen);
        assertThat(circuitBreakers.circuitBreaker("assessment").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aBulkheadRefusalIsNeverCountedAsAServiceFailure() {
        // A breaker with the gateway's own default settings, fed what a full bulkhead would raise, then what a
        // service that cannot be reached raises.
        CircuitBreaker probe = circuitBreakers.circuitBreaker("bulkhead-probe", "default");
        BulkheadFullException refusal = BulkheadFullException.createBulkheadFullException(Bulkhead.ofDefaults("probe"));

        for (int i = 0; i < 50; i++) {
            probe.onError(1, TimeUnit.MILLISECONDS, refusal);
        }
        assertThat(probe.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(probe.getMetrics().getNumberOfFailedCalls()).isZero();

        for (int i = 0; i < 50; i++) {
            probe.onError(1, TimeUnit.MILLISECONDS, new ConnectException("Connection refused"));
        }
        assertThat(probe.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    private void expectFallback(String bearer) {
        client().get().uri(unique("/api/footprints"))
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("footprint"));
    }
}
