package nl.koploper.notification.template;

import java.util.List;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;

/** Renders a coordinator's draft template with sample data, after the same validation saving it gets. */
public final class TemplatePreview {

    private final TemplateValidator validator;

    public TemplatePreview(TemplateValidator validator) {
        this.validator = validator;
    }

    /** @throws InvalidInputException listing every problem, when the draft would be refused on saving */
    public RenderedMessage preview(MessageType type, Language language, TemplateContent draft, Branding branding) {
        List<FieldProblem> problems = validator.validate(type, draft);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The template override is invalid", problems);
        }
        return TemplateRenderer.render(type, draft, SampleData.forPreview(language, branding));
    }
}
