package nl.koploper.notification.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.koploper.platform.web.FieldProblem;
import org.junit.jupiter.api.Test;

class TemplateValidatorTest {

    private final TemplateValidator validator = new TemplateValidator();

    private static final String VALID_HTML = """
            <p>Beste {{recipient.name}},</p>
            <p>{{meeting.title}} op {{meeting.start}} in {{meeting.location}}.</p>
            <p><a href="{{meeting.rsvpUrl}}">Antwoord</a></p>
            """;
    private static final String VALID_TEXT = """
            Beste {{recipient.name}},
            {{meeting.title}} op {{meeting.start}} in {{meeting.location}}.
            Antwoord: {{meeting.rsvpUrl}}
            """;

    private List<FieldProblem> validate(String subject, String html, String text) {
        return validator.validate(MessageType.MEETING_INVITATION, new TemplateContent(subject, html, text));
    }

    @Test
    void aCompleteOverrideHasNoProblems() {
        assertThat(validate("Uitnodiging {{meeting.title}} – {{tenant.name}}", VALID_HTML, VALID_TEXT)).isEmpty();
    }

    @Test
    void unknownPlaceholderIsAnErrorOnItsFieldWithItsLine() {
        List<FieldProblem> problems = validate("{{meeting.titel}}", VALID_HTML + "<p>{{wethouder.name}}</p>", VALID_TEXT);

        assertThat(problems).extracting(FieldProblem::field).containsExactly("subject", "html");
        assertThat(problems.get(0).message()).contains("unknown placeholder {{meeting.titel}}", "meeting.title");
        assertThat(problems.get(1).message()).startsWith("line 4: unknown placeholder {{wethouder.name}}");
    }

    @Test
    void placeholderOfAnotherMessageTypeIsUnknownHere() {
        assertThat(validate("s", VALID_HTML + "{{unsubscribeUrl}}", VALID_TEXT))
                .extracting(FieldProblem::field).containsExactly("html");
    }

    @Test
    void missingRequiredPlaceholderIsAnErrorPerBody() {
        List<FieldProblem> problems = validate("s", VALID_HTML, VALID_TEXT.replace("{{meeting.rsvpUrl}}", "")
                .replace("{{meeting.location}}", "het gemeentehuis"));

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::message).containsExactly(
                tuple("text", "missing required placeholder {{meeting.location}}"),
                tuple("text", "missing required placeholder {{meeting.rsvpUrl}}"));
    }

    @Test
    void malformedTagsAreReportedWithTheirLine() {
        List<FieldProblem> problems = validate("s", VALID_HTML + "<p>{{ meeting.title </p>\n{{2 + 2}}\n{{}}\n", VALID_TEXT);

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::message).containsExactly(
                tuple("html", "line 4: '{{' without a closing '}}'"),
                tuple("html", "line 5: '{{2 + 2}}' is not a placeholder; write e.g. {{tenant.name}}"),
                tuple("html", "line 6: '{{}}' is not a placeholder; write e.g. {{tenant.name}}"));
    }

    @Test
    void sectionsThatDoNotMatchAreReportedWithTheirLine() {
        List<FieldProblem> problems = validate("s", VALID_HTML + "{{#meeting.end}}tot {{meeting.end}}\n",
                VALID_TEXT + "{{/meeting.end}}\n");

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::message).containsExactly(
                tuple("html", "line 4: Section missing close tag 'meeting.end'"),
                tuple("text", "line 4: Section close tag with no open tag 'meeting.end'"));
    }

    @Test
    void tagsThatSkipEscapingOrReachOtherTemplatesAreRefused() {
        for (String tag : new String[] {"{{{meeting.title}}}", "{{& meeting.title}}", "{{>signature}}",
                "{{=<% %>=}}", "{{<layout}}{{/layout}}", "{{$block}}{{/block}}"}) {
            assertThat(validate("s", VALID_HTML + tag, VALID_TEXT)).as(tag)
                    .extracting(FieldProblem::field, FieldProblem::code).containsExactly(tuple("html", "syntax"));
        }
    }

    @Test
    void aContentOnlyHtmlGetsTheUnsubscribeLinkFromTheShellAWholeDocumentMustCarryItItself() {
        String html = "<p>{{action.title}} op {{action.dueDate}}: {{actionPlan.url}}</p>";
        TemplateContent content = new TemplateContent("s", html,
                "{{action.title}} {{action.dueDate}} {{actionPlan.url}} {{unsubscribeUrl}}");

        assertThat(validator.validate(MessageType.ACTION_DUE_REMINDER, content)).isEmpty();
        assertThat(validator.validate(MessageType.ACTION_DUE_REMINDER, new TemplateContent("s",
                "<!DOCTYPE html><html><body>" + html + "</body></html>", content.text())))
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(tuple("html", "missing required placeholder {{unsubscribeUrl}}"));
    }

    @Test
    void emptyPartsAreErrors() {
        assertThat(validate(" ", "", null)).extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(tuple("subject", "must not be empty"), tuple("html", "must not be empty"),
                        tuple("text", "must not be empty"));
    }

    @Test
    void subjectMustBeOneShortLine() {
        assertThat(validate("Uitnodiging\nBcc: x@example.com", VALID_HTML, VALID_TEXT))
                .extracting(FieldProblem::message).containsExactly("must be a single line");
        assertThat(validate("x".repeat(201), VALID_HTML, VALID_TEXT))
                .extracting(FieldProblem::message).containsExactly("must be at most 200 characters");
    }

    @Test
    void scriptsInTheHtmlAreRefused() {
        assertThat(validate("s", VALID_HTML + "<SCRIPT>alert(1)</SCRIPT>", VALID_TEXT))
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(tuple("html", "must not contain scripts (<script> or javascript: links)"));
        assertThat(validate("s", VALID_HTML + "<a href=\"javascript:steal()\">x</a>", VALID_TEXT)).hasSize(1);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(validate("{{x}}", "<p>{{y}}</p>", "{{z}}")).hasSizeGreaterThan(3);
    }
}
