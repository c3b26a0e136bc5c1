package nl.koploper.portal.publicpages;

import java.util.List;
import java.util.Map;
import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.FormErrors;
import nl.koploper.portal.api.Gateway;
import nl.koploper.portal.api.ProblemMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Koplopersymposium's public page (the link the gemeente publishes): what, when, where, the programme, the winner
 * of the Koploperprijs once known, and the guest form. A guest gets the invitation with a personal link by mail.
 */
@Controller
@RequestMapping("/symposium/{gemeente}/{meetingId}")
class SymposiumPages {

    private static final String API = "/api/public/symposium/{gemeente}/{meetingId}";

    private final Gateway gateway;
    private final ProblemMessages problems;

    SymposiumPages(Gateway gateway, ProblemMessages problems) {
        this.gateway = gateway;
        this.problems = problems;
    }

    record Symposium(String meetingId, String title, String description, String start, String end, String address,
                     String onlineUrl, String status, Integer placesLeft, List<Session> programme, Winner award) {
    }

    record Session(String start, String end, String title, String description, List<Speaker> speakers) {
    }

    record Speaker(String name, String organisation) {
    }

    record Winner(String organisationName, String motivation) {
    }

    @GetMapping
    String show(@PathVariable String gemeente, @PathVariable String meetingId, Model model) {
        return page(gemeente, meetingId, "", "", FormErrors.none(), model);
    }

    @PostMapping("/aanmelden")
    String register(@PathVariable String gemeente, @PathVariable String meetingId,
                    @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email,
                    Model model, RedirectAttributes redirect) {
        try {
            gateway.asPublic().post(Map.class, Map.of("name", name, "email", email, "locale",
                            org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage()),
                    API + "/registrations", gemeente, meetingId);
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 || problem.status() == 404) {
                throw problem;
            }
            return page(gemeente, meetingId, name, email, problems.of(problem), model);
        }
        redirect.addFlashAttribute("registeredEmail", email);
        return "redirect:/symposium/{gemeente}/{meetingId}";
    }

    private String page(String gemeente, String meetingId, String name, String email, FormErrors errors, Model model) {
        model.addAttribute("symposium", gateway.asPublic().get(Symposium.class, API, gemeente, meetingId));
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("name", name);
        model.addAttribute("email", email);
        model.addAttribute("errors", errors);
        return "public/symposium";
    }
}
