package nl.koploper.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * The response headers Spring Security writes by default, with its values, on every answer that leaves the gateway:
 * its own and the services'. As Spring's writers do, a header the answer already has is left as it is (a service's
 * own caching rules stay), and the three caching headers are written only together, never on a 304.
 */
final class SecurityHeaders {

    static final String NO_CACHE = "no-cache, no-store, max-age=0, must-revalidate";
    /** Spring Security's default: a year, subdomains included; sent only over HTTPS, where it means something. */
    static final String HSTS = "max-age=31536000 ; includeSubDomains";

    private SecurityHeaders() {
    }

    static void write(ServerWebExchange exchange) {
        ServerHttpResponse response = exchange.getResponse();
        HttpHeaders headers = response.getHeaders();
        if (response.getStatusCode() != HttpStatus.NOT_MODIFIED && !headers.containsHeader(HttpHeaders.CACHE_CONTROL)
                && !headers.containsHeader(HttpHeaders.PRAGMA) && !headers.containsHeader(HttpHeaders.EXPIRES)) {
            headers.set(HttpHeaders.CACHE_CONTROL, NO_CACHE);
            headers.set(HttpHeaders.PRAGMA, "no-cache");
            headers.set(HttpHeaders.EXPIRES, "0");
        }
        setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
        if ("https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme())) {
            setIfAbsent(headers, "Strict-Transport-Security", HSTS);
        }
        setIfAbsent(headers, "X-Frame-Options", "DENY");
        // "0": the browsers' old XSS auditor is itself a risk; OWASP's and Spring's advice is to switch it off.
        setIfAbsent(headers, "X-XSS-Protection", "0");
        setIfAbsent(headers, "Referrer-Policy", "no-referrer");
    }

    private static void setIfAbsent(HttpHeaders headers, String name, String value) {
        if (!headers.containsHeader(name)) {
            headers.set(name, value);
        }
    }
}
