package nl.koploper.portal.coordinator;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.Gateway;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The gemeente's own wording of the mails the platform sends (notification-service's template overrides): the list
 * of mails with when each goes out and whether the gemeente wrote its own text, per mail and language the standard
 * text, the placeholders, the gemeente's text with a preview in sample data, and the way back to the standard text.
 */
@Controller
@RequestMapping("/coordinator/e-mailteksten")
class MailTemplatePages {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    static final List<String> LANGUAGES = List.of("nl", "en");
    /** The service's type names in the path ({@code meeting-invitation}); anything else is no page of ours. */
    private static final Pattern TYPE = Pattern.compile("[a-z]+(-[a-z]+)*");
    /**
     * The page with a preview lets the mail's own inline styles (mail HTML is styled inline) apply inside the
     * sandboxed frame; a srcdoc frame inherits its page's policy. Otherwise the portal's policy
     * ({@code SecurityConfiguration}; the render test checks they stay the same): scripts stay refused.
     */
    static final String PREVIEW_POLICY = "default-src 'self'; img-src 'self' data: https:; object-src 'none'; "
            + "base-uri 'self'; frame-ancestors 'none'; style-src 'self' 'unsafe-inline'";

    private final Gateway gateway;
    private final MessageSource messages;

    MailTemplatePages(Gateway gateway, MessageSource messages) {
        this.gateway = gateway;
        this.messages = messages;
    }

    /** One mail in the list: its type as in the path, its name in the messages, and the languages worded locally. */
    record MailRow(String type, String key, boolean essential, Set<String> own) {
        public boolean ownIn(String language) {
            return own.contains(language);
        }
    }

    /** A placeholder as the edit page explains it: what to type, what it becomes, whether the mail needs it. */
    record PlaceholderRow(String token, String meaning, boolean required) {
    }

    /** The subject, HTML and text a coordinator typed; the field names are those the service's problems name. */
    record TemplateForm(String subject, String html, String text) {

        static TemplateForm of(Map<String, Object> content) {
            return new TemplateForm(string(content.get("subject")), string(content.get("html")),
                    string(content.get("text")));
        }

        /** Browsers send a textarea's lines with CRLF; the templates and the mails they make use LF. */
        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("subject", subject == null ? "" : subject.strip());
            body.put("html", lines(html));
            body.put("text", lines(text));
            return body;
        }

        private static String lines(String value) {
            return value == null ? "" : value.replace("\r\n", "\n");
        }

        private static String string(Object value) {
            return value == null ? "" : value.toString();
        }
    }

    @GetMapping
    String list(Model model) {
        List<MailRow> mails = gateway.asUser().get(LIST, "/api/notifications/templates").stream()
                .map(mail -> new MailRow(String.valueOf(mail.get("type")), key(String.valueOf(mail.get("type"))),
                        Boolean.TRUE.equals(mail.get("essential")), Set.copyOf(strings(mail.get("overriddenLanguages")))))
                .toList();
        model.addAttribute("mails", mails);
        return "coordinator/mail-templates";
    }

    @GetMapping("/{type}/{language}")
    String edit(@PathVariable String type, @PathVariable String language, Model model, HttpServletResponse response) {
        Map<String, Object> template = template(type, language);
        TemplateForm form = TemplateForm.of(template);
        Map<String, Object> preview = null;
        try {
            preview = gateway.asUser().post(Map.class, form.body(),
                    "/api/notifications/templates/{type}/{language}/preview", type, language);
        } catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            // A stored text is validated when saved, so this is a rule that changed since: the page says so.
            model.addAttribute("errors", TemplateProblems.of(problem, messages));
        }
        return editPage(type, language, template, form, preview, model, response);
    }

    /** Shows how the typed text looks with example data; nothing is saved. */
    @PostMapping("/{type}/{language}/voorbeeld")
    String preview(@PathVariable String type, @PathVariable String language, TemplateForm form, Model model,
                   HttpServletResponse response) {
        Map<String, Object> template = template(type, language);
        Map<String, Object> preview = null;
        try {
            preview = gateway.asUser().post(Map.class, form.body(),
                    "/api/notifications/templates/{type}/{language}/preview", type, language);
        } catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            model.addAttribute("errors", TemplateProblems.of(problem, messages));
        }
        model.addAttribute("previewed", preview != null);
        return editPage(type, language, template, form, preview, model, response);
    }

    /** Saves the gemeente's own text; the next mail of this kind in this language uses it. */
    @PostMapping("/{type}/{language}")
    String save(@PathVariable String type, @PathVariable String language, TemplateForm form, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        try {
            gateway.asUser().put(Map.class, form.body(), "/api/notifications/templates/{type}/{language}", type,
                    language);
        } catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            model.addAttribute("errors", TemplateProblems.of(problem, messages));
            return editPage(type, language, template(type, language), form, null, model, response);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/coordinator/e-mailteksten/{type}/{language}";
    }

    /** Asks before the gemeente's own text is thrown away. */
    @GetMapping("/{type}/{language}/standaardtekst")
    String confirmReset(@PathVariable String type, @PathVariable String language, Model model) {
        Map<String, Object> template = template(type, language);
        model.addAttribute("type", type);
        model.addAttribute("key", key(type));
        model.addAttribute("language", language);
        model.addAttribute("overridden", Boolean.TRUE.equals(template.get("overridden")));
        return "coordinator/mail-template-reset";
    }

    /** Removes the gemeente's own text: the standard text goes out again. */
    @PostMapping("/{type}/{language}/standaardtekst")
    String reset(@PathVariable String type, @PathVariable String language, RedirectAttributes redirect) {
        checkPath(type, language);
        try {
            gateway.asUser().deleteIfMatch(null, "/api/notifications/templates/{type}/{language}", type, language);
        } catch (ApiProblem problem) {
            // Already the standard text (removed in another tab, or by a colleague): what was asked for is the case.
            if (!problem.isNotFound()) {
                throw problem;
            }
        }
        redirect.addFlashAttribute("reset", true);
        return "redirect:/coordinator/e-mailteksten/{type}/{language}";
    }

    private Map<String, Object> template(String type, String language) {
        checkPath(type, language);
        try {
            return gateway.asUser().get(JSON, "/api/notifications/templates/{type}/{language}", type, language);
        } catch (ApiProblem problem) {
            // The service refuses a type it does not know with 400: for a person that is a page that does not exist.
            throw problem.status() == 400 ? notFound() : problem;
        }
    }

    private static void checkPath(String type, String language) {
        if (!TYPE.matcher(type).matches() || !LANGUAGES.contains(language)) {
            throw notFound();
        }
    }

    private static ApiProblem notFound() {
        return new ApiProblem(404, "Not Found", null, List.of());
    }

    private String editPage(String type, String language, Map<String, Object> template, TemplateForm form,
                            Map<String, Object> preview, Model model, HttpServletResponse response) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", TemplateProblems.none());
        }
        if (preview != null) {
            response.setHeader("Content-Security-Policy", PREVIEW_POLICY);
        }
        model.addAttribute("type", type);
        model.addAttribute("key", key(type));
        model.addAttribute("language", language);
        model.addAttribute("overridden", Boolean.TRUE.equals(template.get("overridden")));
        model.addAttribute("standard", template.get("standard") instanceof Map<?, ?> standard ? standard : Map.of());
        model.addAttribute("placeholders", placeholders(template));
        model.addAttribute("form", form);
        model.addAttribute("preview", preview);
        return "coordinator/mail-template";
    }

    private List<PlaceholderRow> placeholders(Map<String, Object> template) {
        Set<String> required = Set.copyOf(strings(template.get("requiredPlaceholders")));
        Locale locale = LocaleContextHolder.getLocale();
        return strings(template.get("allowedPlaceholders")).stream()
                .sorted((a, b) -> Boolean.compare(required.contains(b), required.contains(a)))
                .map(name -> new PlaceholderRow("{{" + name + "}}",
                        messages.getMessage("co.placeholder." + name, null, "", locale), required.contains(name)))
                .toList();
    }

    /** The messages' key of a type: {@code meeting-invitation} is {@code MEETING_INVITATION}, as the delivery log. */
    static String key(String type) {
        return type.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static List<String> strings(Object list) {
        return list instanceof List<?> values ? values.stream().map(String::valueOf).toList() : List.of();
    }
}
