package nl.koploper.notification.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    private final TemplateRenderer renderer = new TemplateRenderer(new BundledTemplates());

    private static MessageData registration(Language language, String organisation) {
        return MessageData.of(language, Brandings.WESTERKWARTIER, "Jan de Vries")
                .with("cohort.name", "Koplopergroep Westerkwartier 2027")
                .with("organisation.name", organisation);
    }

    @Test
    void everyValueIsHtmlEscapedInTheHtmlPart() {
        RenderedMessage rendered = renderer.render(MessageType.REGISTRATION_CONFIRMATION,
                registration(Language.NL, "<script>alert('x')</script> & Zn \"BV\""));

        assertThat(rendered.html())
                .doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Zn &quot;BV&quot;");
        // Plain text is not HTML: the name appears as written.
        assertThat(rendered.text()).contains("<script>alert('x')</script> & Zn \"BV\"");
    }

    @Test
    void aValueCannotBreakOutOfAnAttribute() {
        Map<String, String> values = Map.of("meeting.rsvpUrl", "https://x.example/\" onclick=\"steal()");

        assertThat(TemplateCompiler.HTML.render("<a href=\"{{meeting.rsvpUrl}}\">x</a>", values))
                .isEqualTo("<a href=\"https://x.example/&quot; onclick=&quot;steal()\">x</a>");
    }

    @Test
    void aValueCannotAddALineToTheSubject() {
        RenderedMessage rendered = renderer.render(MessageType.REGISTRATION_CONFIRMATION,
                registration(Language.NL, "Bakkerij").with("cohort.name", "Groep 1\r\nBcc: iedereen@example.com"));

        assertThat(rendered.subject()).isEqualTo("Aanmelding ontvangen: Groep 1 Bcc: iedereen@example.com");
    }

    @Test
    void brandingFillsLogoSenderAndReplyTo() {
        RenderedMessage rendered = renderer.render(MessageType.WAITING_LIST_PROMOTION, registration(Language.EN, "Bakkerij"));

        assertThat(rendered.html()).contains("<img src=\"https://westerkwartier.example/logo.png\" alt=\"Gemeente Westerkwartier\"",
                "Koploperteam Westerkwartier", "<a href=\"mailto:duurzaam@westerkwartier.example\">");
        assertThat(rendered.text()).startsWith("Dear Jan de Vries,").contains("Koploperteam Westerkwartier");
    }

    @Test
    void withoutLogoOrReplyToThoseLinesAreLeftOut() {
        MessageData data = MessageData.of(Language.NL, Brandings.WITHOUT_LOGO_OR_REPLY_TO, "Jan")
                .with("cohort.name", "Groep").with("organisation.name", "Bakkerij");

        RenderedMessage rendered = renderer.render(MessageType.WAITING_LIST_PROMOTION, data);

        assertThat(rendered.html()).doesNotContain("<img", "mailto:");
        // The sender name falls back to the gemeente's name, which the signature then says once.
        assertThat(rendered.text()).doesNotContain("Vragen?", "Gemeente Het Hogeland\nGemeente Het Hogeland")
                .contains("Met vriendelijke groet,\nGemeente Het Hogeland\n");
    }

    @Test
    void sectionsFollowWhetherTheValueIsThere() {
        RenderedMessage placed = renderer.render(MessageType.REGISTRATION_CONFIRMATION, registration(Language.NL, "Bakkerij"));
        RenderedMessage waiting = renderer.render(MessageType.REGISTRATION_CONFIRMATION,
                registration(Language.NL, "Bakkerij").with("registration.waitlistPosition", 3));

        assertThat(placed.text()).contains("U hebt een plaats in de groep").doesNotContain("wachtlijst");
        assertThat(waiting.text()).contains("plaats 3 van de wachtlijst").doesNotContain("U hebt een plaats");
    }

    @Test
    void sectionTagsOnTheirOwnLineLeaveNoEmptyLines() {
        String text = TemplateCompiler.TEXT.render("a\n{{#x}}\nx is {{x}}\n{{/x}}\n  {{^x}}  \nno x\n{{/x}}\nb\n",
                Map.of("x", ""));

        assertThat(text).isEqualTo("a\nno x\nb\n");
    }

    @Test
    void aBlankValueHidesItsSectionAndAMissingOneIsEmpty() {
        assertThat(TemplateCompiler.TEXT.render("{{#x}}shown{{/x}}{{^x}}hidden{{/x}} [{{y}}]", Map.of("x", "  ")))
                .isEqualTo("hidden []");
    }

    @Test
    void meetingDatesAreWrittenForTheLanguageInAmsterdamTime() {
        ZonedDateTime utc = ZonedDateTime.of(2027, 3, 28, 8, 0, 0, 0, ZoneId.of("UTC"));

        assertThat(MessageData.of(Language.NL, Brandings.WESTERKWARTIER, "Jan").withDateTime("meeting.start", utc)
                .values()).containsEntry("meeting.start", "zondag 28 maart 2027 om 10:00");
        assertThat(MessageData.of(Language.EN, Brandings.WESTERKWARTIER, "Jan").withDateTime("meeting.start", utc)
                .values()).containsEntry("meeting.start", "Sunday 28 March 2027 at 10:00");
    }

    @Test
    void anEndOnTheDayItStartedIsTheTimeAloneAndOnAnotherDayTheWholeMoment() {
        ZonedDateTime start = ZonedDateTime.of(2026, 12, 22, 18, 30, 0, 0, ZoneId.of("UTC"));

        assertThat(MessageData.of(Language.NL, Brandings.WESTERKWARTIER, "Jan")
                .withEnd("meeting.end", start, start.plusHours(2)).values()).containsEntry("meeting.end", "21:30");
        assertThat(MessageData.of(Language.EN, Brandings.WESTERKWARTIER, "Jan")
                .withEnd("meeting.end", start, start.plusHours(2)).values()).containsEntry("meeting.end", "21:30");
        // 23:30 UTC, still the 22nd there, is past midnight in Amsterdam: another day, so the date is written.
        assertThat(MessageData.of(Language.NL, Brandings.WESTERKWARTIER, "Jan")
                .withEnd("meeting.end", start, start.plusHours(5)).values())
                .containsEntry("meeting.end", "woensdag 23 december 2026 om 00:30");
    }

    @Test
    void aMissingRequiredValueIsRefusedRatherThanSentHalfFilled() {
        MessageData noRsvpLink = MessageData.of(Language.NL, Brandings.WESTERKWARTIER, "Jan")
                .with("meeting.title", "Startbijeenkomst").with("meeting.start", "morgen")
                .with("meeting.location", "Zuidhorn");

        assertThatThrownBy(() -> renderer.render(MessageType.MEETING_INVITATION, noRsvpLink))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meeting.rsvpUrl");
    }

    @Test
    void languageFromAContactsLocaleDefaultsToDutch() {
        assertThat(Language.of("en-GB")).isEqualTo(Language.EN);
        assertThat(Language.of("en")).isEqualTo(Language.EN);
        assertThat(Language.of("nl")).isEqualTo(Language.NL);
        assertThat(Language.of("de")).isEqualTo(Language.NL);
        assertThat(Language.of(null)).isEqualTo(Language.NL);
    }

    @Test
    void brandingRefusesALogoThatIsNotHttps() {
        assertThatThrownBy(() -> new Branding("Gemeente", URI.create("javascript:alert(1)"), "x", "a@b.nl", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
