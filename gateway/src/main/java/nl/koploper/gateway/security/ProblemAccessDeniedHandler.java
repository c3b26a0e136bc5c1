package nl.koploper.gateway.security;

import nl.koploper.gateway.problem.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 403 as problem+json for a valid token that may not use the path. */
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
}
