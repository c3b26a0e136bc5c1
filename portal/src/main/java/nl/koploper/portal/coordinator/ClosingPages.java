package nl.koploper.portal.coordinator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.EmailAddresses;
import nl.koploper.portal.api.Gateway;
import nl.koploper.portal.api.ProblemMessages;
import nl.koploper.portal.config.PortalProperties;
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
 * The end of a group's year: the jury, the handed-in communication assignments, closing the scoring, the ranking,
 * the Koploperprijs, completing the year (which issues the certificates) and the certificates with their codes.
 */
@Controller
@RequestMapping("/coordinator/groepen/{cohortId}")
class ClosingPages {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {
            };
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

    private final Gateway gateway;
    private final ProblemMessages problems;
    private final MessageSource messages;
    private final PortalProperties portal;

    ClosingPages(Gateway gateway, ProblemMessages problems, MessageSource messages, PortalProperties portal) {
        this.gateway = gateway;
        this.problems = problems;
        this.messages = messages;
        this.portal = portal;
    }

    @GetMapping("/afronding")
    String closing(@PathVariable String cohortId, Model model) {
        var api = gateway.asUser();
        var cohort = api.getVersioned("/api/cohorts/{id}", cohortId);
        model.addAttribute("cohort", cohort.body());
        model.addAttribute("cohortVersion", cohort.etag());
        Map<String, Object> jury = orNull(() -> api.get(JSON, "/api/cohorts/{id}/jury", cohortId));
        List<?> jurors = jury != null && jury.get("jurors") instanceof List<?> list ? list : List.of();
        model.addAttribute("jurors", jurors);
        model.addAttribute("scoringClosed", jury != null && jury.get("scoringClosedAt") != null);
        // cohort-service lets a juror list no groups, so the jurors reach theirs by this link (the coordinator sends it).
        model.addAttribute("juryLink", portal.publicBaseUrl() + "/jury/groepen/" + cohortId);
        if (!model.containsAttribute("juryText")) {
            model.addAttribute("juryText", String.join("\n", jurors.stream().map(String::valueOf).toList()));
        }
        model.addAttribute("submissions", ProgressPages.orEmpty(() -> api.get(LIST,
                "/api/cohorts/{id}/assignments", cohortId)));
        Map<String, Object> ranking = orNull(() -> api.get(JSON, "/api/cohorts/{id}/ranking", cohortId));
        model.addAttribute("ranking", ranking == null || !(ranking.get("entries") instanceof List<?> entries)
                ? List.of() : entries);
        model.addAttribute("award", ranking == null ? null : ranking.get("award"));
        model.addAttribute("certificates", ProgressPages.orEmpty(() -> api.get(LIST,
                "/api/cohorts/{id}/certificates", cohortId)));
        model.addAttribute("criteria", orNull(() -> api.get(JSON, "/api/cohorts/{id}/certificates/criteria",
                cohortId)));
        if (!model.containsAttribute("winner")) {
            model.addAttribute("winner", "");
            model.addAttribute("motivation", "");
        }
        model.addAttribute("tab", "closing");
        return "coordinator/closing";
    }

    /** The jurors by the e-mail address they sign in with, one a line (or separated by commas). */
    @PostMapping("/jury")
    String jury(@PathVariable String cohortId, @RequestParam(defaultValue = "") String jurors,
                RedirectAttributes redirect) {
        List<String> addresses = new ArrayList<>();
        for (String part : SEPARATORS.split(jurors.strip())) {
            if (!part.isBlank()) {
                addresses.add(part.strip());
            }
        }
        String wrong = addresses.stream().filter(a -> !EmailAddresses.isValid(a)).findFirst().orElse(null);
        String error = null;
        if (addresses.isEmpty()) {
            error = text("co.jury.none");
        } else if (wrong != null) {
            error = text("co.jury.notAnAddress", wrong);
        } else {
            try {
                gateway.asUser().put(Map.class, Map.of("jurors", addresses), "/api/cohorts/{id}/jury", cohortId);
                redirect.addFlashAttribute("jurySaved", addresses.size());
                return "redirect:/coordinator/groepen/{cohortId}/afronding";
            } catch (ApiProblem problem) {
                rethrowUnlessRefused(problem);
                error = problem.status() == 409 ? text("co.jury.closed") : firstOf(problem);
            }
        }
        redirect.addFlashAttribute("juryError", error);
        redirect.addFlashAttribute("juryText", jurors);
        return "redirect:/coordinator/groepen/{cohortId}/afronding#jury";
    }

    @PostMapping("/beoordeling-sluiten")
    String closeScoring(@PathVariable String cohortId, RedirectAttributes redirect) {
        try {
            gateway.asUser().post(Map.class, null, "/api/cohorts/{id}/scoring/close", cohortId);
            redirect.addFlashAttribute("scoringClosedNow", true);
        } catch (ApiProblem problem) {
            rethrowUnlessRefused(problem);
            redirect.addFlashAttribute("scoringError", text("co.scoring.notClosed"));
        }
        return "redirect:/coordinator/groepen/{cohortId}/afronding#scoring";
    }

    /** Grants the Koploperprijs: to the top of the ranking, or to another organisation with a motivation. */
    @PostMapping("/prijs")
    String award(@PathVariable String cohortId, @RequestParam(defaultValue = "") String winner,
                 @RequestParam(defaultValue = "") String motivation, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("participantId", winner.isBlank() ? null : winner.strip());
        body.put("motivation", motivation.isBlank() ? null : motivation.strip());
        try {
            Map<?, ?> award = gateway.asUser().post(Map.class, body, "/api/cohorts/{id}/award", cohortId);
            redirect.addFlashAttribute("awarded", String.valueOf(award.get("organisationName")));
            return "redirect:/coordinator/groepen/{cohortId}/afronding";
        } catch (ApiProblem problem) {
            rethrowUnlessRefused(problem);
            String error = problem.status() == 409 && !winner.isBlank() && motivation.isBlank()
                    ? text("co.award.motivationNeeded")
                    : problem.status() == 409 ? text("co.award.refused") : firstOf(problem);
            redirect.addFlashAttribute("awardError", error);
            redirect.addFlashAttribute("winner", winner);
            redirect.addFlashAttribute("motivation", motivation);
            return "redirect:/coordinator/groepen/{cohortId}/afronding#award";
        }
    }

    /**
     * Announces the granted Koploperprijs (until then it is secret): the symposium page shows it, the winner is
     * congratulated and the other participants are told.
     */
    @PostMapping("/prijs/bekendmaken")
    String announceAward(@PathVariable String cohortId, RedirectAttributes redirect) {
        try {
            Map<?, ?> award = gateway.asUser().post(Map.class, null, "/api/cohorts/{id}/award/announce", cohortId);
            redirect.addFlashAttribute("announced", String.valueOf(award.get("organisationName")));
        } catch (ApiProblem problem) {
            rethrowUnlessRefused(problem);
            redirect.addFlashAttribute("awardError", text("co.award.notAnnounced"));
        }
        return "redirect:/coordinator/groepen/{cohortId}/afronding#award";
    }

    /** The gemeente's attendance criterion: how many of the group's meetings an organisation must have attended. */
    @PostMapping("/certificaten/voorwaarden")
    String certificateCriteria(@PathVariable String cohortId,
                               @RequestParam(defaultValue = "") String minimumMeetingsAttended,
                               RedirectAttributes redirect) {
        Integer minimum = null;
        try {
            minimum = Integer.valueOf(minimumMeetingsAttended.strip());
        } catch (NumberFormatException notANumber) {
            // answered below, as a number out of range is
        }
        if (minimum == null || minimum < 0 || minimum > 50) {
            redirect.addFlashAttribute("criteriaError", text("co.criteria.minimum.invalid"));
            return "redirect:/coordinator/groepen/{cohortId}/afronding#criteria";
        }
        try {
            gateway.asUser().put(Map.class, Map.of("minimumMeetingsAttended", minimum),
                    "/api/cohorts/{id}/certificates/criteria", cohortId);
            redirect.addFlashAttribute("criteriaSaved", minimum);
        } catch (ApiProblem problem) {
            rethrowUnlessRefused(problem);
            redirect.addFlashAttribute("criteriaError", problem.status() == 409 ? text("co.criteria.closed")
                    : firstOf(problem));
        }
        return "redirect:/coordinator/groepen/{cohortId}/afronding#criteria";
    }

    /** Gives one organisation its certificate although it misses criteria; the reason is required and kept. */
    @PostMapping("/certificaten/{participantId}/toch-uitreiken")
    String overrideCriteria(@PathVariable String cohortId, @PathVariable String participantId,
                            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        if (reason.isBlank()) {
            redirect.addFlashAttribute("criteriaError", text("co.criteria.reasonNeeded"));
            return "redirect:/coordinator/groepen/{cohortId}/afronding#criteria";
        }
        try {
            Map<?, ?> row = gateway.asUser().post(Map.class, Map.of("reason", reason.strip()),
                    "/api/cohorts/{id}/certificates/{p}/override", cohortId, participantId);
            redirect.addFlashAttribute("overridden", String.valueOf(row.get("organisationName")));
        } catch (ApiProblem problem) {
            rethrowUnlessRefused(problem);
            redirect.addFlashAttribute("criteriaError", problem.status() == 409 ? text("co.criteria.overrideRefused")
                    : firstOf(problem));
        }
        return "redirect:/coordinator/groepen/{cohortId}/afronding#criteria";
    }

    /** Completes the year: every placed organisation gets its certificate (by mail, with a code to verify it). */
    @PostMapping("/afronden")
    String complete(@PathVariable String cohortId, @RequestParam String version, RedirectAttributes redirect) {
        try {
            gateway.asUser().postIfMatch(version, null, "/api/cohorts/{id}/complete", cohortId);
            redirect.addFlashAttribute("completed", true);
        } catch (ApiProblem problem) {
            rethrowUnlessRefused(problem);
            redirect.addFlashAttribute("completeError", problems.of(problem).general());
        }
        return "redirect:/coordinator/groepen/{cohortId}/afronding";
    }

    @GetMapping("/certificaten/{participantId}.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable String cohortId, @PathVariable String participantId) {
        return PassedOn.file(gateway.asUser().download("/api/cohorts/{id}/certificates/{p}.pdf", cohortId,
                participantId));
    }

    private static void rethrowUnlessRefused(ApiProblem problem) {
        if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403
                || problem.status() == 404) {
            throw problem;
        }
    }

    private String firstOf(ApiProblem problem) {
        var errors = problems.of(problem);
        return errors.fields().isEmpty() ? errors.general() : errors.fields().values().iterator().next();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private static Map<String, Object> orNull(java.util.function.Supplier<Map<String, Object>> call) {
        try {
            return call.get();
        } catch (ApiProblem problem) {
            if (problem.status() == 401 || problem.status() >= 500) {
                throw problem;
            }
            return null;
        }
    }
}
