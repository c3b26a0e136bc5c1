package nl.koploper.notification.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailShellTest {

    private static final String BODY = "<p>{{organisation.name}} doet mee aan {{cohort.name}}.</p>";

    private static MessageData registration(Branding branding) {
        return MessageData.of(Language.NL, branding, "Jan de Vries")
                .with("cohort.name", "Koplopergroep Westerkwartier 2027")
                .with("organisation.name", "Bakkerij <De Vries>");
    }

    private static RenderedMessage override(MessageType type, String html, MessageData data) {
        return TemplateRenderer.render(type, new TemplateContent("Aanmelding {{cohort.name}}", html, "t"), data);
    }

    @Test
    void aContentOverrideGoesIntoTheShellWithTheLogoAndSignature() {
        String html = override(MessageType.REGISTRATION_CONFIRMATION, BODY, registration(Brandings.WESTERKWARTIER)).html();

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"nl\">")
                .contains("<title>Aanmelding Koplopergroep Westerkwartier 2027</title>",
                        "<img src=\"https://westerkwartier.example/logo.png\"",
                        "<p>Bakkerij &lt;De Vries&gt; doet mee aan Koplopergroep Westerkwartier 2027.</p>\n"
                                + "  <p>Met vriendelijke groet,<br>Koploperteam Westerkwartier<br>Gemeente Westerkwartier</p>",
                        "Vragen? Beantwoord deze e-mail of schrijf naar <a href=\"mailto:duurzaam@westerkwartier.example\">")
                .endsWith("</div>\n</body>\n</html>\n");
    }

    @Test
    void anOverrideThatIsAWholeDocumentIsSentAsItIs() {
        String document = "\n<!doctype html>\n<html><body>" + BODY + "<p>Groet, {{tenant.name}}</p></body></html>\n";

        String html = override(MessageType.REGISTRATION_CONFIRMATION, document, registration(Brandings.WESTERKWARTIER)).html();

        assertThat(html).isEqualTo("\n<!doctype html>\n<html><body><p>Bakkerij &lt;De Vries&gt; doet mee aan "
                + "Koplopergroep Westerkwartier 2027.</p><p>Groet, Gemeente Westerkwartier</p></body></html>\n");
    }

    @Test
    void withoutLogoOrReplyToTheShellLeavesThemOut() {
        String html = override(MessageType.REGISTRATION_CONFIRMATION, BODY,
                registration(Brandings.WITHOUT_LOGO_OR_REPLY_TO)).html();

        assertThat(html).doesNotContain("<img", "mailto:", "Vragen?");
    }

    @Test
    void aCoordinatorIsToldWhereRepliesToThePlatformArrive() {
        MessageData data = registration(Brandings.WESTERKWARTIER).with("notice.url", "https://koploper.example/c");

        assertThat(override(MessageType.COORDINATOR_WITHDRAWAL, BODY, data).html())
                .contains("Antwoorden op de e-mails van het platform komen binnen op <a href=\"mailto:")
                .doesNotContain("Vragen?");
    }

    @Test
    void onlyMailOneCanUnsubscribeFromCarriesTheUnsubscribeLink() {
        MessageData data = registration(Brandings.WESTERKWARTIER).with("unsubscribeUrl", "https://koploper.example/afmelden?t=1")
                .with("action.title", "LED").with("action.dueDate", "morgen").with("actionPlan.url", "https://koploper.example/a");

        assertThat(override(MessageType.ACTION_DUE_REMINDER, BODY, data).html())
                .contains("<a href=\"https://koploper.example/afmelden?t=1\">Afmelden</a>");
        assertThat(override(MessageType.REGISTRATION_CONFIRMATION, BODY, data).html()).doesNotContain("Afmelden");
    }
}
