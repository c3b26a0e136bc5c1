package nl.koploper.portal.advisor;

import static nl.koploper.portal.advisor.AdvisorPages.CASE;
import static nl.koploper.portal.advisor.AdvisorPages.JSON;
import static nl.koploper.portal.advisor.AdvisorPages.list;

import java.util.ArrayList;
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
 * The nulmeting review form: one page per ISO 26000 core subject (7), each issue with the catalogue's prompts and,
 * per perspective (internal operations; products and services), relevance, maturity 0-4 and notes. "Opslaan en
 * verder" saves every issue of the page that was filled (one PUT per issue, chained by the case's ETag) and opens the
 * next subject, so the review is saved as it goes without JavaScript and can be resumed at any subject.
 */
@Controller
@RequestMapping("/adviseur/organisaties/{caseId}/nulmeting")
class ReviewPages {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> SUBJECTS =
            new ParameterizedTypeReference<>() {
            };

    private final Gateway gateway;
    private final ProblemMessages problems;
    private final MessageSource messages;

    ReviewPages(Gateway gateway, ProblemMessages problems, MessageSource messages) {
        this.gateway = gateway;
        this.problems = problems;
        this.messages = messages;
    }

    /** Resumes the review at the first core subject that still misses answers. */
    @GetMapping
    String resume(@PathVariable String caseId) {
        Map<String, Object> assessmentCase = gateway.asUser().get(JSON, CASE, caseId);
        Map<String, String> saved = ReviewForm.saved(review(assessmentCase).get("issues"));
        List<Map<String, Object>> subjects = subjects();
        String clause = subjects.stream().filter(s -> ReviewForm.answered(codes(s), saved) < 2 * codes(s).size())
                .findFirst().orElse(subjects.get(0)).get("clause").toString();
        return "redirect:/adviseur/organisaties/{caseId}/nulmeting/" + clause;
    }

    @GetMapping("/{clause}")
    String subject(@PathVariable String caseId, @PathVariable String clause, Model model) {
        var found = gateway.asUser().getVersioned(CASE, caseId);
        Map<String, String> saved = ReviewForm.saved(review(found.body()).get("issues"));
        return page(found.body(), found.etag(), clause, saved, Map.of(), null, model);
    }

    @PostMapping("/{clause}")
    String save(@PathVariable String caseId, @PathVariable String clause, @RequestParam String version,
                @RequestParam(defaultValue = "next") String then, @RequestParam Map<String, String> posted,
                Model model, RedirectAttributes redirect) {
        List<Map<String, Object>> subjects = subjects();
        Map<String, Object> subject = subject(subjects, clause);
        ReviewForm form = ReviewForm.read(codes(subject), posted, this::text);
        Map<String, String> errors = new LinkedHashMap<>(form.errors());
        String general = null;
        String etag = version;
        int saved = 0;
        for (var entry : form.bodies().entrySet()) {
            try {
                etag = gateway.asUser().putIfMatch(etag, entry.getValue(), CASE + "/review/issues/{code}", caseId,
                        entry.getKey()).etag();
                saved++;
            } catch (ApiProblem problem) {
                if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403
                        || problem.status() == 404) {
                    throw problem;
                }
                FormErrors refused = problems.of(problem);
                if (problem.status() == 400 && !refused.fields().isEmpty()) {
                    refused.fields().forEach((field, message) -> errors.putIfAbsent(
                            field.startsWith("internal") || field.startsWith("productsAndServices")
                                    ? entry.getKey() + "." + field : entry.getKey() + ".internal.relevance",
                            message));
                } else {
                    general = refused.general();
                    break; // stale or not possible now (no visit yet, case closed): nothing more is sent
                }
            }
        }
        if (general != null || !errors.isEmpty()) {
            var fresh = gateway.asUser().getVersioned(CASE, caseId);
            if (general == null) {
                general = text(saved > 0 ? "adv.review.partlySaved" : "problem.fields");
            }
            return page(fresh.body(), fresh.etag(), clause, form.values(), errors, general, model);
        }
        int index = subjects.indexOf(subject);
        redirect.addFlashAttribute("notice", messages.getMessage("adv.review.saved",
                new Object[]{subject.get("clause") + " " + subject.get("name")}, LocaleContextHolder.getLocale()));
        if ("stay".equals(then)) {
            return "redirect:/adviseur/organisaties/{caseId}/nulmeting/" + clause;
        }
        if (index + 1 < subjects.size()) {
            return "redirect:/adviseur/organisaties/{caseId}/nulmeting/" + subjects.get(index + 1).get("clause");
        }
        return "redirect:/adviseur/organisaties/{caseId}";
    }

    private String page(Map<String, Object> assessmentCase, String version, String clause, Map<String, String> values,
                        Map<String, String> errors, String general, Model model) {
        List<Map<String, Object>> subjects = subjects();
        Map<String, Object> subject = subject(subjects, clause);
        Map<String, String> saved = ReviewForm.saved(review(assessmentCase).get("issues"));
        List<Map<String, Object>> overview = new ArrayList<>();
        for (Map<String, Object> s : subjects) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("clause", s.get("clause"));
            line.put("name", s.get("name"));
            line.put("answered", ReviewForm.answered(codes(s), saved));
            line.put("total", 2 * codes(s).size());
            line.put("current", s == subject);
            overview.add(line);
        }
        int index = subjects.indexOf(subject);
        model.addAttribute("case", assessmentCase);
        model.addAttribute("review", review(assessmentCase));
        model.addAttribute("version", version);
        model.addAttribute("subject", subject);
        model.addAttribute("overview", overview);
        model.addAttribute("last", index == subjects.size() - 1);
        model.addAttribute("previous", index > 0 ? subjects.get(index - 1).get("clause") : null);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("general", general);
        model.addAttribute("firstError", errors.isEmpty() ? null : ReviewForm.id(errors.keySet().iterator().next())
                + "-error");
        model.addAttribute("perspectives", ReviewForm.PERSPECTIVES);
        model.addAttribute("relevances", ReviewForm.RELEVANCES);
        return "advisor/review";
    }

    private List<Map<String, Object>> subjects() {
        return gateway.asUser().get(SUBJECTS, "/api/assessments/catalogue/issues");
    }

    private static Map<String, Object> subject(List<Map<String, Object>> subjects, String clause) {
        return subjects.stream().filter(s -> clause.equals(String.valueOf(s.get("clause")))).findFirst()
                .orElseThrow(() -> new ApiProblem(404, "Not Found", "no core subject " + clause, List.of()));
    }

    private static List<String> codes(Map<String, Object> subject) {
        return list(subject.get("issues")).stream().map(i -> String.valueOf(i.get("code"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> review(Map<String, Object> assessmentCase) {
        return assessmentCase.get("review") instanceof Map<?, ?> review ? (Map<String, Object>) review : Map.of();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
