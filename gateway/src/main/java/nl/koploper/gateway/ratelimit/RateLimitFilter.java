package nl.koploper.gateway.ratelimit;

import java.net.InetSocketAddress;
import nl.koploper.gateway.problem.ProblemWriter;
import nl.koploper.gateway.security.GatewaySecurityFilter;
import nl.koploper.gateway.security.JwtClaims;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.support.ipresolver.RemoteAddressResolver;
import org.springframework.cloud.gateway.support.ipresolver.XForwardedRemoteAddressResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Per-tenant request rate limit on every routed request, without Redis: an in-memory token bucket per gemeente (the
 * verified token's {@code tenant} claim; the subject for a Koploper team token without one) and, for public and
 * other unauthenticated routes, per client address. Over the limit: 429 problem+json with {@code Retry-After}.
 * The buckets live in this replica only, so N gateway replicas allow up to N times the configured rate.
 */
@Component
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitFilter implements GlobalFilter, Ordered {

    /** After security (a web filter; it leaves the verified token on the exchange), before the route's own filters. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    private final RateLimitProperties properties;
    private final TokenBuckets tenantBuckets;
    private final TokenBuckets publicBuckets;
    private final RemoteAddressResolver addressResolver;
    private final ProblemWriter problems;

    RateLimitFilter(RateLimitProperties properties, ProblemWriter problems) {
        this.properties = properties;
        this.problems = problems;
        this.tenantBuckets = new TokenBuckets(properties.tenant().requestsPerSecond(), properties.tenant().burst(),
                properties.maxKeys(), System::nanoTime);
        this.publicBuckets = new TokenBuckets(properties.anonymous().requestsPerSecond(), properties.anonymous().burst(),
                properties.maxKeys(), System::nanoTime);
        this.addressResolver = properties.trustedProxyHops() > 0
                ? XForwardedRemoteAddressResolver.maxTrustedIndex(properties.trustedProxyHops())
                : new RemoteAddressResolver() { };
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!properties.enabled()) {
            return chain.filter(exchange);
        }
        boolean publicPath = exchange.getRequest().getPath().value().startsWith("/api/public/");
        Jwt token = GatewaySecurityFilter.verifiedToken(exchange);
        TokenBuckets.Decision decision = !publicPath && token != null
                ? tenantDecision(token)
                : publicBuckets.tryConsume("ip:" + clientAddress(exchange));
        return decision.allowed() ? chain.filter(exchange) : tooManyRequests(exchange, decision, publicPath);
    }

    private TokenBuckets.Decision tenantDecision(Jwt jwt) {
        String tenant = jwt.getClaimAsString(JwtClaims.TENANT);
        String key = StringUtils.hasText(tenant) ? "tenant:" + tenant : "subject:" + jwt.getSubject();
        return tenantBuckets.tryConsume(key);
    }

    private String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress address = addressResolver.resolve(exchange);
        if (address == null) {
            return "unknown";
        }
        return address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
    }

    private Mono<Void> tooManyRequests(ServerWebExchange exchange, TokenBuckets.Decision decision, boolean publicPath) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        String who = publicPath ? "this client address" : "this gemeente";
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
                publicPath ? "rate-limit-address" : "rate-limit-gemeente",
                "The request rate limit for " + who + " is exceeded; retry after " + decision.retryAfterSeconds()
                        + " second(s).", decision.retryAfterSeconds());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
