package nl.koploper.platform.config;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings every service shares, at the lowest precedence so a service's application.yml or the environment
 * (e.g. {@code SPRING_MONGODB_URI}) overrides any of them. The addresses are the local stack's (./koploper up).
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.ofEntries(
            // Virtual threads where the JDK has them (21+); Boot ignores the flag on 17.
            Map.entry("spring.threads.virtual.enabled", "true"),
            Map.entry("spring.mvc.problemdetails.enabled", "true"),
            // A misspelt or foreign field (a tenantId naming another gemeente, a "$set") silently dropped would let a
            // request succeed that did not do what its sender meant: refused with a 400 naming the field instead.
            Map.entry("spring.jackson.deserialization.fail-on-unknown-properties", "true"),
            Map.entry("server.error.whitelabel.enabled", "false"),
            Map.entry("server.error.include-stacktrace", "never"),
            Map.entry("server.error.include-message", "never"),
            // Indexes are created per tenant database on first use (TenantDatabaseIndexes), not at start-up.
            Map.entry("spring.data.mongodb.auto-index-creation", "false"),
            Map.entry("spring.mongodb.uri", "mongodb://127.0.0.1:27017/?serverSelectionTimeoutMS=5000&connectTimeoutMS=5000"),
            Map.entry("spring.kafka.bootstrap-servers", "127.0.0.1:9092"),
            Map.entry("spring.security.oauth2.resourceserver.jwt.issuer-uri", "http://localhost:8090/koploper"),
            Map.entry("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "http://localhost:8090/koploper/jwks"),
            Map.entry("spring.security.oauth2.resourceserver.jwt.audiences", "koploper"),
            Map.entry("management.endpoints.web.exposure.include", "health,info,prometheus"),
            Map.entry("management.endpoint.health.probes.enabled", "true"),
            Map.entry("management.endpoint.health.group.readiness.include", "readinessState,mongo"),
            Map.entry("management.tracing.sampling.probability", "1.0"),
            // JSON lines; the tenant and the trace and span ids come from the MDC.
            Map.entry("logging.structured.format.console", "ecs"),
            Map.entry("springdoc.api-docs.path", "/v3/api-docs"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("koploperPlatformDefaults", DEFAULTS));
    }
}
