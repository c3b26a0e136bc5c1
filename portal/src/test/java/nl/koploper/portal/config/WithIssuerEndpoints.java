package nl.koploper.portal.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole portal with MockMvc, its issuer's endpoints configured one by one (as docker-compose with Keycloak does),
 * so no issuer has to answer at start-up. One annotation, so the tests that use it share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
    "spring.security.oauth2.client.provider.koploper.authorization-uri=http://issuer.test/auth",
    "spring.security.oauth2.client.provider.koploper.token-uri=http://issuer.test/token",
    "spring.security.oauth2.client.provider.koploper.jwk-set-uri=http://issuer.test/jwks",
    "koploper.portal.issuer-logout-uri=http://issuer.test/logout"})
@AutoConfigureMockMvc
@interface WithIssuerEndpoints {
}
