package nl.koploper.gateway.security;

import nl.koploper.gateway.problem.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 403 as problem+json: a valid token that may not use the path, or a cross-site request the CORS rules refuse. */
final class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemWriter problems;

    ProblemAccessDeniedHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        String path = exchange.getRequest().getPath().value();
        return problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden", "This token may not use " + path
                + ": it names no gemeente, or the path is not served through the gateway.", path);
    }

    /**
     * A request from a page on another site that the CORS rules do not allow (its origin, or in a preflight the
     * method or headers it asks for). The browser keeps this answer from the page; it is read in the browser's
     * developer tools and by whoever calls with a hand-made Origin.
     */
    Mono<Void> crossSiteRefused(ServerWebExchange exchange, CorsConfiguration rules) {
        String origin = exchange.getRequest().getHeaders().getOrigin();
        if (rules.checkOrigin(origin) == null) {
            return problems.write(exchange, HttpStatus.FORBIDDEN, "cross-site-origin",
                    "Pages on " + origin + " may not call this platform.", origin);
        }
        return problems.write(exchange, HttpStatus.FORBIDDEN, "cross-site-request",
                "Pages on " + origin + " may call this platform, but not with this method or these headers.", origin);
    }
}
