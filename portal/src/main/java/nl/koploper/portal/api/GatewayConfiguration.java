package nl.koploper.portal.api;

import java.net.http.HttpClient;
import java.time.Duration;
import nl.koploper.portal.config.PortalProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/** The two clients of the gateway: one that carries the signed-in user's access token, one that carries none. */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    private static final String REGISTRATION_ID = "koploper";

    @Bean
    OAuth2AuthorizedClientManager authorizedClients(ClientRegistrationRepository registrations,
                                                    OAuth2AuthorizedClientRepository authorized) {
        var manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorized);
        // A token about to expire is refreshed with the refresh token the sign-in gave, in the session.
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }

    @Bean
    Gateway gateway(RestClient.Builder builder, PortalProperties properties, OAuth2AuthorizedClientManager clients) {
        var requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(30));
        var withToken = new OAuth2ClientHttpRequestInterceptor(clients);
        withToken.setClientRegistrationIdResolver(request -> REGISTRATION_ID);
        RestClient base = builder.clone().baseUrl(properties.gatewayUri().toString()).requestFactory(requests)
                .requestInterceptor(new PersonsLanguage()).build();
        return new Gateway(base.mutate().requestInterceptor(withToken).build(),
                base.mutate().requestInterceptor(new VisitorAddress()).build());
    }
}
