package nl.koploper.portal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where the issuer's endpoints are configured one by one (docker-compose with Keycloak), signing out still ends the
 * session at the issuer: the browser is sent to the configured end-session endpoint with the ID token as hint and the
 * portal's "signed out" page to come back to.
 */
@WithIssuerEndpoints
class SignOutTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientRegistrationRepository clients;

    @Test
    void signingOutEndsTheSessionAtTheIssuer() throws Exception {
        var signedIn = oidcLogin().clientRegistration(clients.findByRegistrationId("koploper"))
                .idToken(token -> token.tokenValue("the-id-token").claim("roles", List.of("participant")));
        var result = mvc.perform(post("/uitloggen").with(signedIn).with(csrf())).andReturn();

        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("http://issuer.test/logout?");
        var query = UriComponentsBuilder.fromUriString(location).build().getQueryParams();
        assertThat(query.getFirst("id_token_hint")).isEqualTo("the-id-token");
        assertThat(query.getFirst("post_logout_redirect_uri")).isEqualTo("http://localhost/uitgelogd");
    }

    @Test
    void signingOutWithoutTheSessionsFormTokenIsRefused() throws Exception {
        var result = mvc.perform(post("/uitloggen").with(oidcLogin())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
    }
}
