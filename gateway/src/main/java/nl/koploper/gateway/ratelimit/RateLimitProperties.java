package nl.koploper.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * {@code koploper.gateway.rate-limit.*}: token buckets kept in this gateway replica's memory, so the effective limit
 * of a tenant is the configured one times the number of gateway replicas.
 *
 * @param tenant           limit per gemeente (the verified token's {@code tenant} claim) on authenticated paths
 * @param anonymous        limit per client address on {@code /api/public/**} and other unauthenticated routes
 * @param trustedProxyHops how many proxies in front of the gateway append to X-Forwarded-For (0: use the socket's
 *                         remote address; 1 behind one ingress)
 * @param maxKeys          at most this many buckets are kept, the least used go first (a bucket idle long enough to
 *                         be full again is dropped anyway)
 */
@ConfigurationProperties("koploper.gateway.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue Limit tenant,
        @Name("public") @DefaultValue Limit anonymous,
        @DefaultValue("0") int trustedProxyHops,
        @DefaultValue("100000") int maxKeys) {

    /**
     * @param requestsPerSecond refill rate of the bucket
     * @param burst             bucket capacity: requests allowed at once after a quiet period
     */
    public record Limit(@DefaultValue("20") double requestsPerSecond, @DefaultValue("40") int burst) {
    }
}
