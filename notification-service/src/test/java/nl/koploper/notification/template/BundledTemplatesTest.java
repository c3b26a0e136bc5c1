package nl.koploper.notification.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class BundledTemplatesTest {

    private final BundledTemplates templates = new BundledTemplates();
    private final TemplateValidator validator = new TemplateValidator();

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void everyTypeHasADutchAndAnEnglishTemplateThatPassesItsOwnValidation(MessageType type) {
        for (Language language : Language.values()) {
            TemplateContent content = templates.load(type, language);
            assertThat(validator.validate(type, content)).as("%s %s", type, language).isEmpty();
        }
        assertThat(templates.load(type, Language.EN).text()).isNotEqualTo(templates.load(type, Language.NL).text());
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void everyTemplateRendersCompletelyWithSampleData(MessageType type) {
        for (Language language : Language.values()) {
            RenderedMessage rendered = TemplateRenderer.render(type, templates.load(type, language),
                    SampleData.forPreview(language, Brandings.WESTERKWARTIER));

            assertThat(rendered.subject()).isNotBlank().doesNotContain("{{", "}}", "\n");
            assertThat(rendered.html()).doesNotContain("{{", "}}")
                    .contains("<html lang=\"" + language.code() + "\">", "Koploperteam Westerkwartier",
                            "src=\"https://westerkwartier.example/logo.png\"",
                            "mailto:duurzaam@westerkwartier.example");
            assertThat(rendered.text()).doesNotContain("{{", "}}", "<b>", "<a ")
                    .contains("Jan de Vries", "Gemeente Westerkwartier");
        }
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void theSignatureNamesTheGemeenteOnceWhenTheSenderAlreadyDoes(MessageType type) {
        Branding sayingItsName = new Branding("Gemeente Westerkwartier", null, "Koploperproject Gemeente Westerkwartier",
                "koploper@westerkwartier.example", null);
        for (Language language : Language.values()) {
            RenderedMessage once = TemplateRenderer.render(type, templates.load(type, language),
                    SampleData.forPreview(language, sayingItsName));
            RenderedMessage both = TemplateRenderer.render(type, templates.load(type, language),
                    SampleData.forPreview(language, Brandings.WESTERKWARTIER));

            assertThat(once.text()).as("%s %s", type, language)
                    .contains("Koploperproject Gemeente Westerkwartier\n")
                    .doesNotContain("Koploperproject Gemeente Westerkwartier\nGemeente Westerkwartier");
            assertThat(once.html()).as("%s %s", type, language)
                    .contains("<br>Koploperproject Gemeente Westerkwartier</p>");
            assertThat(both.text()).as("%s %s", type, language)
                    .contains("Koploperteam Westerkwartier\nGemeente Westerkwartier\n");
            assertThat(both.html()).as("%s %s", type, language)
                    .contains("<br>Koploperteam Westerkwartier<br>Gemeente Westerkwartier</p>");
        }
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void sampleDataCoversEveryPlaceholder(MessageType type) {
        assertThat(SampleData.forPreview(Language.NL, Brandings.WESTERKWARTIER).values())
                .containsKeys(type.allowedPlaceholders().toArray(String[]::new));
    }

    @Test
    void onlyRemindersCanBeUnsubscribedAndCarryTheLink() {
        EnumSet<MessageType> unsubscribable = EnumSet.noneOf(MessageType.class);
        for (MessageType type : MessageType.values()) {
            if (!type.essential()) {
                unsubscribable.add(type);
                assertThat(type.requiredPlaceholders()).contains("unsubscribeUrl");
            }
        }
        assertThat(unsubscribable).containsExactlyInAnyOrder(MessageType.MEETING_REMINDER, MessageType.ACTION_DUE_REMINDER);
    }

    @Test
    void meetingInvitationIsInDutchByDefault() {
        RenderedMessage rendered = TemplateRenderer.render(MessageType.MEETING_INVITATION,
                templates.load(MessageType.MEETING_INVITATION, Language.of(null)),
                SampleData.forPreview(Language.NL, Brandings.WESTERKWARTIER));

        assertThat(rendered.subject()).isEqualTo("Uitnodiging: Startbijeenkomst Koploperproject");
        assertThat(rendered.text()).contains("Beste Jan de Vries,", "dinsdag 9 maart 2027 om 19:30",
                "https://koploper.example/rsvp/voorbeeld");
    }

    @Test
    void certificateDeclaresItsPdfAndMeetingsTheirCalendar() {
        assertThat(MessageType.CERTIFICATE.attachment()).isEqualTo(AttachmentKind.CERTIFICATE_PDF);
        assertThat(MessageType.MEETING_CANCELLATION.attachment()).isEqualTo(AttachmentKind.CALENDAR);
        assertThat(MessageType.NULMETING_VISIT_UPDATE.attachment()).isEqualTo(AttachmentKind.CALENDAR);
        assertThat(MessageType.AWARD_ANNOUNCEMENT.attachment()).isEqualTo(AttachmentKind.NONE);
        assertThat(MessageType.AWARD_WINNER.attachment()).isEqualTo(AttachmentKind.NONE);
    }
}
