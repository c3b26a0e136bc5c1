package nl.koploper.portal.user;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The signed-in person of the current request, if any. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<PortalUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof OidcUser oidc
                ? Optional.of(PortalUser.of(oidc)) : Optional.empty();
    }

    public static PortalUser require() {
        return get().orElseThrow(() -> new IllegalStateException("a signed-in page without a signed-in user"));
    }
}
