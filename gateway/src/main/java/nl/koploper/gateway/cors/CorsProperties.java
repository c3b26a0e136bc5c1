package nl.koploper.gateway.cors;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code koploper.gateway.cors.*}: which browser origins may call the API. Credentials (cookies) are not used: the
 * front-end sends a bearer token.
 */
@ConfigurationProperties("koploper.gateway.cors")
public record CorsProperties(
        @DefaultValue("http://localhost:3000") List<String> allowedOrigins,
        @DefaultValue({"GET", "POST", "PUT", "PATCH", "DELETE"}) List<String> allowedMethods,
        @DefaultValue({"Authorization", "Content-Type", "Accept", "If-Match", "If-None-Match", "Idempotency-Key",
                "traceparent"}) List<String> allowedHeaders,
        @DefaultValue({"ETag", "Location", "Retry-After"}) List<String> exposedHeaders,
        @DefaultValue("1h") Duration maxAge) {
}
