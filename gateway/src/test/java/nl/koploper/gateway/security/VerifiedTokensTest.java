package nl.koploper.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final List<String> verified = new ArrayList<>();

    /** Accepts "good-<minutes until exp>", refuses anything else, and notes every token it was asked to verify. */
    private final ReactiveJwtDecoder verifier = token -> {
        verified.add(token);
        if (!token.startsWith("good-")) {
            return Mono.error(new BadJwtException("signature"));
        }
        Instant expiresAt = NOW.plus(Duration.ofMinutes(Long.parseLong(token.substring(5))));
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("s").issuedAt(NOW)
                .expiresAt(expiresAt).build());
    };
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, clock);

    @Test
    void verifiesATokenOnceWhileItIsValid() {
        assertThat(tokens.decode("good-5").block().getSubject()).isEqualTo("s");
        now.set(NOW.plus(Duration.ofMinutes(4)));
        assertThat(tokens.decode("good-5").block().getTokenValue()).isEqualTo("good-5");

        assertThat(verified).containsExactly("good-5");
    }

    @Test
    void asksTheVerifierAgainOnceTheTokenHasExpired() {
        tokens.decode("good-5").block();
        now.set(NOW.plus(Duration.ofMinutes(5)));
        tokens.decode("good-5").block(); // this verifier ignores time; Spring's refuses (tested in TokenValidationIT)

        assertThat(verified).containsExactly("good-5", "good-5");
    }

    @Test
    void keepsNothingOfARefusedToken() {
        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);

        assertThat(verified).containsExactly("forged", "forged");
        assertThat(tokens.size()).isZero();
    }

    @Test
    void holdsABoundedNumberOfTokens() {
        for (int i = 0; i < VerifiedTokens.MAXIMUM_TOKENS + 500; i++) {
            tokens.decode("good-" + (10 + i)).block();
        }
        assertThat(tokens.size()).isLessThanOrEqualTo(VerifiedTokens.MAXIMUM_TOKENS);
    }
}
