package nl.koploper.gateway.security;

import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.util.StringUtils;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The gateway's security in one web filter, in the order Spring Security's filter chain applied it here: the strict
 * firewall, the security response headers, CORS (a preflight is answered before any token check), the bearer token
 * (verified by Spring Security's JWT decoder, once per token: {@link VerifiedTokens}) and the access rule per path.
 * It replaces Spring Security's {@code WebFilterChainProxy}: that chain of a dozen filters, each a reactive pipeline
 * of its own, with the security context carried in Reactor's context, was a third to a half of the gateway's CPU per
 * request with everything it checked already cheap (local/bench/results/2026-12-07-gateway-security.md). The rules
 * and the answers are the ones that chain gave.
 * <ul>
 * <li>Open paths ({@link #OPEN_PATHS}) need no token.</li>
 * <li>{@code /api/admin/**} and {@code /fallback/**} are refused: 401 without a token, 403 with one. Platform
 * administration is done inside the cluster; the fallbacks are reached only by the gateway's internal forward, which
 * does not pass this filter again.</li>
 * <li>Every other {@code /api/**} path needs a token that names a gemeente ({@code tenant}) or belongs to the
 * Koploper team ({@code platform-admin}): 401 without a valid token, 403 with one that is neither.</li>
 * <li>Anything else passes (and is answered 404 problem+json by the error handler).</li>
 * </ul>
 * A token that is sent is always checked, on open paths too: a refused token is 401, never ignored.
 */
public final class GatewaySecurityFilter implements WebFilter, Ordered {

    /** Where Spring Security's filter chain sat: before every other web filter that looks at the request. */
    static final int ORDER = -100;

    static final String[] OPEN_PATHS = {
            "/api/public/**",
            "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui.html", "/swagger-ui/**", "/webjars/**",
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus"
    };

    private static final String VERIFIED_TOKEN = GatewaySecurityFilter.class.getName() + ".verifiedToken";

    private enum Access { OPEN, REFUSED, GEMEENTE_OR_PLATFORM_ADMIN, NOT_API }

    private final AnyPath open = new AnyPath(OPEN_PATHS);
    private final AnyPath refused = new AnyPath("/api/admin/**", "/fallback/**");
    private final AnyPath api = new AnyPath("/api/**");
    private final ServerBearerTokenAuthenticationConverter bearerTokens = new ServerBearerTokenAuthenticationConverter();
    private final CorsProcessor corsProcessor = new DefaultCorsProcessor();

    private final ServerWebExchangeFirewall firewall;
    private final ServerExchangeRejectedHandler rejectedRequests;
    private final CorsConfigurationSource cors;
    private final VerifiedTokens tokens;
    private final ProblemAuthenticationEntryPoint unauthorized;
    private final ProblemAccessDeniedHandler forbidden;

    GatewaySecurityFilter(ServerWebExchangeFirewall firewall, ServerExchangeRejectedHandler rejectedRequests,
                          CorsConfigurationSource cors, VerifiedTokens tokens,
                          ProblemAuthenticationEntryPoint unauthorized, ProblemAccessDeniedHandler forbidden) {
        this.firewall = firewall;
        this.rejectedRequests = rejectedRequests;
        this.cors = cors;
        this.tokens = tokens;
        this.unauthorized = unauthorized;
        this.forbidden = forbidden;
    }

    /** The token this request was let through with, or null for a request without one (an open path). */
    public static Jwt verifiedToken(ServerWebExchange exchange) {
        return exchange.getAttribute(VERIFIED_TOKEN);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        // As Spring Security's chain did: the firewall's header checks run whenever a header is read later on, so its
        // refusal can come from anywhere downstream and is answered here.
        return firewall.getFirewalledExchange(exchange)
                .flatMap(checked -> filterChecked(checked, chain))
                .onErrorResume(ServerExchangeRejectedException.class,
                        rejected -> rejectedRequests.handle(exchange, rejected));
    }

    private Mono<Void> filterChecked(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            SecurityHeaders.write(exchange);
            return Mono.empty();
        });
        ServerHttpRequest request = exchange.getRequest();
        CorsConfiguration corsRules = cors.getCorsConfiguration(exchange);
        if (!corsProcessor.process(corsRules, exchange)) {
            // Refused: the processor only sets 403; the answer says why, as every refusal of the gateway does.
            return forbidden.crossSiteRefused(exchange, corsRules);
        }
        if (CorsUtils.isPreFlightRequest(request)) {
            // Answered by the processor: nothing goes on to a service.
            return Mono.empty();
        }
        Access access = access(request.getPath().pathWithinApplication());
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return withoutToken(exchange, chain, access);
        }
        String token = WellFormedBearer.token(authorization);
        if (token != null) {
            Jwt known = tokens.knownValid(token);
            return known != null ? withToken(exchange, chain, access, known) : verify(exchange, chain, access, token);
        }
        // Another scheme (no token), or a malformed bearer header: Spring's converter's refusal (401 invalid_token)
        // and its text.
        return bearerTokens.convert(exchange)
                .map(authentication -> Optional.of(((BearerTokenAuthenticationToken) authentication).getToken()))
                .defaultIfEmpty(Optional.empty())
                .onErrorResume(AuthenticationException.class,
                        refusal -> unauthorized.commence(exchange, refusal).then(Mono.empty()))
                .flatMap(converted -> converted.isPresent()
                        ? verify(exchange, chain, access, converted.get())
                        : withoutToken(exchange, chain, access));
    }

    private Access access(PathContainer path) {
        if (open.matches(path)) {
            return Access.OPEN;
        }
        if (refused.matches(path)) {
            return Access.REFUSED;
        }
        return api.matches(path) ? Access.GEMEENTE_OR_PLATFORM_ADMIN : Access.NOT_API;
    }

    /** The first request with a token: Spring Security's decoder checks signature, issuer, audience and times. */
    private Mono<Void> verify(ServerWebExchange exchange, WebFilterChain chain, Access access, String token) {
        // A token that is not valid (BadJwtException) is the caller's problem, 401, with the decoder's reason, as
        // Spring Security's JwtReactiveAuthenticationManager reports it. Any other failure (the issuer's keys could
        // not be fetched) is the platform's and goes on to the error handler (500, logged).
        return tokens.decode(token)
                .onErrorMap(BadJwtException.class, bad -> new InvalidBearerTokenException(bad.getMessage(), bad))
                .onErrorResume(InvalidBearerTokenException.class,
                        invalid -> unauthorized.commence(exchange, invalid).then(Mono.empty()))
                .flatMap(jwt -> withToken(exchange, chain, access, jwt));
    }

    private Mono<Void> withoutToken(ServerWebExchange exchange, WebFilterChain chain, Access access) {
        return switch (access) {
            case OPEN, NOT_API -> chain.filter(exchange);
            case REFUSED, GEMEENTE_OR_PLATFORM_ADMIN -> unauthorized.commence(exchange,
                    new AuthenticationCredentialsNotFoundException("No access token"));
        };
    }

    private Mono<Void> withToken(ServerWebExchange exchange, WebFilterChain chain, Access access, Jwt jwt) {
        boolean allowed = switch (access) {
            case OPEN, NOT_API -> true;
            case REFUSED -> false;
            case GEMEENTE_OR_PLATFORM_ADMIN -> namesGemeenteOrIsPlatformAdmin(jwt);
        };
        if (!allowed) {
            return forbidden.handle(exchange, new AccessDeniedException("Access denied"));
        }
        exchange.getAttributes().put(VERIFIED_TOKEN, jwt);
        return chain.filter(exchange);
    }

    /** A verified token that carries a gemeente, or one of the Koploper team (who names the tenant explicitly). */
    static boolean namesGemeenteOrIsPlatformAdmin(Jwt jwt) {
        if (StringUtils.hasText(jwt.getClaimAsString(JwtClaims.TENANT))) {
            return true;
        }
        List<String> roles = jwt.getClaimAsStringList(JwtClaims.ROLES);
        return roles != null && roles.contains(JwtClaims.PLATFORM_ADMIN);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
