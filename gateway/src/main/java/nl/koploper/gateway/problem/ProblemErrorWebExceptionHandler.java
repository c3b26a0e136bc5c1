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
                return problems.write(exchange, status, "Not Found", "Nothing is served at " + method + " " + path + ".");
            }
            if (status.value() == 504) {
                return problems.write(exchange, status, "Gateway Timeout",
                        "The service behind " + path + " did not answer within its timeout.");
            }
            if (status.is5xxServerError()) {
                log.warn("Gateway error {} for {} {}", status.value(), method, path, ex);
                return problems.write(exchange, status, title(status), "The gateway could not complete the request.");
            }
            return problems.write(exchange, status, title(status),
                    rse.getReason() != null ? rse.getReason() : title(status));
        }
        if (ex instanceof TimeoutException) {
            return problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "Gateway Timeout",
                    "The service behind " + path + " did not answer within its timeout.");
        }
        log.error("Unexpected gateway error for {} {}", method, path, ex);
        return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "Internal Server Error",
                "The gateway failed unexpectedly; the error has been logged.");
    }

    private static String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "HTTP " + status.value();
    }
}
