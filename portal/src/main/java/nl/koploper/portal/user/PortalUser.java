package nl.koploper.portal.user;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in person as the issuer's ID token describes them: e-mail, gemeente (tenant) and roles. The portal uses
 * these only to choose pages; every service checks the access token itself.
 */
public record PortalUser(String email, String name, String tenant, Set<Role> roles) {

    public static PortalUser of(OidcUser oidc) {
        String email = oidc.getEmail() != null ? oidc.getEmail() : oidc.getSubject();
        String name = oidc.getFullName() != null ? oidc.getFullName() : email;
        Object claimed = oidc.getClaims().get("roles");
        Collection<?> roleNames = claimed instanceof Collection<?> list ? list
                : claimed == null ? List.of() : List.of(claimed);
        Set<Role> roles = roleNames.stream().map(Object::toString).map(Role::ofClaim)
                .flatMap(java.util.Optional::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());
        return new PortalUser(email, name, oidc.getClaimAsString("tenant"), roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isCoordinator() {
        return has(Role.COORDINATOR);
    }

    public boolean isAdvisor() {
        return has(Role.ADVISOR);
    }

    public boolean isParticipant() {
        return has(Role.PARTICIPANT);
    }

    public boolean isJuror() {
        return has(Role.JURY);
    }

    public boolean isPlatformAdmin() {
        return has(Role.PLATFORM_ADMIN);
    }
}
