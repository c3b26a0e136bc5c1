package nl.koploper.gateway.security;

import nl.koploper.gateway.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 (or 400 for a malformed Authorization header) as problem+json, with the RFC 6750 {@code WWW-Authenticate}
 * challenge the standard bearer entry point would send.
 */
final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemWriter problems;

    ProblemAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        HttpStatus status = HttpStatus.UNAUTHORIZED;
        String challenge = "Bearer";
        String key = "token-missing";
        String detail = "This request needs a valid access token (Authorization: Bearer ...).";
        String reason = null;
        if (ex instanceof OAuth2AuthenticationException oauth2) {
            OAuth2Error error = oauth2.getError();
            if (error instanceof BearerTokenError bearer) {
                status = bearer.getHttpStatus();
            }
            challenge = "Bearer error=\"" + quote(error.getErrorCode()) + "\""
                    + (StringUtils.hasText(error.getDescription())
                            ? ", error_description=\"" + quote(error.getDescription()) + "\"" : "");
            // The token library's reason stays as it is written (English, for whoever debugs the client).
            reason = StringUtils.hasText(error.getDescription()) ? error.getDescription() : error.getErrorCode();
            key = "token-refused";
            detail = "The access token was refused: " + reason;
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return problems.write(exchange, status, key, detail, reason);
    }

    private static String quote(String value) {
        return value.replace("\\", "\\\\").replace("\"", "'");
    }
}
