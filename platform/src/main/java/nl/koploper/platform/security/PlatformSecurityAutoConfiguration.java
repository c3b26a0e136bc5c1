package nl.koploper.platform.security;

import java.time.Duration;
import java.util.List;
import nl.koploper.platform.gemeente.GemeenteRegistry;
import nl.koploper.platform.web.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service is an OAuth2 resource server: the decoder checks signature, expiry, issuer and audience
 * ({@code spring.security.oauth2.resourceserver.jwt.*}); this adds roles, the tenant and problem+json answers.
 * Only {@code /api/public/**}, health, metrics and the API documents are open. After the tenant is resolved,
 * {@link GemeenteAccessFilter} refuses gemeenten that are not registered and active.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration")
@EnableMethodSecurity
public class PlatformSecurityAutoConfiguration {

    static final String[] OPEN_PATHS = {
            "/api/public/**", "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error"};

    /**
     * No observations of Spring Security's own steps: with them every filter of the chain, every authentication and
     * every authorization is wrapped in an observation (a timer and a span each) on every request. The request's own
     * timer and span (http.server.requests) stay; the gateway does the same (its SecurityConfig).
     */
    @Bean
    @ConditionalOnMissingBean(SecurityObservationSettings.class)
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
                          @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
                          @Value("${spring.security.oauth2.resourceserver.jwt.audiences}") List<String> audiences,
                          @Value("${koploper.security.key-fetch-timeout:10s}") Duration keyFetchTimeout) {
        return TokenDecoding.decoder(jwkSetUri, issuer, audiences, keyFetchTimeout);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, ProblemWriter problems,
                                                    ObjectProvider<GemeenteRegistry> gemeenten) throws Exception {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems);
        JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
        roles.setJwtGrantedAuthoritiesConverter(new JwtRoles());
        http.csrf(AbstractHttpConfigurer::disable) // bearer tokens only, no cookies to forge
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPEN_PATHS).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(roles))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .addFilterAfter(new TenantResolutionFilter(problems), BearerTokenAuthenticationFilter.class);
        GemeenteRegistry registry = gemeenten.getIfAvailable();
        if (registry != null && registry.isRequired()) {
            // koploper.tenancy.require-registered-gemeente (default true): only registered, active gemeenten act.
            http.addFilterAfter(new GemeenteAccessFilter(registry, problems), TenantResolutionFilter.class);
        }
        return http.build();
    }
}
