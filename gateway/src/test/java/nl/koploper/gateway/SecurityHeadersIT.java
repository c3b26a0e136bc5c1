package nl.koploper.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every answer that leaves the gateway, a service's or its own, carries the security headers Spring Security writes
 * by default; a service's own caching rules are kept.
 */
class SecurityHeadersIT extends AbstractGatewayIT {

    @Test
    void aServicesAnswerCarriesTheSecurityHeaders() {
        WebTestClient.ResponseSpec answer = client().get().uri(unique("/api/cohorts"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token(freshTenant(), "coordinator"))
                .exchange()
                .expectStatus().isOk();

        expectSecurityHeaders(answer);
        answer.expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate")
                .expectHeader().valueEquals(HttpHeaders.PRAGMA, "no-cache")
                .expectHeader().valueEquals(HttpHeaders.EXPIRES, "0");
    }

    @Test
    void theGatewaysOwnProblemCarriesThem() {
        WebTestClient.ResponseSpec answer = client().get().uri(unique("/api/cohorts"))
                .exchange()
                .expectStatus().isUnauthorized();

        expectSecurityHeaders(answer);
        answer.expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate");
    }

    @Test
    void aServicesOwnCachingIsKept() {
        client().get().uri(unique("/api/public/cohorts")).header("X-Forwarded-For", freshClientAddress())
                .header(DownstreamStub.CACHE_CONTROL_HEADER, "public, max-age=300")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .expectHeader().doesNotExist(HttpHeaders.PRAGMA)
                .expectHeader().doesNotExist(HttpHeaders.EXPIRES)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
    }

    private static void expectSecurityHeaders(WebTestClient.ResponseSpec answer) {
        answer.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("X-XSS-Protection", "0")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                // Plain HTTP here: HSTS means something only over HTTPS (the ingress's side in a cluster).
                .expectHeader().doesNotExist("Strict-Transport-Security");
        assertThat(answer.returnResult(byte[].class).getResponseHeaders().get("X-Frame-Options")).hasSize(1);
    }
}
