package nl.koploper.portal.home;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.Gateway;
import nl.koploper.portal.user.CurrentUser;
import nl.koploper.portal.user.PortalUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's frame shows: who is signed in, and the gemeente's name, logo and house colour (a signed-in user's
 * gemeente, read once per session from cohort-service: its details for a coordinator, its public page for everyone
 * else), and the current path for the language switch.
 */
@ControllerAdvice
public class PageModel {

    static final String BRANDING = "branding";

    private final Gateway gateway;

    PageModel(Gateway gateway) {
        this.gateway = gateway;
    }

    @ModelAttribute("user")
    PortalUser user() {
        return CurrentUser.get().orElse(null);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("branding")
    Branding branding(HttpServletRequest request) {
        PortalUser user = CurrentUser.get().orElse(null);
        if (user == null || user.tenant() == null) {
            return null;
        }
        HttpSession session = request.getSession();
        if (session.getAttribute(BRANDING) instanceof Branding known) {
            return known.name() == null ? null : known;
        }
        Branding branding;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> gemeente = gateway.asUser().get(Map.class, "/api/gemeenten/current");
            branding = new Branding(String.valueOf(gemeente.get("displayName")),
                    gemeente.get("logoUrl") instanceof String logo ? logo : null,
                    HouseColour.parse(gemeente.get("brandColour")).orElse(null));
        } catch (ApiProblem e) {
            if (e.status() >= 500 || e.status() == 401) {
                return null; // try again on the next page; the page itself says what is wrong
            }
            // Only coordinators and the platform team may read the gemeente's registration details; its people see
            // the name and logo the gemeente shows everyone on its public page.
            branding = publicBranding(user.tenant());
        }
        session.setAttribute(BRANDING, branding);
        return branding.name() == null ? null : branding;
    }

    private Branding publicBranding(String gemeente) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> page = gateway.asPublic().get(Map.class, "/api/public/cohorts/{gemeente}", gemeente);
            if (page.get("gemeente") instanceof Map<?, ?> known && known.get("name") instanceof String name) {
                return new Branding(name, known.get("logoUrl") instanceof String logo ? logo : null,
                        HouseColour.parse(known.get("brandColour")).orElse(null));
            }
        } catch (ApiProblem e) {
            // deactivated or unknown: the frame shows the platform's name only
        }
        return new Branding(null, null, null);
    }

    /**
     * A gemeente's name, logo (https, or none) and house colour (or none) as the page frame shows them.
     *
     * @param colour checked by {@link HouseColour#parse}: what the platform sent, if it is {@code #RRGGBB}
     */
    public record Branding(String name, String logoUrl, HouseColour colour) implements java.io.Serializable {
    }
}
