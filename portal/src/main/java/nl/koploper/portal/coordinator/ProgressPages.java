package nl.koploper.portal.coordinator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
        List<KnownAdvisor> known = knownAdvisors();
        AdvisorForm form = new AdvisorForm();
        if (kase.body().get("advisor") instanceof Map<?, ?> advisor) {
            String id = String.valueOf(advisor.get("id"));
            if (known.stream().anyMatch(k -> k.id().equals(id))) {
                form.setChoice(id);
            } else {
                form.setChoice(AdvisorForm.OTHER);
                form.setAdvisorName(advisor.get("name") == null ? "" : String.valueOf(advisor.get("name")));
                form.setAdvisorEmail(advisor.get("email") == null ? "" : String.valueOf(advisor.get("email")));
            }
            form.setLocale("en".equals(advisor.get("locale")) ? "en" : "nl");
        }
        return advisorPage(cohortId, kase.body(), kase.etag(), known, form, FormErrors.none(), model);
    }

    /**
     * Assigns (or changes) the advisor of one organisation's nulmeting: one already working for the gemeente, picked
     * by name, or another one by name and e-mail address (the advisor signs in with that address).
     */
    @PostMapping("/adviseur/{caseId}")
    String assignAdvisor(@PathVariable String cohortId, @PathVariable String caseId, @RequestParam String version,
                         AdvisorForm form, Model model, RedirectAttributes redirect) {
        List<KnownAdvisor> known = knownAdvisors();
        FormErrors local = form.check(known, messages);
        if (local.any()) {
            var kase = gateway.asUser().getVersioned("/api/assessments/cases/{id}", caseId);
            return advisorPage(cohortId, kase.body(), version, known, form, local, model);
        }
        KnownAdvisor chosen = form.chosen(known);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("advisorId", chosen.id());
        body.put("name", chosen.name());
        body.put("email", chosen.email());
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
            FormErrors errors = problems.of(problem);
            // A picked advisor's fields are not on the page: what the platform says about them goes at the choice.
            errors = form.picked() ? new FormErrors(errors.general(), errors.fields().isEmpty() ? Map.of()
                    : Map.of("choice", errors.fields().values().iterator().next()))
                    : errors.renamed(ADVISOR_FIELDS);
            return advisorPage(cohortId, kase.body(), kase.etag(), known, form, errors, model);
        }
        redirect.addFlashAttribute("advisorAssigned", List.of(chosen.name(), organisationName(saved)));
        return "redirect:/coordinator/groepen/{cohortId}/voortgang";
    }

    private String advisorPage(String cohortId, Map<String, Object> kase, String version, List<KnownAdvisor> known,
                               AdvisorForm form, FormErrors errors, Model model) {
        if (!cohortId.equals(String.valueOf(kase.get("cohortId")))) {
            throw new ApiProblem(404, "Not Found", "The case is not in this cohort", List.of());
        }
        model.addAttribute("cohortId", cohortId);
        model.addAttribute("kase", kase);
        model.addAttribute("organisationName", organisationName(kase));
        model.addAttribute("version", version);
        model.addAttribute("known", known);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "coordinator/advisor";
    }

    /** An advisor who already works for the gemeente: assigned to one of its cases. */
    record KnownAdvisor(String id, String name, String email) {
    }

    /**
     * The advisors of the gemeente's cases (of every group), by name. The case list names each case's advisor by id
     * and name only, so one case of each advisor is read for the e-mail address: a gemeente has a handful.
     */
    private List<KnownAdvisor> knownAdvisors() {
        var api = gateway.asUser();
        Map<String, String> caseOfAdvisor = new LinkedHashMap<>();
        int pages = 1;
        // At most 20 pages (2,000 cases): a bound, so that a wrong count cannot make the page ask forever.
        for (int page = 0; page < Math.min(pages, 20); page++) {
            Map<String, Object> listed = api.get(JSON, "/api/assessments/cases?size=100&page={page}", page);
            pages = listed.get("totalPages") instanceof Number n ? n.intValue() : 1;
            for (Map<String, Object> kase : CoordinatorPages.content(listed)) {
                if (kase.get("advisorId") != null) {
                    caseOfAdvisor.putIfAbsent(String.valueOf(kase.get("advisorId")), String.valueOf(kase.get("id")));
                }
            }
        }
        List<KnownAdvisor> known = new ArrayList<>();
        caseOfAdvisor.forEach((advisorId, caseId) -> {
            Map<String, Object> kase = api.get(JSON, "/api/assessments/cases/{id}", caseId);
            if (kase.get("advisor") instanceof Map<?, ?> advisor && advisor.get("email") != null) {
                known.add(new KnownAdvisor(advisorId, String.valueOf(advisor.get("name")),
                        String.valueOf(advisor.get("email"))));
            }
        });
        known.sort(Comparator.comparing(KnownAdvisor::name, String.CASE_INSENSITIVE_ORDER));
        return known;
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

    /**
     * The advisor as the form edits them: one of the gemeente's advisors ({@code choice}: their id), or another one
     * ({@code choice}: {@value #OTHER}, or nothing picked) by a name and the e-mail address they sign in with.
     */
    public static class AdvisorForm {

        static final String OTHER = "other";

        private String choice = "";
        private String advisorName = "";
        private String advisorEmail = "";
        private String locale = "nl";

        /** {@code known}: the gemeente's advisors the page offered. */
        FormErrors check(List<KnownAdvisor> known, MessageSource messages) {
            var locale = LocaleContextHolder.getLocale();
            FormErrors errors = FormErrors.none();
            if (picked()) {
                if (chosen(known) == null) {
                    errors = errors.with("choice", messages.getMessage("co.advisor.choose.unknown", null, locale));
                }
            } else if (!known.isEmpty() && choice.isBlank() && advisorName.isBlank() && advisorEmail.isBlank()) {
                errors = errors.with("choice", messages.getMessage("co.advisor.choose.missing", null, locale));
            } else {
                if (advisorName.isBlank()) {
                    errors = errors.with("advisorName", messages.getMessage("problem.code.NotBlank", null, locale));
                }
                if (!EMAIL.matcher(advisorEmail.strip()).matches()) {
                    errors = errors.with("advisorEmail",
                            messages.getMessage("problem.code.not-an-email-address", null, locale));
                }
            }
            return errors.any() ? new FormErrors(messages.getMessage("problem.fields", null, locale), errors.fields())
                    : errors;
        }

        /** Whether one of the offered advisors was picked (rather than another one typed). */
        boolean picked() {
            return !choice.isBlank() && !OTHER.equals(choice);
        }

        /**
         * The advisor to assign: the picked one, or another by what was typed (signing in with the address, which
         * is also their id); null when the pick is not among {@code known}.
         */
        KnownAdvisor chosen(List<KnownAdvisor> known) {
            if (picked()) {
                return known.stream().filter(k -> k.id().equals(choice)).findFirst().orElse(null);
            }
            String email = advisorEmail.strip();
            return new KnownAdvisor(email, advisorName.strip(), email);
        }

        /** Whether the "another advisor" choice is the one ticked: explicitly, or by typing with nothing picked. */
        public boolean other() {
            return OTHER.equals(choice) || (choice.isBlank() && !(advisorName.isBlank() && advisorEmail.isBlank()));
        }

        public String getChoice() { return choice; }
        public void setChoice(String value) { choice = value == null ? "" : value.strip(); }
        public String getAdvisorName() { return advisorName; }
        public void setAdvisorName(String value) { advisorName = value == null ? "" : value; }
        public String getAdvisorEmail() { return advisorEmail; }
        public void setAdvisorEmail(String value) { advisorEmail = value == null ? "" : value; }
        public String getLocale() { return locale; }
        public void setLocale(String value) { locale = value; }
    }
}
