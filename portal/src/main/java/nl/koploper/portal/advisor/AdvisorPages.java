package nl.koploper.portal.advisor;

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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The advisor's organisations: the cases assessment-service assigns to them, with where each stands; one case's
 * contact, visit, nulmeting progress, profiles and eindmeting; planning or moving the nulmeting visit; and the
 * eindmeting's comparison. Everything is read with the advisor's own token, so a case not assigned to them is the service's 404.
 */
@Controller
@RequestMapping("/adviseur")
class AdvisorPages {

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    static final String CASE = "/api/assessments/cases/{id}";

    private final Gateway gateway;
    private final ProblemMessages problems;
    private final MessageSource messages;

    AdvisorPages(Gateway gateway, ProblemMessages problems, MessageSource messages) {
        this.gateway = gateway;
        this.problems = problems;
        this.messages = messages;
    }

    @GetMapping
    String myOrganisations(Model model) {
        model.addAttribute("cases", gateway.asUser().get(JSON, "/api/assessments/cases?size=100").get("content"));
        return "advisor/organisations";
    }

    @GetMapping("/organisaties/{caseId}")
    String organisation(@PathVariable String caseId, Model model) {
        var found = gateway.asUser().getVersioned(CASE, caseId);
        model.addAttribute("case", found.body());
        model.addAttribute("version", found.etag());
        List<Map<String, Object>> profiles = list(found.body().get("profiles"));
        model.addAttribute("draft", profiles.stream().filter(p -> "DRAFT".equals(p.get("status"))).findFirst()
                .orElse(null));
        model.addAttribute("profiles", profiles);
        // The newest published version: a new version starts from it, and the eindmeting only after one.
        Map<String, Object> published = profiles.stream().filter(p -> "PUBLISHED".equals(p.get("status")))
                .reduce((a, b) -> b).orElse(null);
        model.addAttribute("published", published);
        Map<String, Object> eindmeting = gateway.asUser().get(JSON, ReviewPages.EINDMETING_PATH, caseId);
        model.addAttribute("eindmeting", eindmeting);
        if (published != null) {
            model.addAttribute("comparison", gateway.asUser().get(JSON, CASE + "/comparison", caseId));
            if (!"NOT_STARTED".equals(eindmeting.get("status"))) {
                Object nulmeting = found.body().get("nulmeting") instanceof Map<?, ?> answers ? answers.get("issues")
                        : null;
                List<String> codes = list(nulmeting).stream().map(i -> String.valueOf(i.get("code"))).toList();
                model.addAttribute("finalChanged", ReviewForm.differing(codes, ReviewForm.saved(eindmeting
                        .get("issues")), ReviewForm.saved(nulmeting)).size());
            }
        }
        return "advisor/case";
    }

    @GetMapping("/organisaties/{caseId}/bezoek")
    String visitForm(@PathVariable String caseId, Model model) {
        var found = gateway.asUser().getVersioned(CASE, caseId);
        return visitPage(found.body(), found.etag(), VisitForm.of(found.body().get("visit")), FormErrors.none(),
                model);
    }

    /** Plans the visit, or moves it: the contact and the advisor get the (updated) calendar invitation. */
    @PostMapping("/organisaties/{caseId}/bezoek")
    String planVisit(@PathVariable String caseId, @RequestParam String version,
                     @ModelAttribute("form") VisitForm form, Model model, RedirectAttributes redirect) {
        FormErrors local = form.check(this::text);
        if (local.any()) {
            return visitPage(gateway.asUser().get(JSON, CASE, caseId), version, form, local, model);
        }
        boolean moved;
        try {
            moved = gateway.asUser().get(JSON, CASE, caseId).get("visit") != null;
            gateway.asUser().putIfMatch(version, form.toRequest(), CASE + "/visit", caseId);
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403
                    || problem.status() == 404) {
                throw problem;
            }
            var fresh = gateway.asUser().getVersioned(CASE, caseId);
            return visitPage(fresh.body(), problem.status() == 400 ? version : fresh.etag(), form,
                    problems.of(problem).renamed(VisitForm.FIELD_OF), model);
        }
        redirect.addFlashAttribute("notice", text(moved ? "adv.visit.moved" : "adv.visit.planned"));
        return "redirect:/adviseur/organisaties/{caseId}";
    }

    /** The eindmeting against the nulmeting: per core subject the scores, and the footprint per scope. */
    @GetMapping("/organisaties/{caseId}/vergelijking")
    String comparison(@PathVariable String caseId, Model model) {
        model.addAttribute("case", gateway.asUser().get(JSON, CASE, caseId));
        model.addAttribute("comparison", gateway.asUser().get(JSON, CASE + "/comparison", caseId));
        return "advisor/comparison";
    }

    private String visitPage(Map<String, Object> assessmentCase, String version, VisitForm form, FormErrors errors,
                             Model model) {
        model.addAttribute("case", assessmentCase);
        model.addAttribute("version", version);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "advisor/visit";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }
}
