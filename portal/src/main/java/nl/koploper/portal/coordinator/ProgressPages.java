package nl.koploper.portal.coordinator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
 * A group's progress: the matrix of every placed organisation against the year's steps, and assigning an advisor to
 * an organisation's nulmeting.
 */
@Controller
@RequestMapping("/coordinator/groepen/{cohortId}")
class ProgressPages {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {
            };
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Map<String, String> ADVISOR_FIELDS = Map.of("advisorId", "advisorEmail", "email",
            "advisorEmail", "name", "advisorName");

    private final Gateway gateway;
    private final ProblemMessages problems;
    private final MessageSource messages;

    ProgressPages(Gateway gateway, ProblemMessages problems, MessageSource messages) {
        this.gateway = gateway;
        this.problems = problems;
        this.messages = messages;
    }

    @GetMapping("/voortgang")
    String progress(@PathVariable String cohortId, Model model) {
        var api = gateway.asUser();
        Map<String, Object> cohort = api.get(JSON, "/api/cohorts/{id}", cohortId);
        List<Map<String, Object>> participants = CoordinatorPages.content(api.get(JSON,
                "/api/cohorts/{id}/participants?size=100", cohortId));
        List<Map<String, Object>> cases = CoordinatorPages.content(api.get(JSON,
                "/api/assessments/cases?cohortId={id}&size=100", cohortId));
        List<Map<String, Object>> meetings = CoordinatorPages.content(api.get(JSON,
                "/api/meetings?cohortId={id}&size=100", cohortId));
        List<Map<String, Object>> submissions = orEmpty(() -> api.get(LIST, "/api/cohorts/{id}/assignments",
                cohortId));
        List<Map<String, Object>> certificates = orEmpty(() -> api.get(LIST, "/api/cohorts/{id}/certificates",
                cohortId));
        Map<String, Integer> actions = new LinkedHashMap<>();
        for (Map<String, Object> kase : cases) {
            Object status = kase.get("status");
            if ("TO_PLAN".equals(status) || "WAITLISTED".equals(status)) {
                actions.put(String.valueOf(kase.get("id")), 0);
                continue;
            }
            try {
                Map<String, Object> plan = api.get(JSON, "/api/assessments/cases/{id}/action-plan", kase.get("id"));
                actions.put(String.valueOf(kase.get("id")),
                        plan.get("actions") instanceof List<?> list ? list.size() : 0);
            } catch (ApiProblem problem) {
                if (problem.status() == 401) {
                    throw problem;
                }
                // unknown: the cell says so
            }
        }
        List<CohortProgress.Row> rows = CohortProgress.rows(participants, cases, actions, meetings, submissions,
                certificates, Instant.now());
        model.addAttribute("cohort", cohort);
        model.addAttribute("rows", rows);
        model.addAttribute("totals", CohortProgress.totals(rows));
        model.addAttribute("tab", "progress");
        return "coordinator/progress";
    }

    @GetMapping("/adviseur/{caseId}")
    String advisorForm(@PathVariable String cohortId, @PathVariable String caseId, Model model) {
        var kase = gateway.asUser().getVersioned("/api/assessments/cases/{id}", caseId);
        AdvisorForm form = new AdvisorForm();
        if (kase.body().get("advisor") instanceof Map<?, ?> advisor) {
            form.setAdvisorName(advisor.get("name") == null ? "" : String.valueOf(advisor.get("name")));
            form.setAdvisorEmail(advisor.get("email") == null ? "" : String.valueOf(advisor.get("email")));
        }
        return advisorPage(cohortId, kase.body(), kase.etag(), form, FormErrors.none(), model);
    }

    /** Assigns (or changes) the advisor of one organisation's nulmeting; the advisor signs in with this address. */
    @PostMapping("/adviseur/{caseId}")
    String assignAdvisor(@PathVariable String cohortId, @PathVariable String caseId, @RequestParam String version,
                         AdvisorForm form, Model model, RedirectAttributes redirect) {
        FormErrors local = form.check(messages);
        if (local.any()) {
            var kase = gateway.asUser().getVersioned("/api/assessments/cases/{id}", caseId);
            return advisorPage(cohortId, kase.body(), version, form, local, model);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        String email = form.getAdvisorEmail().strip();
        body.put("advisorId", email);
        body.put("name", form.getAdvisorName().strip());
        body.put("email", email);
        body.put("locale", "en".equals(form.getLocale()) ? "en" : "nl");
        Map<String, Object> saved;
        try {
            saved = gateway.asUser().putIfMatch(version, body, "/api/assessments/cases/{id}/advisor", caseId).body();
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403
                    || problem.status() == 404) {
                throw problem;
            }
            var kase = gateway.asUser().getVersioned("/api/assessments/cases/{id}", caseId);
            return advisorPage(cohortId, kase.body(), kase.etag(), form,
                    problems.of(problem).renamed(ADVISOR_FIELDS), model);
        }
        redirect.addFlashAttribute("advisorAssigned", List.of(form.getAdvisorName().strip(),
                organisationName(saved)));
        return "redirect:/coordinator/groepen/{cohortId}/voortgang";
    }

    private String advisorPage(String cohortId, Map<String, Object> kase, String version, AdvisorForm form,
                               FormErrors errors, Model model) {
        if (!cohortId.equals(String.valueOf(kase.get("cohortId")))) {
            throw new ApiProblem(404, "Not Found", "The case is not in this cohort", List.of());
        }
        model.addAttribute("cohortId", cohortId);
        model.addAttribute("kase", kase);
        model.addAttribute("organisationName", organisationName(kase));
        model.addAttribute("version", version);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "coordinator/advisor";
    }

    private static String organisationName(Map<String, Object> kase) {
        if (kase != null && kase.get("organisation") instanceof Map<?, ?> organisation
                && organisation.get("name") != null) {
            return String.valueOf(organisation.get("name"));
        }
        return kase == null || kase.get("organisationName") == null ? "" : String.valueOf(kase.get("organisationName"));
    }

    static List<Map<String, Object>> orEmpty(java.util.function.Supplier<List<Map<String, Object>>> call) {
        try {
            List<Map<String, Object>> list = call.get();
            return list == null ? List.of() : list;
        } catch (ApiProblem problem) {
            if (problem.status() == 401 || problem.status() >= 500) {
                throw problem;
            }
            return List.of();
        }
    }

    /** The advisor as the form edits them: a name and the e-mail address they sign in with. */
    public static class AdvisorForm {

        private String advisorName = "";
        private String advisorEmail = "";
        private String locale = "nl";

        FormErrors check(MessageSource messages) {
            var locale = LocaleContextHolder.getLocale();
            FormErrors errors = FormErrors.none();
            if (advisorName == null || advisorName.isBlank()) {
                errors = errors.with("advisorName", messages.getMessage("problem.code.NotBlank", null, locale));
            }
            if (advisorEmail == null || !EMAIL.matcher(advisorEmail.strip()).matches()) {
                errors = errors.with("advisorEmail",
                        messages.getMessage("problem.code.not-an-email-address", null, locale));
            }
            return errors.any() ? new FormErrors(messages.getMessage("problem.fields", null, locale), errors.fields())
                    : errors;
        }

        public String getAdvisorName() { return advisorName; }
        public void setAdvisorName(String value) { advisorName = value == null ? "" : value; }
        public String getAdvisorEmail() { return advisorEmail; }
        public void setAdvisorEmail(String value) { advisorEmail = value == null ? "" : value; }
        public String getLocale() { return locale; }
        public void setLocale(String value) { locale = value; }
    }
}
