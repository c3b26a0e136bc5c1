package nl.koploper.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Per-tenant (and, on public paths, per-client-address) token buckets; this context allows a burst of 5 and refills
 * 1 per second, so a quick series of 15 requests must run into the limit.
 */
class RateLimitIT extends AbstractGatewayIT {

    private static final int BURST = 5;
    private static final int ATTEMPTS = 15;

    @Test
    void burstOverTheLimitForOneTenantIsRefusedWhileAnotherTenantIsServed() {
        String tenantA = TestTokens.token(freshTenant(), "coordinator");
        String tenantB = TestTokens.token(freshTenant(), "coordinator");
        String path = unique("/api/meetings");

        List<EntityExchangeResult<String>> results = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            results.add(client().get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + tenantA)
                    .exchange().expectBody(String.class).returnResult());
        }

        assertThat(results.subList(0, BURST)).allSatisfy(r -> assertThat(r.getStatus().value()).isEqualTo(200));
        List<EntityExchangeResult<String>> refused = results.stream()
                .filter(r -> r.getStatus().value() == 429).toList();
        assertThat(refused).isNotEmpty();
        EntityExchangeResult<String> first = refused.get(0);
        assertThat(first.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Long.parseLong(first.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
        assertThat(first.getResponseBody()).contains("\"status\":429").contains("Te veel aanvragen");
        long served = results.stream().filter(r -> r.getStatus().value() == 200).count();
        assertThat(service("events").receivedOn(path)).as("refused requests never reach the service").hasSize((int) served);

        client().get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + tenantB)
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void usersOfOneTenantShareItsBucket() {
        String tenant = freshTenant();
        String path = unique("/api/cohorts");

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            // A new user (subject) of the same gemeente each time.
            statuses.add(client().get().uri(path)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token(tenant, "participant"))
                    .exchange().returnResult(String.class).getStatus().value());
        }

        assertThat(statuses).contains(429);
    }

    @Test
    void publicPathsAreLimitedPerClientAddress() {
        String addressA = freshClientAddress();
        String addressB = freshClientAddress();
        String path = unique("/api/public/cohorts");

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            statuses.add(client().get().uri(path).header("X-Forwarded-For", addressA)
                    .exchange().returnResult(String.class).getStatus().value());
        }

        assertThat(statuses.subList(0, BURST)).containsOnly(200);
        assertThat(statuses).contains(429);
        client().get().uri(path).header("X-Forwarded-For", addressB)
                .exchange()
                .expectStatus().isOk();
    }
}
