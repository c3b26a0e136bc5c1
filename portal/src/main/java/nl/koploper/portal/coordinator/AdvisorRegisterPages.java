package nl.koploper.portal.coordinator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.FormErrors;
import nl.koploper.portal.api.Gateway;
import nl.koploper.portal.api.ProblemMessages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The gemeente's advisor register (assessment-service's {@code /api/assessments/advisors}): the advisors the
 * coordinator assigns to organisations, added here (name, the e-mail address they sign in with, organisation) or
 * while assigning, and removed once they advise no organisation any more.
 */
@Controller
@RequestMapping("/coordinator/adviseurs")
class AdvisorRegisterPages {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {
            };
    @SuppressWarnings("unchecked")
    private static final Class<Map<String, Object>> JSON = (Class<Map<String, Object>>) (Class<?>) Map.class;
    private static final String REGISTER = "/api/assessments/advisors";

    private final Gateway gateway;
    private final ProblemMessages problems;
    private final MessageSource messages;

    AdvisorRegisterPages(Gateway gateway, ProblemMessages problems, MessageSource messages) {
        this.gateway = gateway;
        this.problems = problems;
        this.messages = messages;
    }

    @GetMapping
    String register(Model model) {
        return page(new NewAdvisor(), FormErrors.none(), model);
    }

    @PostMapping
    String add(NewAdvisor form, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", form.getName().strip());
        body.put("email", form.getEmail().strip());
        body.put("organisation", form.getOrganisation().strip());
        try {
            gateway.asUser().post(JSON, body, REGISTER);
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403) {
                throw problem;
            }
            var locale = LocaleContextHolder.getLocale();
            FormErrors errors = "advisor-email-taken".equals(problem.rule())
                    ? new FormErrors(messages.getMessage("problem.fields", null, locale),
                    Map.of("email", messages.getMessage("co.advisors.email.taken", null, locale)))
                    : problems.of(problem);
            return page(form, errors, model);
        }
        redirect.addFlashAttribute("added", form.getName().strip());
        return "redirect:/coordinator/adviseurs";
    }

    @PostMapping("/{advisorId}/verwijderen")
    String remove(@PathVariable String advisorId, @RequestParam String name, Model model,
                  RedirectAttributes redirect) {
        try {
            gateway.asUser().deleteIfMatch(null, REGISTER + "/{id}", advisorId);
        } catch (ApiProblem problem) {
            if (problem.status() == 404) {
                return "redirect:/coordinator/adviseurs"; // gone already
            }
            if (problem.status() != 409) {
                throw problem;
            }
            var locale = LocaleContextHolder.getLocale();
            String message = "advisor-assigned".equals(problem.rule())
                    ? messages.getMessage("co.advisors.remove.assigned", new Object[]{name}, locale)
                    : problems.of(problem).general();
            return page(new NewAdvisor(), new FormErrors(message, Map.of()), model);
        }
        redirect.addFlashAttribute("removed", name);
        return "redirect:/coordinator/adviseurs";
    }

    private String page(NewAdvisor form, FormErrors errors, Model model) {
        List<Map<String, Object>> advisors = gateway.asUser().get(LIST, REGISTER);
        model.addAttribute("advisors", advisors == null ? List.of() : advisors);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "coordinator/advisors";
    }

    /** The add form: the register's own fields. */
    public static class NewAdvisor {

        private String name = "";
        private String email = "";
        private String organisation = "";

        public String getName() { return name; }
        public void setName(String value) { name = value == null ? "" : value; }
        public String getEmail() { return email; }
        public void setEmail(String value) { email = value == null ? "" : value; }
        public String getOrganisation() { return organisation; }
        public void setOrganisation(String value) { organisation = value == null ? "" : value; }
    }
}
