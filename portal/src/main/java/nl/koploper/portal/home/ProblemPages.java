package nl.koploper.portal.home;

import jakarta.servlet.http.HttpServletResponse;
import nl.koploper.portal.api.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * An API problem that a page does not handle itself becomes a page a person understands: the session ended (sign in
 * again), no access, not found, or the platform briefly unavailable. Forms handle their own 400s next to the fields.
 */
@ControllerAdvice
class ProblemPages {

    private static final Logger log = LoggerFactory.getLogger(ProblemPages.class);

    @ExceptionHandler(ApiProblem.class)
    String problem(ApiProblem problem, HttpServletResponse response, Model model) {
        if (problem.status() == 401) {
            // The access token is gone or no longer accepted: a fresh sign-in gets a new one.
            return "redirect:/oauth2/authorization/koploper";
        }
        String kind = switch (problem.status()) {
            case 403 -> "forbidden";
            case 404, 410 -> "not-found";
            case 400, 409, 412, 422 -> "refused";
            default -> "unavailable";
        };
        if ("unavailable".equals(kind)) {
            log.warn("The platform answered {}", problem.getMessage());
        }
        response.setStatus(problem.status() >= 500 ? 503 : problem.status());
        model.addAttribute("kind", kind);
        model.addAttribute("problem", problem);
        return "home/problem";
    }
}
