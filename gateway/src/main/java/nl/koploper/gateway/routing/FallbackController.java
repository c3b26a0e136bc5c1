package nl.koploper.gateway.routing;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

import io.swagger.v3.oas.annotations.Hidden;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import nl.koploper.gateway.problem.ProblemWriter;
import nl.koploper.gateway.problem.TraceLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker forwards when its service fails: 504 when the service did not answer within the
 * route's response timeout, 503 otherwise (connection refused, circuit open). Reached only by the gateway's internal
 * {@code forward:}; the security chain refuses it from outside.
 */
@Hidden
@RestController
class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);
    private static final Pattern SERVICE_NAME = Pattern.compile("[a-z][a-z-]{0,30}");

    private final ProblemWriter problems;
    private final Duration retryAfter;

    FallbackController(ProblemWriter problems,
                       @Value("${koploper.gateway.fallback.retry-after:10s}") Duration retryAfter) {
        this.problems = problems;
        this.retryAfter = retryAfter;
    }

    @RequestMapping("/fallback/{service}")
    Mono<Void> fallback(@PathVariable String service, ServerWebExchange exchange) {
        String name = SERVICE_NAME.matcher(service).matches() ? service : "requested";
        Throwable cause = exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        Mono<Void> logged = TraceLog.write(() -> log.warn("Fallback for the {} service on {}: {}", name,
                ProblemWriter.requestedPath(exchange), cause == null ? "no cause" : cause.toString()));
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        if (isTimeout(cause)) {
            return logged.then(problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "service-timeout",
                    "The " + name + " service did not answer within its timeout.", name));
        }
        return logged.then(problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                "The " + name + " service is unavailable at the moment; try again later.", name));
    }

    static boolean isTimeout(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeoutException) {
                return true;
            }
            if (t instanceof ResponseStatusException rse && rse.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
                return true;
            }
        }
        return false;
    }
}
