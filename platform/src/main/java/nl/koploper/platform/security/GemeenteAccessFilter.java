package nl.koploper.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.koploper.contracts.tenant.GemeenteProfile;
import nl.koploper.platform.gemeente.GemeenteProblems;
import nl.koploper.platform.gemeente.GemeenteRegistry;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.platform.web.ProblemTexts;
import nl.koploper.platform.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after {@link TenantResolutionFilter} and lets a request act on its gemeente only when that gemeente is in this
 * service's copy of the registry ({@link GemeenteRegistry}):
 * <ul>
 *   <li>not registered: 403 for a token of that gemeente; 404 for a platform-admin who named it with
 *       {@code ?tenant=} (the admin may know every gemeente, so "no such gemeente" is the honest answer);</li>
 *   <li>deactivated: every write (anything but GET, HEAD, OPTIONS) is a 403, for everyone; reads are left to the
 *       gemeente's coordinators and to platform-admins, other roles get a 403;</li>
 *   <li>a platform-admin acting without naming a gemeente, and requests without a token (public endpoints, which use
 *       {@link GemeenteRegistry#requireActive} on the gemeente of their path), pass untouched.</li>
 * </ul>
 * Refusals are problem+json of type {@link GemeenteProblems#NOT_REGISTERED} or {@link GemeenteProblems#DEACTIVATED}.
 */
class GemeenteAccessFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final GemeenteRegistry registry;
    private final ProblemWriter problems;
    /** The refusals are read by people too: said in the request's language, as the platform's other problems. */
    private final ProblemTexts texts = new ProblemTexts();

    GemeenteAccessFilter(GemeenteRegistry registry, ProblemWriter problems) {
        this.registry = registry;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<TenantId> tenant = TenantContext.current();
        if (tenant.isEmpty()
                || !(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            chain.doFilter(request, response);
            return;
        }
        CurrentUser user = CurrentUser.of(token.getToken());
        String gemeente = tenant.get().value();
        Optional<GemeenteProfile> profile = registry.profile(gemeente);
        if (profile.isEmpty()) {
            boolean namedByAdmin = user.isPlatformAdmin() && user.tenant().isEmpty();
            problems.write(request, response, namedByAdmin ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN,
                    texts.text(request, namedByAdmin ? "gemeente-not-registered" : "gemeente-not-registered.ask-admin",
                            "Gemeente '" + gemeente + "' is not registered on the Koploper platform"
                                    + (namedByAdmin ? "" : "; a platform-admin registers it first"), gemeente),
                    Map.of("type", GemeenteProblems.NOT_REGISTERED.toString(),
                            "title", texts.text(request, "title.gemeente-not-registered",
                                    GemeenteProblems.NOT_REGISTERED_TITLE),
                            "tenant", gemeente));
            return;
        }
        if (!profile.get().active()) {
            boolean read = READS.contains(request.getMethod());
            if (!read || !(user.hasRole(Roles.COORDINATOR) || user.isPlatformAdmin())) {
                problems.write(request, response, HttpStatus.FORBIDDEN, read
                                ? texts.text(request, "gemeente-deactivated.read", "Gemeente '" + gemeente
                                        + "' is deactivated: only its coordinators can still read its data", gemeente)
                                : texts.text(request, "gemeente-deactivated.write", "Gemeente '" + gemeente
                                        + "' is deactivated: nothing can be changed, its data stays readable to its "
                                        + "coordinators", gemeente),
                        Map.of("type", GemeenteProblems.DEACTIVATED.toString(),
                                "title", texts.text(request, "title.gemeente-deactivated",
                                        GemeenteProblems.DEACTIVATED_TITLE),
                                "tenant", gemeente));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
