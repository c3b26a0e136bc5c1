package nl.koploper.portal.participant;

import java.io.IOException;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participant's communication assignment: what is asked, how the jury judges it, what the organisation handed in,
 * and the form to hand it in or replace it (a title, the text, links, and a PDF or image). cohort-service keeps it
 * under the organisation's place in its group; the group and the place come from the organisation's own case, never
 * from the address, and the service answers only the organisation's own contact.
 */
@Controller
@RequestMapping("/deelnemer/opdracht")
class AssignmentPages {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final String SUBMISSION = "/api/cohorts/{cohort}/assignments/{participant}";
    private static final String GROUP = "/api/cohorts/{cohort}/assignment";

    private final Gateway gateway;
    private final ProblemMessages problems;
    private final MessageSource messages;

    AssignmentPages(Gateway gateway, ProblemMessages problems, MessageSource messages) {
        this.gateway = gateway;
        this.problems = problems;
        this.messages = messages;
    }

    @GetMapping
    String assignment(Model model) {
        Map<String, Object> ownCase = OwnCase.of(gateway);
        Map<String, Object> submission = submissionOf(gateway, ownCase);
        return page(ownCase, submission, AssignmentForm.of(submission), FormErrors.none(), model);
    }

    /**
     * Hands in or replaces the assignment: the text as a new revision when it changed (or is the first), then the
     * file when one was chosen. A refusal shows the form again with everything typed; a file refused after the text
     * was stored says so, so the participant knows which half arrived.
     */
    @PostMapping
    String handIn(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String text,
                  @RequestParam(defaultValue = "") String links,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect) throws IOException {
        Map<String, Object> ownCase = OwnCase.of(gateway);
        Map<String, Object> current = submissionOf(gateway, ownCase);
        AssignmentForm form = new AssignmentForm(title, text, links);
        FormErrors local = FormErrors.none();
        for (var problem : form.problems().entrySet()) {
            String argument = problem.getValue().argument();
            local = local.with(problem.getKey(), argument == null ? text(problem.getValue().key())
                    : text(problem.getValue().key(), argument));
        }
        boolean fileChosen = file != null && !(file.isEmpty() && blank(file.getOriginalFilename()));
        HandInFile upload = null;
        if (fileChosen) {
            HandInFile.Checked checked = HandInFile.check(file.getOriginalFilename(), file.getBytes());
            if (checked.refusal() != null) {
                local = local.with("file", fileRefusal(checked.refusal()));
            }
            upload = checked.file();
        }
        if (local.any()) {
            return page(ownCase, current, form, new FormErrors(text("problem.fields"), local.fields()), model);
        }
        boolean textSent = false;
        Map<String, Object> answer = null;
        try {
            if (form.differsFrom(current)) {
                answer = gateway.asUser().put(Map.class, form.body(), SUBMISSION, ownCase.get("cohortId"),
                        ownCase.get("participantId"));
                textSent = true;
            }
            if (upload != null) {
                answer = gateway.asUser().putBytes(upload.type(), upload.bytes(), SUBMISSION + "/file?name={name}",
                        ownCase.get("cohortId"), ownCase.get("participantId"), upload.name());
            }
        } catch (ApiProblem problem) {
            FormErrors errors = refusal(problem);
            if (textSent) {
                errors = new FormErrors(text("assignment.textSavedFileNot"), errors.fields().isEmpty()
                        ? Map.of("file", errors.general()) : errors.fields());
            }
            return page(ownCase, textSent ? submissionOf(gateway, ownCase) : current, form, errors, model);
        }
        if (answer == null) {
            redirect.addFlashAttribute("unchanged", true);
        } else {
            redirect.addFlashAttribute(current == null ? "handedIn" : "replaced", true);
        }
        return "redirect:/deelnemer/opdracht";
    }

    /** The attached file, handed on from cohort-service (which checks that it is the organisation's own). */
    @GetMapping("/bestand")
    ResponseEntity<byte[]> file() {
        Map<String, Object> ownCase = OwnCase.of(gateway);
        return PassedOn.file(gateway.asUser().download(SUBMISSION + "/file", ownCase.get("cohortId"),
                ownCase.get("participantId")));
    }

    /** The organisation's hand-in, or null while it has handed in nothing (cohort-service's 404). */
    static Map<String, Object> submissionOf(Gateway gateway, Map<String, Object> ownCase) {
        try {
            return gateway.asUser().get(JSON, SUBMISSION, ownCase.get("cohortId"), ownCase.get("participantId"));
        } catch (ApiProblem problem) {
            if (problem.isNotFound()) {
                return null;
            }
            throw problem;
        }
    }

    /**
     * The group's name and assignment deadline ({@code CohortAssignmentView}), or null when cohort-service answers it
     * not to this organisation (no longer placed in the group): the page then states the general rule.
     */
    private Map<String, Object> groupOf(Map<String, Object> ownCase) {
        try {
            return gateway.asUser().get(JSON, GROUP, ownCase.get("cohortId"));
        } catch (ApiProblem problem) {
            if (problem.isNotFound()) {
                return null;
            }
            throw problem;
        }
    }

    private String page(Map<String, Object> ownCase, Map<String, Object> submission, AssignmentForm form,
                        FormErrors errors, Model model) {
        model.addAttribute("case", ownCase);
        model.addAttribute("group", groupOf(ownCase));
        model.addAttribute("submission", submission);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("criteria", List.of("clarity", "credibility", "reach", "originality"));
        model.addAttribute("maxLinks", AssignmentForm.MAX_LINKS);
        return "participant/assignment";
    }

    /**
     * What cohort-service refused, next to the field it concerns: its 400 per field, its 409 as the rule it names
     * (the deadline passed, the jury closed its scoring), an oversized or unsupported file at the file. Whatever is
     * not about this form (the session, access, the platform being down) goes to the portal's problem pages.
     */
    private FormErrors refusal(ApiProblem problem) {
        int status = problem.status();
        if (status == 401 || status == 403 || status == 404 || status >= 500) {
            throw problem;
        }
        if (status == 413) {
            return new FormErrors(text("problem.fields"), Map.of("file", fileRefusal(HandInFile.Refusal.TOO_LARGE)));
        }
        if (status == 415) {
            return new FormErrors(text("problem.fields"), Map.of("file", fileRefusal(HandInFile.Refusal.WRONG_TYPE)));
        }
        if (status == 409) {
            String rule = problem.rule() == null ? "" : problem.rule();
            return new FormErrors(messages.getMessage("assignment.rule." + rule, null,
                    text("problem.status.409"), LocaleContextHolder.getLocale()), Map.of());
        }
        FormErrors errors = problems.of(problem);
        Map<String, String> fields = new LinkedHashMap<>();
        for (ApiProblem.FieldError error : problem.errors()) {
            String path = error.field() == null ? "" : error.field();
            // Each link is its own path (links[2]); the form has one field for all of them. The file's name and
            // bytes are checked as "name" and "file"; both belong to the file input.
            String field = path.startsWith("links[") ? "links" : path.equals("name") ? "file" : path;
            String key = path.startsWith("links[") ? "links.item" : path;
            String ours = messages.getMessage("assignment.problem." + key + "." + error.code(), null, null,
                    LocaleContextHolder.getLocale());
            fields.putIfAbsent(field, ours != null ? ours : errors.fields().getOrDefault(path, errors.general()));
        }
        return new FormErrors(errors.general(), fields);
    }

    private String fileRefusal(HandInFile.Refusal refusal) {
        return text("assignment.file." + refusal.name());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
