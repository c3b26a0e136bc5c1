package nl.koploper.gateway.security;

import java.time.Clock;
import java.util.List;
import nl.koploper.gateway.problem.ProblemWriter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.util.StringUtils;
import reactor.core.publisher.Mono;

/**
 * The gateway is a stateless OAuth2 resource server: it checks the token (issuer, audience, signature, expiry; the
 * decoder accepts only RS256, so {@code alg: none} is refused) and passes the Authorization header on; each service
 * validates it again. Public, documentation and probe paths are open; every other {@code /api/**} path needs a token
 * that names a gemeente ({@code tenant}) or belongs to the Koploper team ({@code platform-admin}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

    static final String[] OPEN_PATHS = {
            "/api/public/**",
            "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui.html", "/swagger-ui/**", "/webjars/**",
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus"
    };

    /** Tokens verified once are kept until they expire ({@link VerifiedTokens}); static, as post-processors are. */
    @Bean
    static BeanPostProcessor verifiedTokens() {
        return VerifiedTokens.wrapping(Clock.systemUTC());
    }

    /**
     * No observations of Spring Security's own steps: a span and a timer for each step of the filter chain, each
     * authentication and each authorization, on every request, were about a fifth of the gateway's throughput
     * (local/bench/results). Turning them off in {@code management.observations.enable} still wrapped every step in
     * a decorator that made a no-op observation; with these settings the chain is not wrapped at all. The request's
     * own span and timer (http.server.requests) and the call to the service stay.
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring's strict firewall, its header checks without regular expressions ({@link HeaderCharacters}). */
    @Bean
    ServerWebExchangeFirewall firewall() {
        return HeaderCharacters.firewall();
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ProblemWriter problems) {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);
        ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(problems);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                // Uses the CorsConfigurationSource bean, so preflights are answered before any token check.
                .cors(Customizer.withDefaults())
                .authorizeExchange(exchanges -> exchanges
                        .matchers(new AnyPath(OPEN_PATHS)).permitAll()
                        // Admin operations are not exposed through the gateway; the fallback is reached only by an
                        // internal forward, which does not pass this filter chain again.
                        .matchers(new AnyPath("/api/admin/**", "/fallback/**")).denyAll()
                        .matchers(new AnyPath("/api/**")).access(new TenantOrPlatformAdmin())
                        // Anything else is no API: it is answered 404 problem+json by the error handler.
                        .anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenConverter(new BearerTokenConverter())
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .build();
    }

    /** A verified token that carries a gemeente, or one of the Koploper team (who names the tenant explicitly). */
    static final class TenantOrPlatformAdmin implements ReactiveAuthorizationManager<AuthorizationContext> {

        @Override
        public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
            return authentication
                    .filter(Authentication::isAuthenticated)
                    .map(auth -> (AuthorizationResult) new AuthorizationDecision(allowed(auth)))
                    .defaultIfEmpty(new AuthorizationDecision(false));
        }

        private static boolean allowed(Authentication authentication) {
            if (!(authentication instanceof JwtAuthenticationToken token)) {
                return false;
            }
            Jwt jwt = token.getToken();
            if (StringUtils.hasText(jwt.getClaimAsString(JwtClaims.TENANT))) {
                return true;
            }
            List<String> roles = jwt.getClaimAsStringList(JwtClaims.ROLES);
            return roles != null && roles.contains(JwtClaims.PLATFORM_ADMIN);
        }
    }
}
