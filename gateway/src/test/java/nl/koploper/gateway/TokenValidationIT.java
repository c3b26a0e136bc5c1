package nl.koploper.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Every kind of bad token is refused with 401 problem+json, and the service behind the path sees nothing. */
class TokenValidationIT extends AbstractGatewayIT {

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                Arguments.of("expired", TestTokens.expired("westerkwartier", "coordinator")),
                Arguments.of("badly signed", TestTokens.badlySigned("westerkwartier", "coordinator")),
                Arguments.of("alg none", TestTokens.algNone("westerkwartier", "coordinator")),
                Arguments.of("wrong issuer", TestTokens.wrongIssuer("westerkwartier", "coordinator")),
                Arguments.of("wrong audience", TestTokens.wrongAudience("westerkwartier", "coordinator")),
                Arguments.of("not a JWT", "definitely-not-a-jwt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void refusedTokenIsUnauthorizedAndNeverReachesTheService(String kind, String token) {
        String path = unique("/api/cohorts");

        client().get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                        challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""))
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.title").isEqualTo("Niet aangemeld")
                .jsonPath("$.instance").isEqualTo(path);

        SERVICES.values().forEach(stub -> assertThat(stub.receivedOn(path)).isEmpty());
    }

    @Test
    void missingTokenIsUnauthorizedWithBearerChallenge() {
        String path = unique("/api/assessments");

        client().get().uri(path)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody().jsonPath("$.status").isEqualTo(401);

        SERVICES.values().forEach(stub -> assertThat(stub.receivedOn(path)).isEmpty());
    }

    @Test
    void aTokenSentToAnOpenPathIsCheckedToo() {
        String path = unique("/api/public/cohorts");

        client().get().uri(path).header("X-Forwarded-For", freshClientAddress())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.expired("westerkwartier", "coordinator"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(service("cohort").receivedOn(path)).isEmpty();
    }

    @Test
    void aMalformedBearerHeaderIsRefusedWithItsReason() {
        String path = unique("/api/cohorts");

        client().get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer not a token")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE,
                        "Bearer error=\"invalid_token\", error_description=\"Bearer token is malformed\"");

        assertThat(service("cohort").receivedOn(path)).isEmpty();
    }

    @Test
    void basicCredentialsAreNoToken() {
        String path = unique("/api/meetings");

        client().get().uri(path).header(HttpHeaders.AUTHORIZATION, "Basic dXNlcjpwYXNz")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(service("events").receivedOn(path)).isEmpty();
    }
}
