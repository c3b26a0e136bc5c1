package nl.koploper.portal.publicpages;

import java.util.List;
import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.FormErrors;
import nl.koploper.portal.api.Gateway;
import nl.koploper.portal.api.ProblemMessages;
import nl.koploper.portal.home.HouseColour;
import nl.koploper.portal.home.PageModel;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A gemeente's public page (the link it publishes): its Koplopergroep open for registration, and the registration
 * form. No sign-in; the gemeente comes from the path, and cohort-service refuses an unknown or inactive one.
 */
@Controller
@RequestMapping("/gemeenten/{gemeente}")
class GemeentePages {

    private final Gateway gateway;
    private final ProblemMessages problems;
    private final MessageSource messages;

    GemeentePages(Gateway gateway, ProblemMessages problems, MessageSource messages) {
        this.gateway = gateway;
        this.problems = problems;
        this.messages = messages;
    }

    /** The gemeente and the cohorts that take registrations now (cohort-service's public read). */
    record OpenCohorts(Gemeente gemeente, List<OpenCohort> cohorts) {
    }

    record Gemeente(String slug, String name, String logoUrl, String brandColour) {
    }

    record OpenCohort(String id, String name, int year, Integer placesLeft, Boolean waitingList,
                      String registrationDeadline) {
        boolean full() {
            return placesLeft != null && placesLeft <= 0;
        }
    }

    @GetMapping
    String page(@PathVariable String gemeente, Model model) {
        model.addAttribute("open", openCohorts(gemeente, model));
        return "public/gemeente";
    }

    @GetMapping("/aanmelden/{cohortId}")
    String form(@PathVariable String gemeente, @PathVariable String cohortId, Model model) {
        return form(gemeente, cohortId, new RegistrationForm(), FormErrors.none(), model);
    }

    @PostMapping("/aanmelden/{cohortId}")
    String register(@PathVariable String gemeente, @PathVariable String cohortId,
                    @ModelAttribute("form") RegistrationForm form, Model model) {
        FormErrors local = FormErrors.none();
        if (!form.getSizeFte().isBlank() && form.sizeFteNumber() == null) {
            local = local.with("sizeFte", text("problem.code.not-a-number"));
        }
        if (local.any()) {
            return form(gemeente, cohortId, form, new FormErrors(text("problem.fields"), local.fields()), model);
        }
        try {
            // The answer is the same whether or not the organisation takes part already (so that nobody learns that
            // from the form): where it stands goes by e-mail, so there is nothing in it to pass on.
            gateway.asPublic().post(Receipt.class, form.toRequest(),
                    "/api/public/cohorts/{gemeente}/{cohortId}/registrations", gemeente, cohortId);
            return "redirect:/gemeenten/{gemeente}/aanmelden/{cohortId}/ontvangen";
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 || problem.status() == 404 || problem.status() == 403) {
                throw problem;
            }
            return form(gemeente, cohortId, form, problems.of(problem).renamed(RegistrationForm.FIELD_OF), model);
        }
    }

    /**
     * After the registration (redirect-after-post, so a reload registers nothing twice). The same page for everyone
     * who registered: a place, the waiting list or an organisation registered already are told by e-mail only.
     */
    @GetMapping("/aanmelden/{cohortId}/ontvangen")
    String received(@PathVariable String gemeente, @PathVariable String cohortId, Model model) {
        model.addAttribute("open", openCohorts(gemeente, model));
        return "public/registered";
    }

    private String form(String gemeente, String cohortId, RegistrationForm form, FormErrors errors, Model model) {
        OpenCohorts open = openCohorts(gemeente, model);
        OpenCohort cohort = open.cohorts().stream().filter(c -> c.id().equals(cohortId)).findFirst()
                .orElseThrow(() -> new ApiProblem(404, "Not Found", "no open cohort " + cohortId, List.of()));
        model.addAttribute("open", open);
        model.addAttribute("cohort", cohort);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "public/register";
    }

    /** The gemeente's open cohorts; its name also heads the page's frame, as a signed-in user's gemeente does. */
    private OpenCohorts openCohorts(String gemeente, Model model) {
        OpenCohorts open = gateway.asPublic().get(OpenCohorts.class, "/api/public/cohorts/{gemeente}", gemeente);
        model.addAttribute("branding", new PageModel.Branding(open.gemeente().name(), open.gemeente().logoUrl(),
                HouseColour.parse(open.gemeente().brandColour()).orElse(null)));
        return open;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** cohort-service's answer, {@code RECEIVED} whatever happened. */
    record Receipt(String status) {
    }
}
