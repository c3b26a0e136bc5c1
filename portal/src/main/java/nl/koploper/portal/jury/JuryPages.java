package nl.koploper.portal.jury;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The juror's pages: the communication assignments handed in to a Koplopergroep whose jury they are on, one hand-in
 * with its file, and the rubric form to score it. cohort-service decides what a juror may see (the groups whose jury
 * names their e-mail address; a 404 for any other) and shows a juror only their own marks until the coordinator
 * closes the scoring.
 *
 * <p>The start page lists the groups whose jury names the juror ({@code GET /api/cohorts/judging}); the link the
 * coordinator sends leads straight to a group's hand-ins, which show the group's name and deadline from
 * {@code GET /api/cohorts/<id>/assignment}. Everything is read with the juror's own token whenever it is shown.
 */
@Controller
@RequestMapping("/jury")
class JuryPages {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {
            };
    private static final String JUDGING = "/api/cohorts/judging";
    private static final String GROUP = "/api/cohorts/{cohort}/assignment";
    private static final String SUBMISSIONS = "/api/cohorts/{cohort}/assignments";
    private static final String SUBMISSION = SUBMISSIONS + "/{participant}";
    private static final String RANKING = "/api/cohorts/{cohort}/ranking";

    private final Gateway gateway;
    private final ProblemMessages problems;
    private final MessageSource messages;

    JuryPages(Gateway gateway, ProblemMessages problems, MessageSource messages) {
        this.gateway = gateway;
        this.problems = problems;
        this.messages = messages;
    }

    /** The start page: what the juror does, the rubric, and the groups they judge with their progress. */
    @GetMapping
    String start(Model model) {
        List<Group> groups = new ArrayList<>();
        for (Map<String, Object> judged : gateway.asUser().get(LIST, JUDGING)) {
            try {
                groups.add(Group.of(judged, gateway.asUser().get(LIST, SUBMISSIONS, judged.get("id"))));
            } catch (ApiProblem problem) {
                if (problem.status() == 401 || problem.status() >= 500) {
                    throw problem;
                }
                // Taken off this group's jury between the two reads: nothing to show.
            }
        }
        model.addAttribute("groups", groups);
        model.addAttribute("criteria", ScoreForm.CRITERIA);
        return "jury/start";
    }

    /** A group's hand-ins, each with the juror's own mark (or that it still waits for one). */
    @GetMapping("/groepen/{cohortId}")
    String handIns(@PathVariable String cohortId, Model model) {
        List<Map<String, Object>> submissions = gateway.asUser().get(LIST, SUBMISSIONS, cohortId);
        Group group = Group.of(gateway.asUser().get(JSON, GROUP, cohortId), submissions);
        model.addAttribute("group", group);
        model.addAttribute("submissions", submissions);
        Map<String, Object> ranking = null;
        if (group.closed()) {
            try {
                // The jurors see the ranking once the coordinator has closed the scoring, as the coordinator does.
                ranking = gateway.asUser().get(JSON, RANKING, cohortId);
            } catch (ApiProblem problem) {
                if (problem.status() == 401 || problem.status() >= 500) {
                    throw problem;
                }
            }
        }
        model.addAttribute("ranking", ranking);
        return "jury/hand-ins";
    }

    /** One hand-in: its text, links and file, and the rubric form with the juror's marks so far. */
    @GetMapping("/groepen/{cohortId}/inzendingen/{participantId}")
    String handIn(@PathVariable String cohortId, @PathVariable String participantId, Model model) {
        Map<String, Object> submission = gateway.asUser().get(JSON, SUBMISSION, cohortId, participantId);
        return handInPage(cohortId, submission, ScoreForm.of(myScore(submission)), FormErrors.none(), model);
    }

    /**
     * Saves the juror's marks (scoring again replaces them). A mark missing or out of the scale is explained next to
     * its criterion before anything is sent; what the service refuses comes back the same way, with the marks chosen.
     */
    @PostMapping("/groepen/{cohortId}/inzendingen/{participantId}")
    String score(@PathVariable String cohortId, @PathVariable String participantId,
                 @RequestParam Map<String, String> parameters, Model model, RedirectAttributes redirect) {
        Map<String, Object> submission = gateway.asUser().get(JSON, SUBMISSION, cohortId, participantId);
        ScoreForm form = ScoreForm.typed(parameters);
        FormErrors errors = FormErrors.none();
        for (String wrong : form.wrong()) {
            errors = errors.with(wrong, text("comment".equals(wrong) ? "jury.score.commentTooLong"
                    : "jury.score.missing"));
        }
        if (errors.any()) {
            return handInPage(cohortId, submission, form, new FormErrors(text("problem.fields"), errors.fields()),
                    model);
        }
        Map<?, ?> saved;
        try {
            saved = gateway.asUser().put(Map.class, form.body(), SUBMISSION + "/score", cohortId, participantId);
        } catch (ApiProblem problem) {
            return handInPage(cohortId, submission, form, refusal(problem), model);
        }
        redirect.addFlashAttribute("saved", text("jury.saved", submission.get("organisationName"),
                saved != null && saved.get("total") instanceof Number total ? total.intValue() : form.total()));
        return "redirect:/jury/groepen/{cohortId}";
    }

    /** The hand-in's file, handed on from cohort-service with its type and name. */
    @GetMapping("/groepen/{cohortId}/inzendingen/{participantId}/bestand")
    ResponseEntity<byte[]> file(@PathVariable String cohortId, @PathVariable String participantId) {
        return PassedOn.file(gateway.asUser().download(SUBMISSION + "/file", cohortId, participantId));
    }

    private String handInPage(String cohortId, Map<String, Object> submission, ScoreForm form, FormErrors errors,
                              Model model) {
        Map<String, Object> mine = myScore(submission);
        model.addAttribute("cohortId", cohortId);
        model.addAttribute("group", gateway.asUser().get(JSON, GROUP, cohortId));
        model.addAttribute("submission", submission);
        model.addAttribute("myScore", mine);
        // The juror scored an earlier revision: the participant replaced its hand-in since.
        model.addAttribute("outdated", mine != null && mine.get("scoredRevision") instanceof Number scored
                && submission.get("revision") instanceof Number revision && scored.intValue() < revision.intValue());
        // A juror is shown every juror's marks only once the coordinator has closed the scoring.
        model.addAttribute("closed", submission.get("scores") != null);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("criteria", ScoreForm.CRITERIA);
        model.addAttribute("scale", List.of(1, 2, 3, 4, 5));
        return "jury/hand-in";
    }

    /**
     * What cohort-service refused about the marks: a 400 per criterion, a 409 by the rule it names (the scoring
     * closed, the year no longer runs). Anything else (the session, access, the platform) is a problem page.
     */
    private FormErrors refusal(ApiProblem problem) {
        int status = problem.status();
        if (status == 401 || status == 403 || status == 404 || status >= 500) {
            throw problem;
        }
        if (status == 409) {
            String rule = problem.rule() == null ? "" : problem.rule();
            return new FormErrors(messages.getMessage("jury.rule." + rule, null, text("problem.status.409"),
                    LocaleContextHolder.getLocale()), Map.of());
        }
        FormErrors errors = problems.of(problem);
        Map<String, String> fields = new LinkedHashMap<>();
        errors.fields().forEach((field, message) -> fields.put(field, ScoreForm.CRITERIA.contains(field)
                ? text("jury.score.missing") : "comment".equals(field) ? text("jury.score.commentTooLong") : message));
        return new FormErrors(errors.general(), fields);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> myScore(Map<String, Object> submission) {
        return submission.get("myScore") instanceof Map<?, ?> mine ? (Map<String, Object>) mine : null;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /**
     * A group as the juror sees it: its name and assignment deadline (as cohort-service's
     * {@code CohortAssignmentView} gives them), how many hand-ins, how many they scored, and whether the scoring closed.
     */
    public record Group(String cohortId, String name, String deadline, boolean deadlinePassed,
                        int handIns, int scoredByMe, boolean closed) {

        static Group of(Map<String, Object> cohort, List<Map<String, Object>> submissions) {
            int scored = (int) submissions.stream().filter(s -> s.get("myScore") != null).count();
            boolean closed = cohort.get("scoringClosedAt") != null
                    || submissions.stream().anyMatch(s -> s.get("scores") != null);
            return new Group(String.valueOf(cohort.get("id")), String.valueOf(cohort.get("name")),
                    (String) cohort.get("assignmentDeadline"), Boolean.TRUE.equals(cohort.get("deadlinePassed")),
                    submissions.size(), scored, closed);
        }
    }
}
