package nl.koploper.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A test of pages rendered by the whole portal (MockMvc) against the {@link CannedPlatform}; the issuer's endpoints
 * are named so that no discovery runs. All such tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
    "spring.security.oauth2.client.provider.koploper.authorization-uri=http://issuer.test/auth",
    "spring.security.oauth2.client.provider.koploper.token-uri=http://issuer.test/token",
    "spring.security.oauth2.client.provider.koploper.jwk-set-uri=http://issuer.test/jwks"})
@AutoConfigureMockMvc
@Import(CannedPlatform.class)
public @interface PortalRenderTest {
}
