package nl.koploper.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** CORS from {@code koploper.gateway.cors.allowed-origins}; preflights are answered by the gateway itself. */
class CorsIT extends AbstractGatewayIT {

    @Test
    void preflightFromAnAllowedOriginPassesWithoutToken() {
        String path = unique("/api/cohorts");

        client().options().uri(path)
                .header(HttpHeaders.ORIGIN, ALLOWED_ORIGIN)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PUT")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type,if-match")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED_ORIGIN)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods).contains("PUT"));

        assertThat(service("cohort").receivedOn(path)).as("a preflight never reaches the service").isEmpty();
    }

    @Test
    void preflightFromAnotherOriginIsRefused() {
        client().options().uri(unique("/api/cohorts"))
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void preflightAskingToSendATenantHeaderIsRefused() {
        client().options().uri(unique("/api/cohorts"))
                .header(HttpHeaders.ORIGIN, ALLOWED_ORIGIN)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "x-tenant")
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void actualRequestFromAnAllowedOriginCarriesCorsHeaders() {
        client().get().uri(unique("/api/cohorts"))
                .header(HttpHeaders.ORIGIN, ALLOWED_ORIGIN)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token(freshTenant(), "coordinator"))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED_ORIGIN)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        exposed -> assertThat(exposed).contains("Retry-After"));
    }

    @Test
    void actualRequestFromAnotherOriginIsRefused() {
        client().get().uri(unique("/api/cohorts"))
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token(freshTenant(), "coordinator"))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }
}
