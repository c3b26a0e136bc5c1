package nl.koploper.gateway.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Whether a request path matches any of the patterns, by the rules of Spring Security's {@code pathMatchers(...)}
 * (Spring's default {@link PathPatternParser}, against the path within the application), in one plain loop.
 */
final class AnyPath {

    private final List<PathPattern> patterns;

    AnyPath(String... patterns) {
        this.patterns = Arrays.stream(patterns).map(PathPatternParser.defaultInstance::parse).toList();
    }

    boolean matches(PathContainer path) {
        for (PathPattern pattern : patterns) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "AnyPath" + patterns;
    }
}
