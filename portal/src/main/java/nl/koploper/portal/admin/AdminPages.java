package nl.koploper.portal.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.FormErrors;
import nl.koploper.portal.api.Gateway;
import nl.koploper.portal.api.ProblemMessages;
import nl.koploper.portal.home.HouseColour;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Koploper team's pages: the registered gemeenten, registering a new one, its house colour, deactivating and
 * reactivating, and the figures of the whole platform (assessment-service's impact of every gemeente).
 */
@Controller
@RequestMapping("/beheer")
class AdminPages {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;
    private final ProblemMessages problems;

    AdminPages(Gateway gateway, ProblemMessages problems) {
        this.gateway = gateway;
        this.problems = problems;
    }

    @GetMapping
    String gemeenten(Model model) {
        return page(new GemeenteForm(), FormErrors.none(), model);
    }

    @PostMapping("/gemeenten")
    String register(@ModelAttribute("form") GemeenteForm form, Model model, RedirectAttributes redirect) {
        try {
            gateway.asUser().post(Map.class, form.toRequest(), "/api/gemeenten");
        } catch (ApiProblem problem) {
            if (problem.status() != 400 && problem.status() != 409) {
                throw problem;
            }
            FormErrors errors = problem.status() == 409
                    ? FormErrors.none().with("slug", problems.of(problem).general())
                    : problems.of(problem).renamed(GemeenteForm.FIELD_OF);
            return page(form, new FormErrors(problems.of(problem).general(), errors.fields()), model);
        }
        redirect.addFlashAttribute("registered", form.getDisplayName());
        return "redirect:/beheer";
    }

    /**
     * What deactivating means for the gemeente, and a button to do it: a gemeente's whole year stops at one click, so
     * the list's button only leads here.
     */
    @GetMapping("/gemeenten/{slug}/deactiveren")
    String confirmDeactivation(@PathVariable String slug, Model model) {
        model.addAttribute("gemeente", gateway.asUser().get(JSON, "/api/gemeenten/{slug}", slug));
        return "admin/deactivate";
    }

    /** Deactivating stops every write of the gemeente (its people can still read); reactivating undoes it. */
    @PostMapping("/gemeenten/{slug}/{change:deactivate|reactivate}")
    String activation(@PathVariable String slug, @PathVariable String change, RedirectAttributes redirect) {
        var gemeente = gateway.asUser().getVersioned("/api/gemeenten/{slug}", slug);
        gateway.asUser().postIfMatch(gemeente.etag(), null, "/api/gemeenten/{slug}/" + change, slug);
        redirect.addFlashAttribute(change + "d", gemeente.body().get("displayName"));
        return "redirect:/beheer";
    }

    /** The gemeente's house colour, and what the portal makes of it, with a form to change it. */
    @GetMapping("/gemeenten/{slug}/huisstijl")
    String colour(@PathVariable String slug, Model model) {
        Map<String, Object> gemeente = gateway.asUser().get(JSON, "/api/gemeenten/{slug}", slug);
        String current = gemeente.get("brandColour") instanceof String colour ? colour : "";
        return colourPage(gemeente, current, FormErrors.none(), model);
    }

    /**
     * Changes the house colour: the API changes a gemeente as a whole (PUT), so everything else goes back as read,
     * with the version read (a change by someone else in between is refused, not overwritten).
     */
    @PostMapping("/gemeenten/{slug}/huisstijl")
    String changeColour(@PathVariable String slug, @RequestParam(defaultValue = "") String brandColour, Model model,
                        RedirectAttributes redirect) {
        var gemeente = gateway.asUser().getVersioned("/api/gemeenten/{slug}", slug);
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("displayName", "contact", "senderName", "replyTo", "logoUrl", "defaultLocale")) {
            body.put(field, gemeente.body().get(field));
        }
        body.put("brandColour", GemeenteForm.colour(brandColour));
        try {
            gateway.asUser().putIfMatch(gemeente.etag(), body, "/api/gemeenten/{slug}", slug);
        } catch (ApiProblem problem) {
            if (problem.status() != 400 && problem.status() != 412) {
                throw problem;
            }
            return colourPage(gemeente.body(), brandColour, problems.of(problem), model);
        }
        redirect.addFlashAttribute("colourChanged", gemeente.body().get("displayName"));
        return "redirect:/beheer";
    }

    private String colourPage(Map<String, Object> gemeente, String typed, FormErrors errors, Model model) {
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("colour", HouseColour.parse(gemeente.get("brandColour")).orElse(null));
        model.addAttribute("form", new ColourForm(typed));
        model.addAttribute("errors", errors);
        return "admin/colour";
    }

    /** The colour as typed, kept as it was when refused. */
    public record ColourForm(String brandColour) {
        public String getBrandColour() {
            return brandColour;
        }
    }

    private String page(GemeenteForm form, FormErrors errors, Model model) {
        Map<String, Object> page = gateway.asUser().get(JSON, "/api/gemeenten?size=100");
        model.addAttribute("gemeenten", page.getOrDefault("content", List.of()));
        try {
            model.addAttribute("impact", gateway.asUser().get(JSON, "/api/assessments/impact/platform"));
        } catch (ApiProblem problem) {
            if (problem.status() < 500) {
                throw problem;
            }
            model.addAttribute("impact", null); // the figures are a side dish: the list stays usable without them
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin/gemeenten";
    }

    /** A new gemeente as the form takes it. */
    public static class GemeenteForm {

        static final Map<String, String> FIELD_OF = Map.of("contact.name", "contactName",
                "contact.email", "contactEmail", "contact", "contactName");

        private String slug = "";
        private String displayName = "";
        private String contactName = "";
        private String contactEmail = "";
        private String senderName = "";
        private String replyTo = "";
        private String logoUrl = "";
        private String defaultLocale = "nl";
        private String brandColour = "";

        /**
         * The colour for the API: none when left empty, and the {@code #} added to six hex digits typed without it;
         * anything else goes as typed, for the platform to refuse next to the field.
         */
        static String colour(String typed) {
            String colour = typed == null ? "" : typed.strip();
            if (colour.isEmpty()) {
                return null;
            }
            return colour.matches("[0-9A-Fa-f]{6}") ? "#" + colour : colour;
        }

        Map<String, Object> toRequest() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("slug", slug.strip());
            body.put("displayName", displayName.strip());
            body.put("contact", Map.of("name", contactName.strip(), "email", contactEmail.strip()));
            body.put("senderName", senderName.strip());
            body.put("replyTo", replyTo.strip());
            body.put("logoUrl", logoUrl.isBlank() ? null : logoUrl.strip());
            body.put("defaultLocale", defaultLocale);
            body.put("brandColour", colour(brandColour));
            return body;
        }

        public String getSlug() { return slug; }
        public void setSlug(String value) { slug = value; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String value) { displayName = value; }
        public String getContactName() { return contactName; }
        public void setContactName(String value) { contactName = value; }
        public String getContactEmail() { return contactEmail; }
        public void setContactEmail(String value) { contactEmail = value; }
        public String getSenderName() { return senderName; }
        public void setSenderName(String value) { senderName = value; }
        public String getReplyTo() { return replyTo; }
        public void setReplyTo(String value) { replyTo = value; }
        public String getLogoUrl() { return logoUrl; }
        public void setLogoUrl(String value) { logoUrl = value; }
        public String getDefaultLocale() { return defaultLocale; }
        public void setDefaultLocale(String value) { defaultLocale = value; }
        public String getBrandColour() { return brandColour; }
        public void setBrandColour(String value) { brandColour = value; }
    }
}
