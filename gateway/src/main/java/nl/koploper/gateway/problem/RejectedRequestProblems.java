package nl.koploper.gateway.problem;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers a request Spring Security's firewall refuses before any filter or route sees it (an encoded slash or
 * {@code ..}, a control character, a non-normalised path) with problem+json instead of an empty 400. The detail names
 * the kind of address refused, never the address itself.
 */
@Component
class RejectedRequestProblems implements ServerExchangeRejectedHandler {

    private final ProblemWriter problems;

    RejectedRequestProblems(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return problems.write(exchange, HttpStatus.BAD_REQUEST, "rejected-address",
                "The request address contains an encoded slash, '..', a control character or another sequence the"
                        + " platform does not accept.");
    }
}
