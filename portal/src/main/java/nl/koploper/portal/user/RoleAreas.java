package nl.koploper.portal.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import nl.koploper.portal.api.ApiProblem;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Each role's pages (its home and everything under it: {@code /coordinator/**}, {@code /adviseur/**}, ...) open only
 * for someone with that role; anyone else gets the "no access" page before a page asks the platform anything. The
 * services decide what each person may read, and still do; this keeps a participant who types a coordinator's address
 * from a half-empty coordinator page built from whatever the platform happens to let a participant read (the network
 * list is one).
 */
public class RoleAreas implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        List<Role> areas = Arrays.stream(Role.values()).filter(role -> isUnder(path, role.home())).toList();
        if (areas.isEmpty()) {
            return true;
        }
        PortalUser user = CurrentUser.get().orElse(null);
        if (user == null || areas.stream().anyMatch(user::has)) {
            return true; // no sign-in yet: Spring Security sends the person to the issuer first
        }
        throw new ApiProblem(403, "Forbidden", "the pages under " + areas.get(0).home() + " are for the role "
                + areas.get(0).name(), List.of());
    }

    private static boolean isUnder(String path, String home) {
        return path.equals(home) || path.startsWith(home + "/");
    }
}
