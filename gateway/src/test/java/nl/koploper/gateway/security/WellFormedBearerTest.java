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
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;

/**
 * The fast path takes exactly the headers Spring's converter takes a token from, and the same token; every other
 * header goes to Spring's converter in {@link GatewaySecurityFilter}.
 */
class WellFormedBearerTest {

    private static final String NOT_TAKEN = "not taken by the fast path";

    private final ServerBearerTokenAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();

    @ParameterizedTest
    @ValueSource(strings = {
            "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJl", "bearer abc", "BEARER abc", "Bearer a==",
            "Bearer a-b.c_d~e+f/g", "Bearer =", "Bearer a=b", "Bearer ", "Bearer", "Bearer  abc", "Bearer abc ",
            "Bearer\tabc", "Bearer a,b", "Bearer ab\u00e9", "Basic dXNlcjpwYXNz", "Bearerabc", "Bearer a\nb",
            "bearer-ish", "", " Bearer abc", "Bearer abc=="})
    void takesATokenWhereSpringsConverterDoes(String authorization) {
        assertSameAsSpring(authorization);
    }

    @Test
    void noHeaderIsNoToken() {
        assertThat(WellFormedBearer.token(null)).isNull();
    }

    @Test
    void keepsTheWholeToken() {
        assertThat(WellFormedBearer.token("Bearer abc.def-_~+/==")).isEqualTo("abc.def-_~+/==");
    }

    @Test
    void randomHeadersOfTheTokenAlphabetAndBeyondAreTakenWhereSpringsConverterTakesThem() {
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
        String fastPath = Optional.ofNullable(WellFormedBearer.token(authorization)).map(token -> "token " + token)
                .orElse(NOT_TAKEN);
        assertThat(fastPath).as("Authorization: %s", authorization).isEqualTo(springsToken(authorization));
    }

    /** "token ..." where Spring's converter takes a token from the header; otherwise (no token, refused) NOT_TAKEN. */
    private String springsToken(String authorization) {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/cohorts").header(HttpHeaders.AUTHORIZATION, authorization));
        try {
            return Optional.ofNullable(spring.convert(exchange).block())
                    .map(authentication -> "token " + ((BearerTokenAuthenticationToken) authentication).getToken())
                    .orElse(NOT_TAKEN);
        } catch (OAuth2AuthenticationException refused) {
            return NOT_TAKEN;
        }
    }
}
