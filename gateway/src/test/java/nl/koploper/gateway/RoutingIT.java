package nl.koploper.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Which path reaches which service, with or without a token, and what the gateway itself answers. */
class RoutingIT extends AbstractGatewayIT {

    @Nested
    class AuthenticatedRoutes {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "/api/cohorts, cohort",
                "/api/gemeenten, cohort",
                "/api/assessments, assessment",
                "/api/action-plans, assessment",
                "/api/footprints, footprint",
                "/api/emission-factors, footprint",
                "/api/meetings, events",
                "/api/notifications, notification"
        })
        void validTokenReachesTheOwningServiceWithAuthorizationPassedOn(String prefix, String owner) {
            String token = TestTokens.token(freshTenant(), "coordinator");
            String path = unique(prefix);

            client().get().uri(path + "?page=0").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.service").isEqualTo(owner)
                    .jsonPath("$.path").isEqualTo(path);

            List<DownstreamStub.Received> received = service(owner).receivedOn(path);
            assertThat(received).hasSize(1);
            assertThat(received.get(0).header("Authorization")).isEqualTo("Bearer " + token);
            SERVICES.values().stream().filter(stub -> !stub.service().equals(owner))
                    .forEach(other -> assertThat(other.receivedOn(path)).isEmpty());
        }

        @Test
        void theServiceGetsTheCallersTraceWithTheGatewaysSpan() {
            String traceId = "0af7651916cd43dd8448eb211c80319c";
            String path = unique("/api/meetings");

            client().get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token(freshTenant(),
                            "coordinator"))
                    .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                    .exchange()
                    .expectStatus().isOk();

            String passedOn = service("events").receivedOn(path).get(0).header("traceparent");
            assertThat(passedOn).startsWith("00-" + traceId + "-").endsWith("-01")
                    .doesNotContain("b7ad6b7169203331");
        }

        @Test
        void requestBodyAndMethodArePassedOn() {
            String token = TestTokens.token(freshTenant(), "coordinator");
            String path = unique("/api/cohorts");

            client().post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "Koploper 2026"))
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.method").isEqualTo("POST");
        }

        @Test
        void platformAdminWithoutTenantClaimIsLetThrough() {
            String path = unique("/api/gemeenten");

            client().get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.platformAdmin())
                    .exchange()
                    .expectStatus().isOk();

            assertThat(service("cohort").receivedOn(path)).hasSize(1);
        }

        @Test
        void validTokenWithoutTenantOrPlatformAdminRoleIsForbidden() {
            String token = TestTokens.withClaims(Map.of("roles", List.of("coordinator"), "email", "x@example.org"));
            String path = unique("/api/cohorts");

            client().get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.status").isEqualTo(403);

            assertThat(service("cohort").receivedOn(path)).isEmpty();
        }

        @Test
        void adminPathsAreNotExposed() {
            String token = TestTokens.platformAdmin();

            client().get().uri("/api/admin/tenants").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.title").isEqualTo("Geen toegang");
            client().get().uri("/api/admin/tenants")
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }

        @Test
        void fallbackEndpointsCannotBeCalledFromOutside() {
            client().get().uri("/fallback/cohort")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token(freshTenant(), "coordinator"))
                    .exchange()
                    .expectStatus().isForbidden();
        }
    }

    @Nested
    class PublicRoutes {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "/api/public/cohorts, cohort",
                "/api/public/certificates, cohort",
                "/api/public/meetings, events",
                "/api/public/symposium, events",
                "/api/public/notifications, notification"
        })
        void publicPathsNeedNoTokenAndReachTheOwningService(String prefix, String owner) {
            String path = unique(prefix);

            client().get().uri(path).header("X-Forwarded-For", freshClientAddress())
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.service").isEqualTo(owner);

            List<DownstreamStub.Received> received = service(owner).receivedOn(path);
            assertThat(received).hasSize(1);
            assertThat(received.get(0).header("Authorization")).isNull();
        }

        @Test
        void theUnsubscribeLinkIsPostedWithItsTokenAndNoLogin() {
            String path = unique("/api/public/notifications/unsubscribe");

            client().post().uri(path + "?token=signed.token").header("X-Forwarded-For", freshClientAddress())
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.service").isEqualTo("notification")
                    .jsonPath("$.method").isEqualTo("POST")
                    .jsonPath("$.path").isEqualTo(path);

            List<DownstreamStub.Received> received = service("notification").receivedOn(path);
            assertThat(received).hasSize(1);
            assertThat(received.get(0).header("Authorization")).isNull();
            SERVICES.values().stream().filter(stub -> !stub.service().equals("notification"))
                    .forEach(other -> assertThat(other.receivedOn(path)).isEmpty());
        }

        @Test
        void aPublicPathOfNoServiceIsNotFound() {
            client().get().uri("/api/public/footprints/123").header("X-Forwarded-For", freshClientAddress())
                    .exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }

        @ParameterizedTest
        @ValueSource(strings = {"cohort", "assessment", "footprint", "events", "notification"})
        void eachServicesOpenApiDocumentIsProxiedWithoutToken(String name) {
            client().get().uri("/v3/api-docs/" + name).header("X-Forwarded-For", freshClientAddress())
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.openapi").isEqualTo("3.1.0")
                    .jsonPath("$.info.title").isEqualTo(name + "-service");
        }

        @Test
        void swaggerUiListsEveryServicesDocument() {
            client().get().uri("/v3/api-docs/swagger-config")
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.urls[*].name").value(names -> assertThat(((List<?>) names).stream().map(String::valueOf))
                            .containsExactlyInAnyOrder("cohort", "assessment", "footprint", "events", "notification"))
                    .jsonPath("$.urls[?(@.name == 'footprint')].url").isEqualTo("/v3/api-docs/footprint");
        }

        @Test
        void swaggerUiIsServedWithoutToken() {
            client().get().uri("/swagger-ui.html")
                    .exchange()
                    .expectStatus().value(status -> assertThat(status).isBetween(200, 399));
        }
    }

    @Nested
    class GatewayErrors {

        @Test
        void unknownApiPathIsNotFoundAsProblem() {
            client().get().uri("/api/nothing-here/1")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token(freshTenant(), "coordinator"))
                    .exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.status").isEqualTo(404)
                    .jsonPath("$.title").isEqualTo("Niet gevonden")
                    .jsonPath("$.detail").isEqualTo("Op GET /api/nothing-here/1 is niets te vinden.")
                    .jsonPath("$.trace").doesNotExist();
        }

        @Test
        void answersInEnglishWhenTheCallerPrefersIt() {
            client().get().uri("/api/nothing-here/1")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token(freshTenant(), "coordinator"))
                    .header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE, en;q=0.8, nl;q=0.5")
                    .exchange()
                    .expectStatus().isNotFound()
                    .expectBody()
                    .jsonPath("$.title").isEqualTo("Not Found")
                    .jsonPath("$.detail").isEqualTo("Nothing is served at GET /api/nothing-here/1.");
        }

        @Test
        void unknownPathOutsideTheApiIsNotFoundAsProblemNotWhitelabel() {
            String body = client().get().uri("/index.php").accept(MediaType.TEXT_HTML)
                    .exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(String.class).returnResult().getResponseBody();

            assertThat(body).doesNotContain("Whitelabel", "Exception", "\tat ");
        }
    }
}
