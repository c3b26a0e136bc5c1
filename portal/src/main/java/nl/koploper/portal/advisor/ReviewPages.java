package nl.koploper.portal.advisor;

import static nl.koploper.portal.advisor.AdvisorPages.CASE;
import static nl.koploper.portal.advisor.AdvisorPages.JSON;
import static nl.koploper.portal.advisor.AdvisorPages.list;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.FormErrors;
import nl.koploper.portal.api.Gateway;
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
 * The review form of the 37 ISO 26000 issues, for the nulmeting and for the eindmeting alike: one page per core
 * subject (7), each issue with the catalogue's prompts and, per perspective (internal operations; products and
 * services), relevance, maturity 0-4 and notes. "Opslaan en verder" saves every issue of the page that was changed
 * (one PUT per issue, chained by the case's ETag) and opens the next subject, so the review is saved as it goes
 * without JavaScript and can be resumed at any subject. The eindmeting starts with the nulmeting's answers filled in
 * (assessment-service copies them when it starts), and shows the nulmeting's answer beside each question, so the
 * advisor sees what changed.
 */
@Controller
@RequestMapping("/adviseur/organisaties/{caseId}/{measurement:nulmeting|eindmeting}")
class ReviewPages {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> SUBJECTS =
            new ParameterizedTypeReference<>() {
            };
    static final String EINDMETING_PATH = CASE + "/eindmeting";

    /** The two reviews, by the word in the page's address. */
    enum Measurement {
        NULMETING("nulmeting", CASE + "/nulmeting/issues/{code}"),
        EINDMETING("eindmeting", EINDMETING_PATH + "/issues/{code}");

        final String path;
        final String saveIssue;

        Measurement(String path, String saveIssue) {
            this.path = path;
            this.saveIssue = saveIssue;
        }

        static Measurement of(String path) {
            return "eindmeting".equals(path) ? EINDMETING : NULMETING;
        }
    }

    /**
     * One review as stored: the case, the answers as input values, the ETag (the case's version for both reviews),
     * and for the eindmeting the nulmeting's answers and where it stands (NOT_STARTED, IN_PROGRESS, COMPLETED).
     */
    private record Stored(Map<String, Object> assessmentCase, Map<String, String> answers, String etag,
                          Map<String, String> nulmeting, String eindmetingStatus) {

        /** Nothing can be saved: the case is closed, or the eindmeting was completed. */
        boolean locked() {
            return "CLOSED".equals(assessmentCase.get("status")) || "COMPLETED".equals(eindmetingStatus);
        }
    }

    private final Gateway gateway;
    private final Refusals refusals;
    private final MessageSource messages;

    ReviewPages(Gateway gateway, Refusals refusals, MessageSource messages) {
        this.gateway = gateway;
        this.refusals = refusals;
        this.messages = messages;
    }

    /** Resumes the review at the first core subject that still misses answers. */
    @GetMapping
    String resume(@PathVariable String caseId, @PathVariable String measurement, Model model,
                  RedirectAttributes redirect) {
        Measurement m = Measurement.of(measurement);
        if (model.getAttribute("notice") != null) {
            // Just started (EindmetingPages): the notice goes on to the subject this leads to.
            redirect.addFlashAttribute("notice", model.getAttribute("notice"));
        }
        Stored stored = load(caseId, m);
        if (notStarted(stored)) {
            return toCaseNotStarted(redirect);
        }
        List<Map<String, Object>> subjects = subjects();
        String clause = subjects.stream()
                .filter(s -> ReviewForm.answered(codes(s), stored.answers()) < 2 * codes(s).size())
                .findFirst().orElse(subjects.get(0)).get("clause").toString();
        return "redirect:/adviseur/organisaties/{caseId}/" + m.path + "/" + clause;
    }

    @GetMapping("/{clause:6\\.[2-8]}")
    String subject(@PathVariable String caseId, @PathVariable String measurement, @PathVariable String clause,
                   Model model, RedirectAttributes redirect) {
        Measurement m = Measurement.of(measurement);
        Stored stored = load(caseId, m);
        if (notStarted(stored)) {
            return toCaseNotStarted(redirect);
        }
        return page(m, stored, stored.etag(), clause, stored.answers(), Map.of(), null, model);
    }

    @PostMapping("/{clause:6\\.[2-8]}")
    String save(@PathVariable String caseId, @PathVariable String measurement, @PathVariable String clause,
                @RequestParam String version, @RequestParam(defaultValue = "next") String then,
                @RequestParam Map<String, String> posted, Model model, RedirectAttributes redirect) {
        Measurement m = Measurement.of(measurement);
        List<Map<String, Object>> subjects = subjects();
        Map<String, Object> subject = subject(subjects, clause);
        ReviewForm form = ReviewForm.read(codes(subject), posted, this::text);
        Map<String, String> errors = new LinkedHashMap<>(form.errors());
        String general = null;
        String etag = version;
        int saved = 0;
        Stored before = load(caseId, m);
        for (var entry : form.bodiesChangedFrom(before.answers()).entrySet()) {
            try {
                etag = gateway.asUser().putIfMatch(etag, entry.getValue(), m.saveIssue, caseId, entry.getKey())
                        .etag();
                saved++;
            } catch (ApiProblem problem) {
                FormErrors refused = refusals.of(problem);
                if (problem.status() == 400 && !refused.fields().isEmpty()) {
                    refused.fields().forEach((field, message) -> errors.putIfAbsent(
                            field.startsWith("internal") || field.startsWith("productsAndServices")
                                    ? entry.getKey() + "." + field : entry.getKey() + ".internal.relevance",
                            message));
                } else {
                    general = refused.general();
                    break; // stale or not possible now (no visit yet, case closed, completed): nothing more is sent
                }
            }
        }
        if (general != null || !errors.isEmpty()) {
            Stored fresh = load(caseId, m);
            if (general == null) {
                general = text(saved > 0 ? "adv.review.partlySaved" : "problem.fields");
            }
            return page(m, fresh, fresh.etag(), clause, form.values(), errors, general, model);
        }
        int index = subjects.indexOf(subject);
        redirect.addFlashAttribute("notice", messages.getMessage("adv.review.saved",
                new Object[]{subject.get("clause") + " " + subject.get("name")}, LocaleContextHolder.getLocale()));
        if ("stay".equals(then)) {
            return "redirect:/adviseur/organisaties/{caseId}/" + m.path + "/" + clause;
        }
        if (index + 1 < subjects.size()) {
            return "redirect:/adviseur/organisaties/{caseId}/" + m.path + "/" + subjects.get(index + 1).get("clause");
        }
        return "redirect:/adviseur/organisaties/{caseId}" + (m == Measurement.EINDMETING ? "#eindmeting" : "");
    }

    private String page(Measurement m, Stored stored, String version, String clause, Map<String, String> values,
                        Map<String, String> errors, String general, Model model) {
        List<Map<String, Object>> subjects = subjects();
        Map<String, Object> subject = subject(subjects, clause);
        List<String> allCodes = subjects.stream().flatMap(s -> codes(s).stream()).toList();
        List<Map<String, Object>> overview = new ArrayList<>();
        for (Map<String, Object> s : subjects) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("clause", s.get("clause"));
            line.put("name", s.get("name"));
            line.put("answered", ReviewForm.answered(codes(s), stored.answers()));
            line.put("total", 2 * codes(s).size());
            line.put("current", s == subject);
            overview.add(line);
        }
        int index = subjects.indexOf(subject);
        if (m == Measurement.NULMETING) {
            // The service counts the answers of the whole catalogue; the page shows its count.
            Map<String, Object> nulmeting = nulmeting(stored.assessmentCase());
            model.addAttribute("answered", nulmeting.get("answered"));
            model.addAttribute("total", ((Number) nulmeting.getOrDefault("answered", 0)).intValue()
                    + ((Number) nulmeting.getOrDefault("missing", 0)).intValue());
        } else {
            model.addAttribute("answered", ReviewForm.answered(allCodes, stored.answers()));
            model.addAttribute("total", 2 * allCodes.size());
            model.addAttribute("nulmeting", stored.nulmeting());
            model.addAttribute("changedCount",
                    ReviewForm.differing(allCodes, stored.answers(), stored.nulmeting()).size());
        }
        Set<String> changed = stored.nulmeting() == null ? Set.of()
                : ReviewForm.differing(codes(subject), values, stored.nulmeting());
        model.addAttribute("measurement", m.path);
        model.addAttribute("case", stored.assessmentCase());
        model.addAttribute("version", version);
        model.addAttribute("locked", stored.locked());
        model.addAttribute("subject", subject);
        model.addAttribute("overview", overview);
        model.addAttribute("last", index == subjects.size() - 1);
        model.addAttribute("previous", index > 0 ? subjects.get(index - 1).get("clause") : null);
        model.addAttribute("values", values);
        model.addAttribute("changed", changed);
        model.addAttribute("errors", errors);
        model.addAttribute("general", general);
        model.addAttribute("firstError", errors.isEmpty() ? null : ReviewForm.id(errors.keySet().iterator().next())
                + "-error");
        model.addAttribute("perspectives", ReviewForm.PERSPECTIVES);
        model.addAttribute("relevances", ReviewForm.RELEVANCES);
        return "advisor/review";
    }

    private Stored load(String caseId, Measurement m) {
        if (m == Measurement.NULMETING) {
            var found = gateway.asUser().getVersioned(CASE, caseId);
            return new Stored(found.body(), ReviewForm.saved(nulmeting(found.body()).get("issues")), found.etag(),
                    null, null);
        }
        var eindmeting = gateway.asUser().getVersioned(EINDMETING_PATH, caseId);
        Map<String, Object> assessmentCase = gateway.asUser().get(JSON, CASE, caseId);
        return new Stored(assessmentCase, ReviewForm.saved(eindmeting.body().get("issues")), eindmeting.etag(),
                ReviewForm.saved(nulmeting(assessmentCase).get("issues")),
                String.valueOf(eindmeting.body().get("status")));
    }

    private static boolean notStarted(Stored stored) {
        return "NOT_STARTED".equals(stored.eindmetingStatus());
    }

    private String toCaseNotStarted(RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", text("adv.final.notStarted"));
        return "redirect:/adviseur/organisaties/{caseId}#eindmeting";
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
    private static Map<String, Object> nulmeting(Map<String, Object> assessmentCase) {
        return assessmentCase.get("nulmeting") instanceof Map<?, ?> nulmeting ? (Map<String, Object>) nulmeting
                : Map.of();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
