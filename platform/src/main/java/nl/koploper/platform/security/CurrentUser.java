package nl.koploper.platform.security;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, as the verified token says.
 *
 * @param tenant the gemeente of the token; empty for a platform-admin, who names a gemeente per request instead
 */
public record CurrentUser(String subject, Optional<String> email, Optional<String> tenant, List<String> roles) {

    public static Optional<CurrentUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(of(token.getToken()));
        }
        return Optional.empty();
    }

    /** The caller of an authenticated request; throws where there is none (a public endpoint asking by mistake). */
    public static CurrentUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No authenticated user on this request"));
    }

    static CurrentUser of(Jwt jwt) {
        return new CurrentUser(jwt.getSubject(),
                Optional.ofNullable(jwt.getClaimAsString("email")),
                Optional.ofNullable(jwt.getClaimAsString("tenant")),
                JwtRoles.of(jwt));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isPlatformAdmin() {
        return hasRole(Roles.PLATFORM_ADMIN);
    }
}
