package nl.koploper.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads the {@code roles} claim; roles the platform does not know are dropped rather than trusted. */
final class JwtRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    private static final Set<String> KNOWN = Set.of(
            Roles.PLATFORM_ADMIN, Roles.COORDINATOR, Roles.ADVISOR, Roles.PARTICIPANT, Roles.JURY);

    static List<String> of(Jwt jwt) {
        Object claim = jwt.getClaims().get("roles");
        if (!(claim instanceof Collection<?> values)) {
            return List.of();
        }
        return values.stream().map(String::valueOf).filter(KNOWN::contains).distinct().toList();
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        return of(jwt).stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority(Roles.authority(role))).toList();
    }
}
