package nl.koploper.notification.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

class TemplatePreviewTest {

    private final TemplatePreview preview = new TemplatePreview(new TemplateValidator());

    @Test
    void rendersAValidDraftWithSampleDataAndTheGemeentesBranding() {
        TemplateContent draft = new TemplateContent("Herinnering voor {{organisation.name}}: {{action.title}}",
                "<p>{{action.title}} moet af op {{action.dueDate}}. <a href=\"{{actionPlan.url}}\">DuOn-Agenda</a></p>"
                        + "<p><a href=\"{{unsubscribeUrl}}\">Afmelden</a> – {{tenant.name}}</p>",
                "{{action.title}} moet af op {{action.dueDate}}: {{actionPlan.url}}\nAfmelden: {{unsubscribeUrl}}");

        RenderedMessage rendered = preview.preview(MessageType.ACTION_DUE_REMINDER, Language.NL, draft,
                Brandings.WESTERKWARTIER);

        assertThat(rendered.subject()).isEqualTo("Herinnering voor Bakkerij De Vries: LED-verlichting in de werkplaats");
        assertThat(rendered.html()).contains("woensdag 30 juni 2027", "Gemeente Westerkwartier",
                "href=\"https://koploper.example/actieplan/voorbeeld\"");
        assertThat(rendered.text()).contains("Afmelden: https://koploper.example/afmelden?token=voorbeeld");
    }

    @Test
    void anInvalidDraftIsRefusedWithEveryProblem() {
        TemplateContent draft = new TemplateContent("{{action.titel}}", "<p>{{action.title}}</p>", "");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> preview.preview(MessageType.ACTION_DUE_REMINDER, Language.NL, draft, Brandings.WESTERKWARTIER));

        // The HTML lacks two required placeholders; its unsubscribe link is the shell's.
        assertThat(refused.problems()).extracting(FieldProblem::field)
                .containsExactly("subject", "html", "html", "text");
    }
}
