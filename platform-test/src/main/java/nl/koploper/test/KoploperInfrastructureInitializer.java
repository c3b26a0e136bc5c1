package nl.koploper.test;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test context at the shared test infrastructure: the database and the token issuer. */
public class KoploperInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.mongodb.uri=" + TestMongo.connectionString(),
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestTokens.issuerUri(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.jwksUri(),
                "spring.security.oauth2.resourceserver.jwt.audiences=" + TestTokens.AUDIENCE)
                .applyTo(context);
    }
}
