package nl.koploper.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/** The cases the integration test cannot reach over plain HTTP against its stubs. */
class SecurityHeadersTest {

    @Test
    void overHttpsTheBrowserIsToldToStayOnHttps() {
        MockServerWebExchange exchange =
                MockServerWebExchange.from(MockServerHttpRequest.get("https://koploper.example/api/x"));

        SecurityHeaders.write(exchange);

        assertThat(exchange.getResponse().getHeaders().getFirst("Strict-Transport-Security"))
                .isEqualTo(SecurityHeaders.HSTS);
    }

    @Test
    void aNotModifiedAnswerGetsNoCachingHeaders() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/x"));
        exchange.getResponse().setStatusCode(HttpStatus.NOT_MODIFIED);

        SecurityHeaders.write(exchange);

        HttpHeaders headers = exchange.getResponse().getHeaders();
        assertThat(headers.containsHeader(HttpHeaders.CACHE_CONTROL)).isFalse();
        assertThat(headers.containsHeader(HttpHeaders.PRAGMA)).isFalse();
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void oneCachingHeaderOfTheServiceKeepsTheOtherTwoAway() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/x"));
        exchange.getResponse().getHeaders().set(HttpHeaders.EXPIRES, "Wed, 21 Oct 2026 07:28:00 GMT");
        exchange.getResponse().getHeaders().set("X-Frame-Options", "SAMEORIGIN");

        SecurityHeaders.write(exchange);

        HttpHeaders headers = exchange.getResponse().getHeaders();
        assertThat(headers.containsHeader(HttpHeaders.CACHE_CONTROL)).isFalse();
        assertThat(headers.getFirst(HttpHeaders.EXPIRES)).isEqualTo("Wed, 21 Oct 2026 07:28:00 GMT");
        assertThat(headers.get("X-Frame-Options")).containsExactly("SAMEORIGIN");
    }
}
