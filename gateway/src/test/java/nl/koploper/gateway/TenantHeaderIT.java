package nl.koploper.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The tenant comes only from the token: whatever tenant header a client sends never reaches a service. */
class TenantHeaderIT extends AbstractGatewayIT {

    private static final String[] TENANT_HEADERS = {
            "X-Tenant", "X-Tenant-Id", "X-Koploper-Tenant", "Tenant", "koploper_tenant", "x-forwarded-tenant",
            "X-TENANT-SLUG"
    };

    @Test
    void clientTenantHeadersAreStrippedOnAuthenticatedRoutes() {
        String token = TestTokens.token(freshTenant(), "participant");
        String path = unique("/api/footprints");

        withTenantHeaders(client().get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .exchange()
                .expectStatus().isOk();

        DownstreamStub.Received received = service("footprint").receivedOn(path).get(0);
        assertThat(received.hasHeaderContaining("tenant")).as("headers seen: %s", received.headers().keySet()).isFalse();
        assertThat(received.header("X-Test-Marker")).as("an ordinary header still passes").isEqualTo("kept");
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
    }

    @Test
    void clientTenantHeadersAreStrippedOnPublicRoutes() {
        String path = unique("/api/public/symposium");

        withTenantHeaders(client().post().uri(path).header("X-Forwarded-For", freshClientAddress()))
                .exchange()
                .expectStatus().isOk();

        DownstreamStub.Received received = service("events").receivedOn(path).get(0);
        assertThat(received.hasHeaderContaining("tenant")).as("headers seen: %s", received.headers().keySet()).isFalse();
        assertThat(received.header("X-Test-Marker")).isEqualTo("kept");
    }

    private static WebTestClient.RequestHeadersSpec<?> withTenantHeaders(WebTestClient.RequestHeadersSpec<?> request) {
        for (String name : TENANT_HEADERS) {
            request = request.header(name, "other-gemeente");
        }
        return request.header("X-Test-Marker", "kept");
    }
}
