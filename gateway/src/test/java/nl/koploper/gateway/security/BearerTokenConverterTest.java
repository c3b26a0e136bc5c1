package nl.koploper.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;

/** The fast path must give exactly what Spring's converter gives: the same token, or the same refusal. */
class BearerTokenConverterTest {

    private final BearerTokenConverter converter = new BearerTokenConverter();
    private final ServerBearerTokenAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();

    @ParameterizedTest
    @ValueSource(strings = {
            "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJl", "bearer abc", "BEARER abc", "Bearer a==",
            "Bearer a-b.c_d~e+f/g", "Bearer =", "Bearer a=b", "Bearer ", "Bearer", "Bearer  abc", "Bearer abc ",
            "Bearer\tabc", "Bearer a,b", "Bearer ab\u00e9", "Basic dXNlcjpwYXNz", "Bearerabc", "Bearer a\nb",
            "bearer-ish", "", " Bearer abc", "Bearer abc=="})
    void answersAsSpringsConverterDoes(String authorization) {
        assertSameAsSpring(authorization);
    }

    @Test
    void noAuthorizationHeaderIsNoToken() {
        assertThat(outcome(converter, exchange(null))).isEqualTo("empty");
        assertThat(outcome(spring, exchange(null))).isEqualTo("empty");
    }

    @Test
    void theFastPathKeepsTheWholeToken() {
        Authentication token = converter.convert(exchange("Bearer abc.def-_~+/==")).block();

        assertThat(token).isInstanceOfSatisfying(BearerTokenAuthenticationToken.class,
                bearer -> assertThat(bearer.getToken()).isEqualTo("abc.def-_~+/=="));
    }

    @Test
    void randomHeadersOfTheTokenAlphabetAndBeyondAnswerAsSpringsConverterDoes() {
        String alphabet = "aZ09-._~+/= \t,;\"\u00e9\u0000";
        Random random = new Random(26000);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder header = new StringBuilder(random.nextBoolean() ? "Bearer " : "bEaReR ");
            int length = random.nextInt(8);
            for (int c = 0; c < length; c++) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameAsSpring(header.toString());
        }
    }

    private void assertSameAsSpring(String authorization) {
        assertThat(outcome(converter, exchange(authorization)))
                .as("Authorization: %s", authorization)
                .isEqualTo(outcome(spring, exchange(authorization)));
    }

    /** The token, "empty" for no token, or the refusal's error code and description. */
    private static String outcome(ServerAuthenticationConverter converter, ServerWebExchange exchange) {
        try {
            return Optional.ofNullable(converter.convert(exchange).block())
                    .map(authentication -> "token " + ((BearerTokenAuthenticationToken) authentication).getToken())
                    .orElse("empty");
        } catch (OAuth2AuthenticationException refused) {
            return "refused " + refused.getError().getErrorCode() + ": " + refused.getError().getDescription();
        }
    }

    private static MockServerWebExchange exchange(String authorization) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/cohorts");
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        return MockServerWebExchange.from(request);
    }
}
