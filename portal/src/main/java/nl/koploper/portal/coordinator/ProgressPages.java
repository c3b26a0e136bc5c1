package nl.koploper.portal.coordinator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.EmailAddresses;
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
    @SuppressWarnings("unchecked")
    private static final Class<Map<String, Object>> JSON_CLASS = (Class<Map<String, Object>>) (Class<?>) Map.class;
    /** The register's fields as the form names them. */
    private static final Map<String, String> ADVISOR_FIELDS = Map.of("email", "advisorEmail", "name", "advisorName",
            "organisation", "advisorOrganisation");

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
            String email = advisor.get("email") == null ? "" : String.valueOf(advisor.get("email"));
            // Assigned before the register, the advisor may be in it by now under their address.
            KnownAdvisor inRegister = known.stream().filter(k -> k.id().equals(id)).findFirst()
                    .or(() -> known.stream().filter(k -> k.email().equalsIgnoreCase(email)).findFirst())
                    .orElse(null);
            if (inRegister != null) {
                form.setChoice(inRegister.id());
            } else {
                // Assigned before the register, or since removed from it: offered to add (again).
                form.setChoice(AdvisorForm.OTHER);
                form.setAdvisorName(advisor.get("name") == null ? "" : String.valueOf(advisor.get("name")));
                form.setAdvisorEmail(email);
                form.setAdvisorOrganisation(advisor.get("organisation") == null ? ""
                        : String.valueOf(advisor.get("organisation")));
            }
            form.setLocale("en".equals(advisor.get("locale")) ? "en" : "nl");
        }
        return advisorPage(cohortId, kase.body(), kase.etag(), known, form, FormErrors.none(), model);
    }

    /**
     * Assigns (or changes) the advisor of one organisation's nulmeting: one of the gemeente's advisor register,
     * picked by name, or a new one added to the register first (name, the e-mail address they sign in with, their
     * organisation) and then assigned.
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
        KnownAdvisor chosen;
        try {
            chosen = form.picked() ? form.chosen(known) : added(form);
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403
                    || problem.status() == 404) {
                throw problem;
            }
            var kase = gateway.asUser().getVersioned("/api/assessments/cases/{id}", caseId);
            FormErrors errors = "advisor-email-taken".equals(problem.rule())
                    ? new FormErrors(messages.getMessage("problem.fields", null, LocaleContextHolder.getLocale()),
                    Map.of("advisorEmail", messages.getMessage("co.advisor.email.taken", null,
                            LocaleContextHolder.getLocale())))
                    : problems.of(problem).renamed(ADVISOR_FIELDS);
            return advisorPage(cohortId, kase.body(), version, known, form, errors, model);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("advisorId", chosen.id());
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
            // The advisor is in the register now (also one added just now): what the platform says goes at the choice.
            FormErrors errors = problems.of(problem);
            errors = new FormErrors(errors.general(), errors.fields().isEmpty() ? Map.of()
                    : Map.of("choice", errors.fields().values().iterator().next()));
            AdvisorForm picked = new AdvisorForm();
            picked.setChoice(chosen.id());
            picked.setLocale(form.getLocale());
            return advisorPage(cohortId, kase.body(), kase.etag(), knownAdvisors(), picked, errors, model);
        }
        redirect.addFlashAttribute("advisorAssigned", List.of(chosen.name(), organisationName(saved)));
        return "redirect:/coordinator/groepen/{cohortId}/voortgang";
    }

    /** Adds the typed advisor to the gemeente's register. */
    private KnownAdvisor added(AdvisorForm form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", form.getAdvisorName().strip());
        body.put("email", form.getAdvisorEmail().strip());
        body.put("organisation", form.getAdvisorOrganisation().strip());
        Map<String, Object> added = gateway.asUser().post(JSON_CLASS, body, "/api/assessments/advisors");
        return KnownAdvisor.of(added);
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

    /** An advisor of the gemeente's register. */
    record KnownAdvisor(String id, String name, String email, String organisation) {

        static KnownAdvisor of(Map<?, ?> entry) {
            return new KnownAdvisor(text(entry.get("id")), text(entry.get("name")), text(entry.get("email")),
                    text(entry.get("organisation")));
        }

        private static String text(Object value) {
            return value == null ? "" : String.valueOf(value);
        }
    }

    /** The gemeente's advisor register (assessment-service keeps it by name). */
    private List<KnownAdvisor> knownAdvisors() {
        List<Map<String, Object>> register = gateway.asUser().get(LIST, "/api/assessments/advisors");
        return register == null ? List.of() : register.stream().map(KnownAdvisor::of).toList();
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
     * The advisor as the form edits them: one of the gemeente's advisor register ({@code choice}: their id), or a new
     * one for the register ({@code choice}: {@value #OTHER}, or nothing picked) by a name, the e-mail address they
     * sign in with and their organisation.
     */
    public static class AdvisorForm {

        static final String OTHER = "other";

        private String choice = "";
        private String advisorName = "";
        private String advisorEmail = "";
        private String advisorOrganisation = "";
        private String locale = "nl";

        /** {@code known}: the gemeente's advisors the page offered. */
        FormErrors check(List<KnownAdvisor> known, MessageSource messages) {
            var locale = LocaleContextHolder.getLocale();
            FormErrors errors = FormErrors.none();
            if (picked()) {
                if (chosen(known) == null) {
                    errors = errors.with("choice", messages.getMessage("co.advisor.choose.unknown", null, locale));
                }
            } else if (!known.isEmpty() && choice.isBlank() && advisorName.isBlank() && advisorEmail.isBlank()
                    && advisorOrganisation.isBlank()) {
                errors = errors.with("choice", messages.getMessage("co.advisor.choose.missing", null, locale));
            } else {
                if (advisorName.isBlank()) {
                    errors = errors.with("advisorName", messages.getMessage("problem.code.NotBlank", null, locale));
                }
                if (!EmailAddresses.isValid(advisorEmail.strip())) {
                    errors = errors.with("advisorEmail",
                            messages.getMessage("problem.code.not-an-email-address", null, locale));
                }
                if (advisorOrganisation.isBlank()) {
                    errors = errors.with("advisorOrganisation",
                            messages.getMessage("problem.code.NotBlank", null, locale));
                }
            }
            return errors.any() ? new FormErrors(messages.getMessage("problem.fields", null, locale), errors.fields())
                    : errors;
        }

        /** Whether one of the offered advisors was picked (rather than another one typed). */
        boolean picked() {
            return !choice.isBlank() && !OTHER.equals(choice);
        }

        /** The picked advisor; null when the pick is not among {@code known}. */
        KnownAdvisor chosen(List<KnownAdvisor> known) {
            return known.stream().filter(k -> k.id().equals(choice)).findFirst().orElse(null);
        }

        /** Whether the "another advisor" choice is the one ticked: explicitly, or by typing with nothing picked. */
        public boolean other() {
            return OTHER.equals(choice) || (choice.isBlank()
                    && !(advisorName.isBlank() && advisorEmail.isBlank() && advisorOrganisation.isBlank()));
        }

        public String getChoice() { return choice; }
        public void setChoice(String value) { choice = value == null ? "" : value.strip(); }
        public String getAdvisorName() { return advisorName; }
        public void setAdvisorName(String value) { advisorName = value == null ? "" : value; }
        public String getAdvisorEmail() { return advisorEmail; }
        public void setAdvisorEmail(String value) { advisorEmail = value == null ? "" : value; }
        public String getAdvisorOrganisation() { return advisorOrganisation; }
        public void setAdvisorOrganisation(String value) { advisorOrganisation = value == null ? "" : value; }
        public String getLocale() { return locale; }
        public void setLocale(String value) { locale = value; }
    }
}
