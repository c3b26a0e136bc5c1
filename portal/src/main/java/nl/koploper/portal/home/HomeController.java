package nl.koploper.portal.home;

import nl.koploper.portal.user.CurrentUser;
import nl.koploper.portal.user.PortalUser;
import nl.koploper.portal.user.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page, and after sign-in the page of the person's role. */
@Controller
class HomeController {

    @GetMapping("/")
    String start() {
        return "home/start";
    }

    /** Where sign-in lands: the page of the user's role (a person with several roles starts at the first). */
    @GetMapping("/mijn")
    String mine() {
        PortalUser user = CurrentUser.require();
        for (Role role : Role.values()) {
            if (user.has(role)) {
                return "redirect:" + role.home();
            }
        }
        return "home/no-role";
    }

    @GetMapping("/uitgelogd")
    String signedOut() {
        return "home/signed-out";
    }
}
