package nl.koploper.portal.advisor;

import static nl.koploper.portal.advisor.AdvisorPages.CASE;
import static nl.koploper.portal.advisor.AdvisorPages.JSON;
import static nl.koploper.portal.advisor.AdvisorPages.list;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
 * The Duurzaamheidsprofiel as the advisor writes it: a draft generated from the complete review, its strengths,
 * improvements and recommendations; adding one from the catalogue, rewording, removing; publishing (the participant
 * is mailed); and the PDF of a version, a draft's as the preview before publishing (assessment-service marks every
 * page of it as a draft and prints it only for the case's advisor and the coordinator). Every change carries the
 * case's ETag (If-Match).
 */
@Controller
@RequestMapping("/adviseur/organisaties/{caseId}/profiel")
class ProfilePages {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {
            };
    private static final String PROFILE = CASE + "/profiles/{version}";

    private final Gateway gateway;
    private final ProblemMessages problems;
    private final MessageSource messages;

    ProfilePages(Gateway gateway, ProblemMessages problems, MessageSource messages) {
        this.gateway = gateway;
        this.problems = problems;
        this.messages = messages;
    }

    /** Generates the draft (the next version) from the complete review. */
    @PostMapping
    String create(@PathVariable String caseId, @RequestParam String version, RedirectAttributes redirect) {
        try {
            var draft = gateway.asUser().postIfMatch(version, null, CASE + "/profiles", caseId);
            redirect.addFlashAttribute("notice", text("adv.profile.created"));
            return "redirect:/adviseur/organisaties/{caseId}/profiel/" + draft.body().get("version");
        } catch (ApiProblem problem) {
            refusedOrThrow(problem);
            redirect.addFlashAttribute("problem", problems.of(problem).general());
            return "redirect:/adviseur/organisaties/{caseId}";
        }
    }

    @GetMapping("/{version}")
    String profile(@PathVariable String caseId, @PathVariable int version, Model model) {
        var profile = gateway.asUser().getVersioned(PROFILE, caseId, version);
        Map<String, Object> assessmentCase = gateway.asUser().get(JSON, CASE, caseId);
        model.addAttribute("case", assessmentCase);
        model.addAttribute("profile", profile.body());
        model.addAttribute("caseVersion", profile.etag());
        if ("DRAFT".equals(profile.body().get("status"))) {
            Set<String> present = list(profile.body().get("recommendations")).stream()
                    .map(r -> String.valueOf(r.get("id"))).collect(Collectors.toSet());
            model.addAttribute("catalogue", catalogue(assessmentCase).stream()
                    .filter(r -> !present.contains(String.valueOf(r.get("id")))).toList());
        }
        return "advisor/profile";
    }

    @PostMapping("/{version}/aanbevelingen")
    String add(@PathVariable String caseId, @PathVariable int version, @RequestParam String caseVersion,
               @RequestParam(required = false) String catalogueId, RedirectAttributes redirect) {
        if (catalogueId == null || catalogueId.isBlank()) {
            redirect.addFlashAttribute("addError", text("adv.profile.chooseOne"));
            return "redirect:/adviseur/organisaties/{caseId}/profiel/{version}#toevoegen";
        }
        try {
            var changed = gateway.asUser().postIfMatch(caseVersion, Map.of("catalogueId", catalogueId),
                    PROFILE + "/recommendations", caseId, version);
            String title = list(changed.body().get("recommendations")).stream()
                    .filter(r -> catalogueId.equals(r.get("id"))).map(r -> String.valueOf(r.get("title")))
                    .findFirst().orElse(catalogueId);
            redirect.addFlashAttribute("notice", messages.getMessage("adv.profile.added", new Object[]{title},
                    LocaleContextHolder.getLocale()));
        } catch (ApiProblem problem) {
            refusedOrThrow(problem);
            redirect.addFlashAttribute("addError", problems.of(problem).general());
        }
        return "redirect:/adviseur/organisaties/{caseId}/profiel/{version}";
    }

    @GetMapping("/{version}/aanbevelingen/{id}")
    String rewordForm(@PathVariable String caseId, @PathVariable int version, @PathVariable String id,
                      Model model) {
        var profile = gateway.asUser().getVersioned(PROFILE, caseId, version);
        Map<String, Object> recommendation = recommendation(profile.body(), id);
        return rewordPage(profile.body(), profile.etag(), id, String.valueOf(recommendation.get("title")),
                String.valueOf(recommendation.get("description")), FormErrors.none(), model);
    }

    @PostMapping("/{version}/aanbevelingen/{id}")
    String reword(@PathVariable String caseId, @PathVariable int version, @PathVariable String id,
                  @RequestParam String caseVersion, @RequestParam(defaultValue = "") String title,
                  @RequestParam(defaultValue = "") String description, Model model, RedirectAttributes redirect) {
        try {
            gateway.asUser().putIfMatch(caseVersion, Map.of("title", title.strip(), "description",
                    description.strip()), PROFILE + "/recommendations/{id}", caseId, version, id);
        } catch (ApiProblem problem) {
            refusedOrThrow(problem);
            var fresh = gateway.asUser().getVersioned(PROFILE, caseId, version);
            return rewordPage(fresh.body(), problem.status() == 400 ? caseVersion : fresh.etag(), id, title,
                    description, problems.of(problem), model);
        }
        redirect.addFlashAttribute("notice", messages.getMessage("adv.profile.reworded", new Object[]{title.strip()},
                LocaleContextHolder.getLocale()));
        return "redirect:/adviseur/organisaties/{caseId}/profiel/{version}";
    }

    @PostMapping("/{version}/aanbevelingen/{id}/verwijderen")
    String remove(@PathVariable String caseId, @PathVariable int version, @PathVariable String id,
                  @RequestParam String caseVersion, @RequestParam(defaultValue = "") String title,
                  RedirectAttributes redirect) {
        try {
            gateway.asUser().deleteIfMatch(caseVersion, PROFILE + "/recommendations/{id}", caseId, version, id);
            redirect.addFlashAttribute("notice", messages.getMessage("adv.profile.removed", new Object[]{title},
                    LocaleContextHolder.getLocale()));
        } catch (ApiProblem problem) {
            refusedOrThrow(problem);
            redirect.addFlashAttribute("problem", problems.of(problem).general());
        }
        return "redirect:/adviseur/organisaties/{caseId}/profiel/{version}";
    }

    /** Publishes the draft: it is frozen, and the participant's contact gets the "profile published" mail. */
    @PostMapping("/{version}/publiceren")
    String publish(@PathVariable String caseId, @PathVariable int version, @RequestParam String caseVersion,
                   RedirectAttributes redirect) {
        try {
            gateway.asUser().postIfMatch(caseVersion, null, PROFILE + "/publish", caseId, version);
            redirect.addFlashAttribute("notice", text("adv.profile.published"));
        } catch (ApiProblem problem) {
            refusedOrThrow(problem);
            redirect.addFlashAttribute("problem", problems.of(problem).general());
        }
        return "redirect:/adviseur/organisaties/{caseId}/profiel/{version}";
    }

    /** The PDF of a version; a draft's is marked "CONCEPT — nog niet gepubliceerd" on every page by the service. */
    @GetMapping("/{version}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String caseId, @PathVariable int version) {
        return PassedOn.file(gateway.asUser().download(CASE + "/profiles/{version}.pdf", caseId, version));
    }

    private String rewordPage(Map<String, Object> profile, String caseVersion, String id, String title,
                              String description, FormErrors errors, Model model) {
        model.addAttribute("profile", profile);
        model.addAttribute("caseVersion", caseVersion);
        model.addAttribute("recommendationId", id);
        model.addAttribute("original", recommendation(profile, id));
        model.addAttribute("rewordTitle", title);
        model.addAttribute("rewordDescription", description);
        model.addAttribute("errors", errors);
        return "advisor/reword";
    }

    /** The catalogue's recommendations that suit the organisation's sector (all, when its SBI code is unknown). */
    private List<Map<String, Object>> catalogue(Map<String, Object> assessmentCase) {
        Object sbi = assessmentCase.get("organisation") instanceof Map<?, ?> organisation
                ? organisation.get("sbiCode") : null;
        if (sbi instanceof String code && code.matches("[0-9.]{2,10}")) {
            return gateway.asUser().get(LIST, "/api/assessments/catalogue/recommendations?sbiCode={sbi}", code);
        }
        return gateway.asUser().get(LIST, "/api/assessments/catalogue/recommendations");
    }

    private static Map<String, Object> recommendation(Map<String, Object> profile, String id) {
        return list(profile.get("recommendations")).stream().filter(r -> id.equals(r.get("id"))).findFirst()
                .orElseThrow(() -> new ApiProblem(404, "Not Found", "no recommendation " + id, List.of()));
    }

    private static void refusedOrThrow(ApiProblem problem) {
        if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403
                || problem.status() == 404) {
            throw problem;
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
