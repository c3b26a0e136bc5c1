package nl.koploper.notification.template;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * A gemeente's templates: the list of message types with the languages the gemeente overrides; each message type and
 * language shows the gemeente's override or the bundled template, the bundled one as the standard to compare with,
 * and the placeholders it may use; a coordinator can override, remove the override, and preview a draft with sample
 * data. Types in the path are the folder names ({@code meeting-invitation}), languages {@code nl} or {@code en}.
 */
@RestController
@RequestMapping("/api/notifications/templates")
@PreAuthorize("hasAnyRole('coordinator', 'platform-admin')")
class TemplateController {

    private final MessageTemplates templates;
    private final GemeenteSenders gemeenten;

    TemplateController(MessageTemplates templates, GemeenteSenders gemeenten) {
        this.templates = templates;
        this.gemeenten = gemeenten;
    }

    /** Every message type, in the order of the year, with the languages this gemeente has its own wording for. */
    @Operation(summary = "List every message type with the languages the gemeente has its own wording for "
            + "(coordinator)", description = "A platform-admin names the gemeente with `?tenant=<slug>`.")
    @GetMapping
    List<TemplateSummary> list() {
        Map<MessageType, Set<Language>> overridden = templates.overriddenLanguages();
        return Arrays.stream(MessageType.values())
                .map(type -> TemplateSummary.of(type, overridden.getOrDefault(type, Set.of())))
                .toList();
    }

    @Operation(summary = "Show a message type's template in a language: the gemeente's override or the bundled one, "
            + "with the placeholders it must and may use")
    @ApiResponse(responseCode = "200", description = "The template in force, and the bundled one to compare with")
    @ApiResponse(responseCode = "400", description = "Unknown message type or language")
    @GetMapping("/{type}/{language}")
    TemplateView get(@Parameter(description = "The message type's folder", example = "meeting-invitation")
                     @PathVariable String type,
                     @Parameter(schema = @Schema(allowableValues = {"nl", "en"})) @PathVariable String language) {
        MessageType messageType = type(type);
        Language lang = language(language);
        Optional<TemplateContent> override = templates.override(messageType, lang);
        TemplateContent standard = templates.bundled(messageType, lang);
        return TemplateView.of(messageType, lang, override.isPresent(), override.orElse(standard), standard);
    }

    @Operation(summary = "Override a message type's template in a language with the gemeente's own wording "
            + "(coordinator)",
            description = "Mail composed from then on uses it; creating and replacing both answer 200.")
    @ApiResponse(responseCode = "200", description = "Stored; the body shows it as the template in force")
    @ApiResponse(responseCode = "400", description = "Unknown message type or language, or the template is refused: "
            + "every problem of subject, html and text (empty, unknown or missing placeholder, a script, syntax)")
    @PutMapping("/{type}/{language}")
    TemplateView put(@Parameter(description = "The message type's folder", example = "meeting-invitation")
                     @PathVariable String type,
                     @Parameter(schema = @Schema(allowableValues = {"nl", "en"})) @PathVariable String language,
                     @RequestBody TemplateRequest request) {
        MessageType messageType = type(type);
        Language lang = language(language);
        TemplateContent content = request.content();
        templates.saveOverride(messageType, lang, content);
        return TemplateView.of(messageType, lang, true, content, templates.bundled(messageType, lang));
    }

    @Operation(summary = "Remove the gemeente's override, so the bundled template applies again (coordinator)")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "400", description = "Unknown message type or language")
    @ApiResponse(responseCode = "404", description = "The gemeente has no override of this type and language")
    @DeleteMapping("/{type}/{language}")
    ResponseEntity<Void> delete(@Parameter(description = "The message type's folder", example = "meeting-invitation")
                                @PathVariable String type,
                                @Parameter(schema = @Schema(allowableValues = {"nl", "en"}))
                                @PathVariable String language) {
        MessageType messageType = type(type);
        Language lang = language(language);
        if (!templates.removeOverride(messageType, lang)) {
            throw new NotFoundException("Template override", messageType.folder() + "/" + lang.code());
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Render a draft template with sample data and the gemeente's branding, storing nothing "
            + "(coordinator)", description = "The draft gets the checks an override gets.")
    @ApiResponse(responseCode = "200", description = "The rendered subject, HTML and text")
    @ApiResponse(responseCode = "400", description = "Unknown message type or language, or the draft would be refused "
            + "as an override: every problem of subject, html and text")
    @PostMapping("/{type}/{language}/preview")
    RenderedMessage preview(@Parameter(description = "The message type's folder", example = "meeting-invitation")
                            @PathVariable String type,
                            @Parameter(schema = @Schema(allowableValues = {"nl", "en"}))
                            @PathVariable String language,
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
    record TemplateRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "One line, at most "
                                   + "200 characters", example = "Uitnodiging: {{meeting.title}} op {{meeting.start}}")
                           String subject,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "At most 100,000 "
                                   + "characters, no scripts", example = "<p>Beste {{recipient.name}},</p><p>Graag "
                                   + "zien we u bij {{meeting.title}} op {{meeting.start}}, {{meeting.location}}.</p>"
                                   + "<p><a href=\"{{meeting.rsvpUrl}}\">Laat weten of u komt</a></p>")
                           String html,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The plain-text "
                                   + "alternative, at most 100,000 characters", example = "Beste {{recipient.name}},"
                                   + "\n\nGraag zien we u bij {{meeting.title}} op {{meeting.start}}, "
                                   + "{{meeting.location}}.\nLaat weten of u komt: {{meeting.rsvpUrl}}")
                           String text) {
        TemplateContent content() {
            return new TemplateContent(subject, html, text);
        }
    }

    /**
     * @param overridden           whether this is the gemeente's own version (else the bundled one)
     * @param standard             the bundled template, what removing the override goes back to
     * @param requiredPlaceholders what the HTML and the text body must each contain, else an override is refused
     * @param allowedPlaceholders  every placeholder this type's templates may use, the required ones included
     */
    record TemplateView(String type, String language, boolean overridden, String subject, String html, String text,
                        TemplateContent standard, List<String> requiredPlaceholders,
                        List<String> allowedPlaceholders) {
        static TemplateView of(MessageType type, Language language, boolean overridden, TemplateContent content,
                               TemplateContent standard) {
            return new TemplateView(type.folder(), language.code(), overridden, content.subject(), content.html(),
                    content.text(), standard, type.requiredPlaceholders().stream().sorted().toList(),
                    type.allowedPlaceholders().stream().sorted().toList());
        }
    }

    /**
     * @param essential            whether the mail always goes (else a recipient can unsubscribe from it)
     * @param overriddenLanguages  the languages ({@code nl}, {@code en}) the gemeente has its own wording for
     */
    record TemplateSummary(String type, boolean essential, List<String> overriddenLanguages) {
        static TemplateSummary of(MessageType type, Set<Language> overridden) {
            return new TemplateSummary(type.folder(), type.essential(),
                    Arrays.stream(Language.values()).filter(overridden::contains).map(Language::code).toList());
        }
    }
}
