package nl.koploper.gateway.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.koploper.gateway.problem.ProblemWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.util.Assert;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.server.WebFilter;

/**
 * The gateway is a stateless OAuth2 resource server: it checks the token and passes the Authorization header on; each
 * service validates it again. The rules per path are in {@link GatewaySecurityFilter}, which takes the place of Spring
 * Security's web filter chain (its auto-configuration, and the resource server's, which would build that chain, are
 * excluded in {@code GatewayApplication}). Spring Security's JWT decoder, firewall and Spring's CORS processing are
 * used as they are; the decoder is configured from the same properties as before
 * ({@code spring.security.oauth2.resourceserver.jwt.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ResourceServerProperties.class)
class SecurityConfig {

    @Bean
    WebFilter gatewaySecurity(ReactiveJwtDecoder decoder, ServerExchangeRejectedHandler rejectedRequests,
                              CorsConfigurationSource cors, ProblemWriter problems) {
        return new GatewaySecurityFilter(HeaderCharacters.firewall(), rejectedRequests, cors,
                new VerifiedTokens(decoder, Clock.systemUTC()), new ProblemAuthenticationEntryPoint(problems),
                new ProblemAccessDeniedHandler(problems));
    }

    /**
     * As Spring Boot builds it for a resource server: the issuer's keys from its JWK set, only the configured
     * signature algorithms (RS256 by default, so {@code alg: none} is refused), and the issuer, audience and times
     * (with Spring's default clock skew of a minute) checked.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties) {
        OAuth2ResourceServerProperties.Jwt jwt = properties.getJwt();
        Assert.hasText(jwt.getJwkSetUri(), "spring.security.oauth2.resourceserver.jwt.jwk-set-uri must be set");
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwt.getJwkSetUri())
                .jwsAlgorithms(algorithms -> jwt.getJwsAlgorithms().forEach(
                        name -> algorithms.add(SignatureAlgorithm.from(name))))
                .build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(jwt.getIssuerUri() != null
                ? JwtValidators.createDefaultWithIssuer(jwt.getIssuerUri()) : JwtValidators.createDefault());
        List<String> audiences = jwt.getAudiences();
        if (!audiences.isEmpty()) {
            validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                    aud -> aud != null && !Collections.disjoint(aud, audiences)));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }
}
