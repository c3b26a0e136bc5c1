package nl.koploper.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

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
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(403)
                .jsonPath("$.title").isEqualTo("Geen toegang")
                .jsonPath("$.detail").isEqualTo("Pagina's op https://evil.example mogen dit platform niet aanspreken.");
    }

    @Test
    void preflightAskingToSendATenantHeaderIsRefused() {
        client().options().uri(unique("/api/cohorts"))
                .header(HttpHeaders.ORIGIN, ALLOWED_ORIGIN)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "x-tenant")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Forbidden")
                .jsonPath("$.detail").isEqualTo("Pages on " + ALLOWED_ORIGIN
                        + " may call this platform, but not with this method or these headers.");
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
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.instance").value(instance -> assertThat((String) instance).startsWith("/api/cohorts/"))
                .jsonPath("$.detail").isEqualTo("Pagina's op https://evil.example mogen dit platform niet aanspreken.");
    }
}
