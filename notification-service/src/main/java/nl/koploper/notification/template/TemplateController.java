package nl.koploper.notification.template;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.koploper.notification.gemeente.GemeenteSenders;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A gemeente's templates: each message type and language shows the gemeente's override or the bundled template; a
 * coordinator can override, remove the override, and preview a draft with sample data. Types in the path are the
 * folder names ({@code meeting-invitation}), languages {@code nl} or {@code en}.
 */
@RestController
@RequestMapping("/api/notifications/templates/{type}/{language}")
@PreAuthorize("hasAnyRole('coordinator', 'platform-admin')")
class TemplateController {

    private final MessageTemplates templates;
    private final GemeenteSenders gemeenten;

    TemplateController(MessageTemplates templates, GemeenteSenders gemeenten) {
        this.templates = templates;
        this.gemeenten = gemeenten;
    }

    @GetMapping
    TemplateView get(@PathVariable String type, @PathVariable String language) {
        MessageType messageType = type(type);
        Language lang = language(language);
        Optional<TemplateContent> override = templates.override(messageType, lang);
        return TemplateView.of(messageType, lang, override.isPresent(),
                override.orElseGet(() -> templates.bundled(messageType, lang)));
    }

    @PutMapping
    TemplateView put(@PathVariable String type, @PathVariable String language, @RequestBody TemplateRequest request) {
        MessageType messageType = type(type);
        Language lang = language(language);
        TemplateContent content = request.content();
        templates.saveOverride(messageType, lang, content);
        return TemplateView.of(messageType, lang, true, content);
    }

    @DeleteMapping
    ResponseEntity<Void> delete(@PathVariable String type, @PathVariable String language) {
        MessageType messageType = type(type);
        Language lang = language(language);
        if (!templates.removeOverride(messageType, lang)) {
            throw new NotFoundException("Template override", messageType.folder() + "/" + lang.code());
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/preview")
    RenderedMessage preview(@PathVariable String type, @PathVariable String language,
                            @RequestBody TemplateRequest request) {
        MessageType messageType = type(type);
        Language lang = language(language);
        return templates.preview(messageType, lang, request.content(),
                gemeenten.senderOf(TenantContext.require()).branding());
    }

    private static MessageType type(String folder) {
        return Arrays.stream(MessageType.values())
                .filter(t -> t.folder().equals(folder.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("type", "unknown message type '" + folder + "'; one of "
                        + Arrays.stream(MessageType.values()).map(MessageType::folder).toList()));
    }

    private static Language language(String code) {
        return Arrays.stream(Language.values())
                .filter(l -> l.code().equals(code.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("language", "unknown language '" + code
                        + "'; one of [nl, en]"));
    }

    /** A template override as a coordinator writes it. */
    record TemplateRequest(String subject, String html, String text) {
        TemplateContent content() {
            return new TemplateContent(subject, html, text);
        }
    }

    /** @param overridden whether this is the gemeente's own version (else the bundled one) */
    record TemplateView(String type, String language, boolean overridden, String subject, String html, String text) {
        static TemplateView of(MessageType type, Language language, boolean overridden, TemplateContent content) {
            return new TemplateView(type.folder(), language.code(), overridden, content.subject(), content.html(),
                    content.text());
        }
    }
}
