package nl.koploper.gateway.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes the gateway's own error responses as RFC 9457 {@code application/problem+json}. */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    /**
     * The path the client asked for: after a circuit-breaker fallback the request has been forwarded to
     * {@code /fallback/...}, and the original URL is kept in an exchange attribute.
     */
    public static String requestedPath(ServerWebExchange exchange) {
        Set<URI> originals = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
        if (originals != null && !originals.isEmpty()) {
            return originals.iterator().next().getRawPath();
        }
        return exchange.getRequest().getPath().value();
    }

    /**
     * Writes a problem document in the request's language ({@link ProblemTexts}): the title from the status, the
     * detail under {@code detailKey} in Dutch or {@code englishDetail}. Headers the caller needs (Retry-After,
     * WWW-Authenticate) must already be set on the response.
     */
    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detailKey, String englishDetail,
                            Object... args) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        boolean english = ProblemTexts.prefersEnglish(
                exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", ProblemTexts.title(status.value(), english));
        problem.put("status", status.value());
        problem.put("detail", ProblemTexts.detail(detailKey, english, englishDetail, args));
        problem.put("instance", requestedPath(exchange));
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = json.writeValueAsBytes(problem);
        response.getHeaders().setContentLength(body.length);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }
}
