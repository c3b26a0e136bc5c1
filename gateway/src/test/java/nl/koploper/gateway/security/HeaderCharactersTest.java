package nl.koploper.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.web.server.ServerWebExchange;

/** Every code point, alone and in a header, is judged as Spring Security's own expressions judge it. */
class HeaderCharactersTest {

    private static final Pattern SPRING_NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern SPRING_VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointIsJudgedAsSpringsExpressionsJudgeIt() {
        int allowedValues = 0;
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "a" + Character.toString(codePoint) + "b";
            boolean springValue = SPRING_VALUES.matcher(text).matches();
            assertThat(HeaderCharacters.isAllowedName(text)).as("name U+%04X", codePoint)
                    .isEqualTo(SPRING_NAMES.matcher(text).matches());
            assertThat(HeaderCharacters.isAllowedValue(text)).as("value U+%04X", codePoint).isEqualTo(springValue);
            allowedValues += springValue ? 1 : 0;
        }
        // Not a vacuous comparison: most code points are allowed, and some are not.
        assertThat(allowedValues).isGreaterThan(100_000).isLessThan(Character.MAX_CODE_POINT);
    }

    @Test
    void loneSurrogatesAndControlsAreRefusedTabOnlyInValues() {
        assertThat(HeaderCharacters.isAllowedValue("x\uD800")).isEqualTo(SPRING_VALUES.matcher("x\uD800").matches());
        assertThat(HeaderCharacters.isAllowedValue("a\tb")).isTrue();
        assertThat(HeaderCharacters.isAllowedName("a\tb")).isFalse();
        assertThat(HeaderCharacters.isAllowedValue("a\r\nb")).isFalse();
        assertThat(HeaderCharacters.isAllowedValue("")).isTrue();
    }

    @Test
    void aMissingHeaderPassesAsInSpringsFirewall() {
        StrictServerWebExchangeFirewall firewall = HeaderCharacters.firewall();
        ServerWebExchange exchange = firewall.getFirewalledExchange(
                MockServerWebExchange.from(MockServerHttpRequest.get("/api/cohorts").header("Accept", "a\tb"))).block();

        assertThat(exchange.getRequest().getHeaders().getFirst("Authorization")).isNull();
        assertThat(exchange.getRequest().getHeaders().getFirst("Accept")).isEqualTo("a\tb");
        assertThat(HeaderCharacters.isAllowedName(null)).isTrue();
    }
}
