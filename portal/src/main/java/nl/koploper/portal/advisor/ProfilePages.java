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
 * improvements and recommendations; adding one from the catalogue or one of the advisor's own, rewording, removing;
 * publishing (the participant is mailed); a new version from a published one (a draft with its content, for a change
 * of mind after publishing); and the PDF of a version, a draft's as the preview before publishing (assessment-service
 * marks every page of it as a draft and prints it only for the case's advisor and the coordinator). Every change
 * carries the case's ETag (If-Match).
 */
@Controller
@RequestMapping("/adviseur/organisaties/{caseId}/profiel")
class ProfilePages {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {
            };
    private static final String PROFILE = CASE + "/profiles/{version}";

    private static final ParameterizedTypeReference<List<Map<String, Object>>> SUBJECTS = LIST;

    private final Gateway gateway;
    private final Refusals refusals;
    private final MessageSource messages;

    ProfilePages(Gateway gateway, Refusals refusals, MessageSource messages) {
        this.gateway = gateway;
        this.refusals = refusals;
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
            redirect.addFlashAttribute("problem", refusals.of(problem).general());
            return "redirect:/adviseur/organisaties/{caseId}";
        }
    }

    /**
     * A new version from published version {@code version}: a draft with its scores, findings and recommendations as
     * published (the advisor's rewording and own recommendations included). The participant keeps reading the
     * published version until the new one is published.
     */
    @PostMapping("/{version}/nieuwe-versie")
    String nextDraft(@PathVariable String caseId, @PathVariable int version, @RequestParam String caseVersion,
                     RedirectAttributes redirect) {
        try {
            var draft = gateway.asUser().postIfMatch(caseVersion, null, PROFILE + "/next-draft", caseId, version);
            redirect.addFlashAttribute("notice", messages.getMessage("adv.profile.nextCreated",
                    new Object[]{draft.body().get("version"), version}, LocaleContextHolder.getLocale()));
            return "redirect:/adviseur/organisaties/{caseId}/profiel/" + draft.body().get("version");
        } catch (ApiProblem problem) {
            redirect.addFlashAttribute("problem", refusals.of(problem).general());
            return "redirect:/adviseur/organisaties/{caseId}/profiel/{version}";
        }
    }

    @GetMapping("/{version}")
    String profile(@PathVariable String caseId, @PathVariable int version, Model model) {
        return profilePage(caseId, version, null, OwnRecommendationForm.empty(), FormErrors.none(), model);
    }

    /** Adds the advisor's own recommendation to the draft; a refused one comes back in the form, as typed. */
    @PostMapping("/{version}/eigen-aanbeveling")
    String addOwn(@PathVariable String caseId, @PathVariable int version, @RequestParam String caseVersion,
                  @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String description,
                  @RequestParam(required = false) List<String> issues,
                  @RequestParam(defaultValue = "") String effort, @RequestParam(defaultValue = "") String cost,
                  Model model, RedirectAttributes redirect) {
        OwnRecommendationForm form = new OwnRecommendationForm(title, description, issues, effort, cost);
        FormErrors local = form.check(this::text);
        if (local.any()) {
            return profilePage(caseId, version, caseVersion, form, local, model);
        }
        try {
            gateway.asUser().postIfMatch(caseVersion, form.toRequest(), PROFILE + "/recommendations", caseId,
                    version);
        } catch (ApiProblem problem) {
            FormErrors refused = refusals.of(problem);
            Map<String, String> byInput = new java.util.LinkedHashMap<>();
            refused.fields().forEach((field, message) -> byInput.putIfAbsent(OwnRecommendationForm.inputOf(field),
                    message));
            return profilePage(caseId, version, problem.status() == 400 ? caseVersion : null, form,
                    new FormErrors(refused.general(), byInput), model);
        }
        redirect.addFlashAttribute("notice", messages.getMessage("adv.profile.added", new Object[]{title.strip()},
                LocaleContextHolder.getLocale()));
        return "redirect:/adviseur/organisaties/{caseId}/profiel/{version}";
    }

    /**
     * The profile page; {@code caseVersion} null for the version just read (after a refusal for a stale version, the
     * advisor then sees what changed and sends again), else the one the form carried.
     */
    private String profilePage(String caseId, int version, String caseVersion, OwnRecommendationForm own,
                               FormErrors ownErrors, Model model) {
        var profile = gateway.asUser().getVersioned(PROFILE, caseId, version);
        Map<String, Object> assessmentCase = gateway.asUser().get(JSON, CASE, caseId);
        model.addAttribute("case", assessmentCase);
        model.addAttribute("profile", profile.body());
        model.addAttribute("caseVersion", caseVersion == null ? profile.etag() : caseVersion);
        if ("DRAFT".equals(profile.body().get("status"))) {
            Set<String> present = list(profile.body().get("recommendations")).stream()
                    .map(r -> String.valueOf(r.get("id"))).collect(Collectors.toSet());
            model.addAttribute("catalogue", catalogue(assessmentCase).stream()
                    .filter(r -> !present.contains(String.valueOf(r.get("id")))).toList());
            model.addAttribute("subjects", gateway.asUser().get(SUBJECTS, "/api/assessments/catalogue/issues"));
            model.addAttribute("own", own);
            model.addAttribute("ownErrors", ownErrors);
            model.addAttribute("efforts", OwnRecommendationForm.EFFORTS);
            model.addAttribute("costs", OwnRecommendationForm.COSTS);
        } else {
            // A new version is made from the newest published one, and only while no draft is open.
            List<Map<String, Object>> profiles = list(assessmentCase.get("profiles"));
            boolean draftOpen = profiles.stream().anyMatch(p -> "DRAFT".equals(p.get("status")));
            int newest = profiles.stream().filter(p -> "PUBLISHED".equals(p.get("status")))
                    .mapToInt(p -> ((Number) p.get("version")).intValue()).max().orElse(version);
            model.addAttribute("openDraft", profiles.stream().filter(p -> "DRAFT".equals(p.get("status")))
                    .findFirst().map(p -> p.get("version")).orElse(null));
            model.addAttribute("canMakeNext", !draftOpen && newest == version
                    && !"CLOSED".equals(assessmentCase.get("status")));
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
            redirect.addFlashAttribute("addError", refusals.of(problem).general());
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
            FormErrors refused = refusals.of(problem);
            var fresh = gateway.asUser().getVersioned(PROFILE, caseId, version);
            return rewordPage(fresh.body(), problem.status() == 400 ? caseVersion : fresh.etag(), id, title,
                    description, refused, model);
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
            redirect.addFlashAttribute("problem", refusals.of(problem).general());
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
            redirect.addFlashAttribute("problem", refusals.of(problem).general());
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

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
