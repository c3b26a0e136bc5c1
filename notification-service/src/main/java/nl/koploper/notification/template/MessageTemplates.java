package nl.koploper.notification.template;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The templates of the current gemeente: its override where it has one, else the bundled template. Overrides are
 * validated before they are stored, so a stored one always renders.
 */
@Component
public class MessageTemplates {

    private final MongoTemplate gemeenteTemplate;
    private final BundledTemplates bundled = new BundledTemplates();
    private final TemplateValidator validator = new TemplateValidator();
    private final TemplatePreview preview = new TemplatePreview(validator);
    private final Clock clock;

    MessageTemplates(MongoTemplate gemeenteTemplate, Clock clock) {
        this.gemeenteTemplate = gemeenteTemplate;
        this.clock = clock;
    }

    /** Renders the current gemeente's message of {@code type} in the data's language. */
    public RenderedMessage render(MessageType type, MessageData data) {
        TemplateContent content = override(type, data.language()).orElseGet(() -> bundled.load(type, data.language()));
        return TemplateRenderer.render(type, content, data);
    }

    public Optional<TemplateContent> override(MessageType type, Language language) {
        return Optional.ofNullable(gemeenteTemplate.findById(TemplateOverride.idOf(type, language),
                TemplateOverride.class)).map(TemplateOverride::content);
    }

    /** The message types the current gemeente has overridden, with the languages of its overrides. */
    public Map<MessageType, Set<Language>> overriddenLanguages() {
        Map<MessageType, Set<Language>> overridden = new EnumMap<>(MessageType.class);
        for (TemplateOverride override : gemeenteTemplate.findAll(TemplateOverride.class)) {
            overridden.computeIfAbsent(override.type(), type -> EnumSet.noneOf(Language.class)).add(override.language());
        }
        return overridden;
    }

    public TemplateContent bundled(MessageType type, Language language) {
        return bundled.load(type, language);
    }

    /** @throws InvalidInputException listing every problem; nothing is stored then */
    public void saveOverride(MessageType type, Language language, TemplateContent content) {
        List<FieldProblem> problems = validator.validate(type, content);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The template override is invalid", problems);
        }
        gemeenteTemplate.save(new TemplateOverride(TemplateOverride.idOf(type, language), type, language,
                content.subject(), content.html(), content.text(), clock.instant()));
    }

    /** @return whether there was an override to remove */
    public boolean removeOverride(MessageType type, Language language) {
        return gemeenteTemplate.remove(new TemplateOverride(TemplateOverride.idOf(type, language), type, language,
                null, null, null, null)).getDeletedCount() == 1;
    }

    /** @throws InvalidInputException when the draft would be refused on saving */
    public RenderedMessage preview(MessageType type, Language language, TemplateContent draft, Branding branding) {
        return preview.preview(type, language, draft, branding);
    }
}
