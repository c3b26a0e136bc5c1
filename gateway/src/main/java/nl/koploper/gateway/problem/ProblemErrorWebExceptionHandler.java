package nl.koploper.gateway.problem;

import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Turns every error that reaches the web layer (no route: 404, a proxy timeout without fallback: 504, anything
 * unexpected: 500) into problem+json. Ordered before Boot's default handler so no whitelabel page or stack trace is
 * ever rendered.
 */
@Component
@Order(-2)
class ProblemErrorWebExceptionHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

    private final ProblemWriter problems;

    ProblemErrorWebExceptionHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        String method = exchange.getRequest().getMethod().name();
        String path = exchange.getRequest().getPath().value();
        if (ex instanceof ResponseStatusException rse) {
            HttpStatusCode status = rse.getStatusCode();
            exchange.getResponse().getHeaders().putAll(rse.getHeaders());
            if (status.value() == 404) {
                return problems.write(exchange, status, "not-found",
                        "Nothing is served at " + method + " " + path + ".", method, path);
            }
            if (status.value() == 504) {
                return problems.write(exchange, status, "timeout",
                        "The service behind " + path + " did not answer within its timeout.", path);
            }
            if (status.is5xxServerError()) {
                return TraceLog.write(() -> log.warn("Gateway error {} for {} {}", status.value(), method, path, ex))
                        .then(problems.write(exchange, status, "gateway-error",
                                "The gateway could not complete the request."));
            }
            // Spring's reason is an English text for developers (a malformed header, an unsupported method): passed on
            // as it is, inside a sentence in the request's language.
            String reason = rse.getReason() != null ? rse.getReason() : Integer.toString(status.value());
            return problems.write(exchange, status, "refused", "The gateway refused the request: " + reason + ".",
                    reason);
        }
        if (ex instanceof TimeoutException) {
            return problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "timeout",
                    "The service behind " + path + " did not answer within its timeout.", path);
        }
        return TraceLog.write(() -> log.error("Unexpected gateway error for {} {}", method, path, ex))
                .then(problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                        "The gateway failed unexpectedly; the error has been logged."));
    }
}
