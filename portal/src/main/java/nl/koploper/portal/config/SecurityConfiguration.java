package nl.koploper.portal.config;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Sign-in with OIDC (authorization code with PKCE) at the platform's issuer; the tokens stay in the server-side session
 * and never reach the browser. Spring Security's defaults do the rest: CSRF tokens on every state-changing request,
 * a new session id at sign-in. Public pages (reached from a mailed or published link) need no sign-in.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String REGISTRATION_ID = "koploper";

    private static final String[] PUBLIC_PAGES = {"/", "/gemeenten/**", "/rsvp/**", "/certificaat", "/certificaat/**",
            "/afmelden", "/symposium/**", "/css/**", "/img/**", "/favicon.ico", "/error",
            "/actuator/health/**", "/uitgelogd"};

    /**
     * No observation (a timer and a span) of each step of Spring Security's filter chain on every page: the page's
     * own (http.server.requests) stays. The services do the same; without them cohort-service needed 0.62-0.85 x the
     * CPU per request in paired runs (local/bench/results/2026-12-07-mail-cost.md).
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, ClientRegistrationRepository clients,
            PortalProperties properties) throws Exception {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(clients,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        var endSessionAtIssuer = new OidcClientInitiatedLogoutSuccessHandler(
                withEndSessionEndpoint(clients, properties.issuerLogoutUri()));
        endSessionAtIssuer.setPostLogoutRedirectUri("{baseUrl}/uitgelogd");
        http
                .authorizeHttpRequests(pages -> pages
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .loginPage("/oauth2/authorization/" + REGISTRATION_ID)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                        .defaultSuccessUrl("/mijn", false))
                .logout(logout -> logout
                        .logoutUrl("/uitloggen")
                        .logoutSuccessHandler(endSessionAtIssuer)
                        .invalidateHttpSession(true)
                        .clearAuthentication(true)
                        .deleteCookies(PortalCookies.SESSION))
                .headers(headers -> headers
                        // Gemeente logos are https addresses of the gemeente's own site.
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; "
                                + "img-src 'self' data: https:; object-src 'none'; base-uri 'self'; "
                                + "frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /*
     * Signing out ends the session at the issuer too, at the end_session_endpoint of the issuer's metadata. Where the
     * endpoints are configured one by one there is no metadata, so the configured one is added; without it signing out
     * would end only the portal's session and the next "Inloggen" would sign the same person in without asking.
     */
    private static ClientRegistrationRepository withEndSessionEndpoint(ClientRegistrationRepository clients,
            URI endSession) {
        if (endSession == null) {
            return clients;
        }
        ClientRegistration registration = clients.findByRegistrationId(REGISTRATION_ID);
        Map<String, Object> metadata = new HashMap<>(registration.getProviderDetails().getConfigurationMetadata());
        metadata.put("end_session_endpoint", endSession.toString());
        return new InMemoryClientRegistrationRepository(ClientRegistration.withClientRegistration(registration)
                .providerConfigurationMetadata(metadata).build());
    }
}
