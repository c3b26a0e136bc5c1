package nl.koploper.gateway.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Matches a request whose path matches any of the patterns, as {@code pathMatchers(...)} does, in one loop. Spring's
 * own matcher tries each pattern in a reactive chain and logs each try at debug level, and commons-logging's SLF4J
 * bridge formats such a message even when debug is off: for the gateway's dozen open and denied paths that was a
 * fiftieth of its CPU on every request.
 */
final class AnyPath implements ServerWebExchangeMatcher {

    private final List<PathPattern> patterns;

    AnyPath(String... patterns) {
        this.patterns = Arrays.stream(patterns).map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        for (PathPattern pattern : patterns) {
            if (pattern.matches(path)) {
                return MatchResult.match();
            }
        }
        return MatchResult.notMatch();
    }

    @Override
    public String toString() {
        return "AnyPath" + patterns;
    }
}
