package nl.koploper.portal.participant;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.FormErrors;
import nl.koploper.portal.api.Gateway;
import nl.koploper.portal.api.ProblemMessages;
import nl.koploper.portal.publicpages.PassedOn;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A participating organisation's pages: "my year" (where it stands in the Koploper year), its published
 * Duurzaamheidsprofiel and its DuOn-Agenda. Everything is read with the contact's own token: assessment-service
 * answers only the organisation's own case, so an id changed in the address shows nothing of another organisation.
 */
@Controller
class ParticipantPages {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Gateway gateway;
    private final ProblemMessages problems;
    private final MessageSource messages;

    ParticipantPages(Gateway gateway, ProblemMessages problems, MessageSource messages) {
        this.gateway = gateway;
        this.problems = problems;
        this.messages = messages;
    }

    @GetMapping("/deelnemer")
    String myYear(Model model) {
        Map<String, Object> assessmentCase = OwnCase.find(gateway);
        if (assessmentCase == null) {
            return "participant/no-case";
        }
        model.addAttribute("case", assessmentCase);
        boolean handedIn = handedIn(assessmentCase);
        model.addAttribute("assignmentHandedIn", handedIn);
        model.addAttribute("year", MyYear.of(assessmentCase, handedIn));
        // The year whose consumption counts: the baseline year once the coordinator set it, else the last full year.
        int footprintYear = assessmentCase.get("baselineYear") instanceof Number baseline ? baseline.intValue()
                : LocalDate.now(AMSTERDAM).getYear() - 1;
        model.addAttribute("footprintYear", footprintYear);
        return "participant/my-year";
    }

    /** Whether the communication assignment is in; "my year" still shows when cohort-service cannot say. */
    private boolean handedIn(Map<String, Object> assessmentCase) {
        try {
            return AssignmentPages.submissionOf(gateway, assessmentCase) != null;
        } catch (ApiProblem problem) {
            if (problem.status() == 401) {
                throw problem;
            }
            return false;
        }
    }

    @GetMapping("/profiel/{caseId}")
    String profile(@PathVariable String caseId, Model model) {
        Map<String, Object> assessmentCase = gateway.asUser().get(JSON, "/api/assessments/cases/{id}", caseId);
        Integer published = MyYear.latestPublishedProfile(assessmentCase);
        model.addAttribute("case", assessmentCase);
        if (published == null) {
            return "participant/no-profile";
        }
        model.addAttribute("profile", gateway.asUser().get(JSON, "/api/assessments/cases/{id}/profiles/{version}",
                caseId, published));
        return "participant/profile";
    }

    @GetMapping("/profiel/{caseId}/{version}.pdf")
    ResponseEntity<byte[]> profilePdf(@PathVariable String caseId, @PathVariable int version) {
        return PassedOn.file(gateway.asUser().download("/api/assessments/cases/{id}/profiles/{version}.pdf",
                caseId, version));
    }

    @GetMapping("/actieplan/{caseId}")
    String actionPlan(@PathVariable String caseId, Model model) {
        return actionPlanPage(caseId, null, FormErrors.none(), null, model);
    }

    /**
     * Adds a recommendation of the published profile to the DuOn-Agenda: its title and footprint measure come from the
     * recommendation; who carries it and when it should be done from the short form beside it.
     */
    @PostMapping("/actieplan/{caseId}/acties")
    String addAction(@PathVariable String caseId, @RequestParam String recommendationId,
                     @RequestParam(defaultValue = "") String owner, @RequestParam(defaultValue = "") String dueDate,
                     @RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
        String prefix = "add-" + recommendationId;
        LocalDate due = date(dueDate);
        FormErrors local = FormErrors.none();
        if (due == null) {
            local = local.with(prefix + "-dueDate", text(dueDate.isBlank() ? "problem.code.not-a-date"
                    : "actionPlan.form.dateFormat"));
        }
        if (owner.isBlank()) {
            local = local.with(prefix + "-owner", text("problem.code.NotBlank"));
        }
        Typed typed = new Typed(recommendationId, owner, dueDate, null, null);
        if (local.any()) {
            return actionPlanPage(caseId, typed, new FormErrors(text("problem.fields"), local.fields()), null, model);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recommendationId", recommendationId);
        body.put("owner", owner.strip());
        LocalDate today = LocalDate.now(AMSTERDAM);
        body.put("startDate", (due.isBefore(today) ? due : today).toString());
        body.put("dueDate", due.toString());
        body.put("status", "PLANNED");
        try {
            gateway.asUser().postIfMatch(blankToNull(version), body, "/api/assessments/cases/{id}/action-plan/actions",
                    caseId);
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403
                    || problem.status() == 404) {
                throw problem;
            }
            FormErrors errors = problems.of(problem).renamed(Map.of("owner", prefix + "-owner",
                    "dueDate", prefix + "-dueDate", "startDate", prefix + "-dueDate"));
            return actionPlanPage(caseId, typed, errors, null, model);
        }
        redirect.addFlashAttribute("added", true);
        return "redirect:/actieplan/{caseId}";
    }

    /**
     * Progress on an action: its new status (a PUT of the action with everything else as it was) and a dated note
     * (the progress POST), each with the plan's version so a change made meanwhile is not overwritten.
     */
    @PostMapping("/actieplan/{caseId}/acties/{actionId}/voortgang")
    String progress(@PathVariable String caseId, @PathVariable String actionId,
                    @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String note,
                    @RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
        String prefix = "progress-" + actionId;
        var plan = gateway.asUser().getVersioned("/api/assessments/cases/{id}/action-plan", caseId);
        Map<String, Object> action = actions(plan.body()).stream().filter(a -> actionId.equals(a.get("id")))
                .findFirst().orElseThrow(() -> new ApiProblem(404, "Not Found", "no action " + actionId, List.of()));
        boolean statusChanged = !status.isBlank() && !status.equals(action.get("status"));
        Typed typed = new Typed(null, null, null, status, note);
        if (!statusChanged && note.isBlank()) {
            return actionPlanPage(caseId, typed, new FormErrors(text("problem.fields"),
                    Map.of(prefix + "-note", text("actionPlan.progress.nothing"))), actionId, model);
        }
        String etag = blankToNull(version) != null ? version : plan.etag();
        try {
            if (statusChanged) {
                Map<String, Object> body = new LinkedHashMap<>();
                for (String field : List.of("recommendationId", "title", "owner", "startDate", "dueDate",
                        "footprintMeasure", "expectedCo2SavingKgPerYear", "costEur", "notes")) {
                    if (action.get(field) != null) {
                        body.put(field, action.get(field));
                    }
                }
                body.put("status", status);
                etag = gateway.asUser().putIfMatch(etag, body,
                        "/api/assessments/cases/{id}/action-plan/actions/{action}", caseId, actionId).etag();
            }
            if (!note.isBlank()) {
                gateway.asUser().postIfMatch(etag, Map.of("date", LocalDate.now(AMSTERDAM).toString(),
                        "text", note.strip()), "/api/assessments/cases/{id}/action-plan/actions/{action}/progress",
                        caseId, actionId);
            }
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403
                    || problem.status() == 404) {
                throw problem;
            }
            FormErrors errors = problems.of(problem).renamed(Map.of("text", prefix + "-note",
                    "status", prefix + "-status"));
            return actionPlanPage(caseId, typed, errors, actionId, model);
        }
        redirect.addFlashAttribute("progressed", action.get("title"));
        return "redirect:/actieplan/{caseId}";
    }

    /** What the person typed into one of the page's small forms, shown again when it was refused. */
    record Typed(String recommendationId, String owner, String dueDate, String status, String note) {
    }

    private String actionPlanPage(String caseId, Typed typed, FormErrors errors, String actionId, Model model) {
        Map<String, Object> assessmentCase = gateway.asUser().get(JSON, "/api/assessments/cases/{id}", caseId);
        model.addAttribute("case", assessmentCase);
        Map<String, Object> plan = null;
        String version = null;
        try {
            var versioned = gateway.asUser().getVersioned("/api/assessments/cases/{id}/action-plan", caseId);
            plan = versioned.body();
            version = versioned.etag();
        } catch (ApiProblem problem) {
            if (!problem.isNotFound()) {
                throw problem;
            }
        }
        List<Map<String, Object>> actions = plan == null ? List.of() : actions(plan);
        model.addAttribute("plan", plan);
        model.addAttribute("actions", actions);
        model.addAttribute("version", version);
        Integer published = MyYear.latestPublishedProfile(assessmentCase);
        List<Map<String, Object>> open = new ArrayList<>();
        if (published != null) {
            Map<String, Object> profile = gateway.asUser().get(JSON, "/api/assessments/cases/{id}/profiles/{version}",
                    caseId, published);
            java.util.Set<Object> taken = new java.util.HashSet<>();
            actions.forEach(a -> taken.add(a.get("recommendationId")));
            if (profile.get("recommendations") instanceof List<?> recommendations) {
                for (Object r : recommendations) {
                    if (r instanceof Map<?, ?> recommendation && !taken.contains(recommendation.get("id"))) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> entry = (Map<String, Object>) recommendation;
                        open.add(entry);
                    }
                }
            }
        }
        model.addAttribute("profilePublished", published != null);
        model.addAttribute("recommendations", open);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("errorAction", actionId);
        model.addAttribute("defaultOwner", assessmentCase.get("contact") instanceof Map<?, ?> contact
                && contact.get("name") != null ? contact.get("name") : "");
        model.addAttribute("defaultDue", LocalDate.now(AMSTERDAM).plusMonths(3).toString());
        model.addAttribute("statuses", List.of("PLANNED", "IN_PROGRESS", "DONE", "DROPPED"));
        return "participant/action-plan";
    }

    /** The participant's certificate of participation, once the group's year is completed and it was issued. */
    @GetMapping("/deelnemer/certificaat")
    Object certificate(Model model) {
        Map<String, Object> ownCase = OwnCase.of(gateway);
        try {
            return PassedOn.file(gateway.asUser().download("/api/cohorts/{cohort}/certificates/{participant}.pdf",
                    ownCase.get("cohortId"), ownCase.get("participantId")));
        } catch (ApiProblem problem) {
            if (!problem.isNotFound()) {
                throw problem;
            }
            model.addAttribute("case", ownCase);
            return "participant/no-certificate";
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> actions(Map<String, Object> plan) {
        return plan.get("actions") instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.strip(), DateTimeFormatter.ofPattern("d-M-uuuu"));
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
