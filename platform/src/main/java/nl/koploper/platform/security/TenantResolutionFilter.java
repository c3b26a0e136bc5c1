package nl.koploper.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.platform.web.ProblemWriter;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the request's tenant into {@link TenantContext}, taken only from the verified token. Headers are never
 * read. A platform-admin names the gemeente with the {@code tenant} query parameter; anyone else may only name
 * their own. Requests without a token (public endpoints) pass through without a tenant.
 */
class TenantResolutionFilter extends OncePerRequestFilter {

    static final String TENANT_PARAMETER = "tenant";

    private final ProblemWriter problems;

    TenantResolutionFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            chain.doFilter(request, response);
            return;
        }
        CurrentUser user = CurrentUser.of(token.getToken());
        String named = request.getParameter(TENANT_PARAMETER);
        if (named != null && !TenantId.isValid(named)) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, problems.text(request, "tenant.not-a-slug",
                    "'" + named + "' is not a gemeente slug (lower-case letters, digits and hyphens)", named));
            return;
        }
        Optional<String> claimed = user.tenant();
        if (!user.isPlatformAdmin()) {
            if (claimed.isEmpty() || !TenantId.isValid(claimed.get())) {
                problems.write(request, response, HttpStatus.FORBIDDEN, problems.text(request, "tenant.token-without",
                        "The token does not name a valid gemeente"));
                return;
            }
            if (named != null && !named.equals(claimed.get())) {
                problems.write(request, response, HttpStatus.FORBIDDEN, problems.text(request, "tenant.other-gemeente",
                        "A token of gemeente '" + claimed.get() + "' cannot act on gemeente '" + named + "'",
                        claimed.get(), named));
                return;
            }
        }
        Optional<TenantId> tenant = Optional.ofNullable(named).or(() -> claimed).map(TenantId::of);
        if (tenant.isEmpty()) {
            chain.doFilter(request, response); // a platform-admin acting across gemeenten: tenant-scoped data fails closed
            return;
        }
        try (TenantContext.Scope ignored = TenantContext.enter(tenant.get())) {
            MDC.put(TenantContext.MDC_KEY, tenant.get().value());
            chain.doFilter(request, response);
        } finally {
            MDC.remove(TenantContext.MDC_KEY);
        }
    }
}
