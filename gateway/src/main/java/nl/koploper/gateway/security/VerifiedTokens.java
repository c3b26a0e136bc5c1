package nl.koploper.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The JWT decoder Spring Boot configures (signature, issuer, audience, times), with the tokens it accepted kept until
 * they expire: a client sends the same token with every request for minutes, and verifying its RS256 signature and
 * claims again each time was a tenth of the gateway's CPU. The key is the whole token, signature included, so only
 * the exact bytes that were verified are found; a token is never used after its {@code exp} (the decoder's clock skew
 * is not extended into the cache), and a refused one is not kept. Bounded: the least used go first.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    static final int MAXIMUM_TOKENS = 4096;

    private final ReactiveJwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(ReactiveJwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAXIMUM_TOKENS)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> untilExpiry(jwt)))
                .ticker(() -> clock.millis() * 1_000_000)
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = knownValid(token);
        if (known != null) {
            return Mono.just(known);
        }
        return verifier.decode(token).doOnNext(jwt -> {
            if (jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt())) {
                verified.put(token, jwt);
            }
        });
    }

    /** The token as verified before, if it was and has not expired since; null otherwise. No reactive detour. */
    Jwt knownValid(String token) {
        Jwt known = verified.getIfPresent(token);
        return known != null && clock.instant().isBefore(known.getExpiresAt()) ? known : null;
    }

    private Duration untilExpiry(Jwt jwt) {
        Duration left = Duration.between(clock.instant(), jwt.getExpiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** For the tests: how many tokens are kept now. */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }
}
