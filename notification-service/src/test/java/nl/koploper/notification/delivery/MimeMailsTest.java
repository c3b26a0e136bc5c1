package nl.koploper.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.StreamProvider;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Properties;
import nl.koploper.notification.calendar.CalendarMethod;
import nl.koploper.notification.template.MessageType;
import nl.koploper.test.SettableClock;
import org.junit.jupiter.api.Test;

/** The MIME shape of a calendar mail (RFC 6047) and of a mail with a file, and a Message-ID that stays the same for every send of one mail. */
class MimeMailsTest {

    private final SettableClock clock = SettableClock.at(Instant.parse("2027-02-01T08:00:00Z"));
    private final MimeMails mimeMails = new MimeMails("noreply@koploper.example", clock);
    private final Session session = Session.getInstance(new Properties());
    private final PendingMail mail = PendingMail.create("mail-1",
            DeduplicationKey.of("event-1", "jan@example.nl", MessageType.MEETING_CANCELLATION), "jan@example.nl",
            MessageType.MEETING_CANCELLATION, new MailContent("Koploperteam Westerkwartier", "duurzaam@wk.example",
                    "Jan de Vries", "Afgelast: Startbijeenkomst", "<p>Afgelast</p>", "Afgelast", CalendarMethod.CANCEL,
                    "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n", null), clock);

    @Test
    void jakartaMailFindsItsStreamProviderByNameInsteadOfScanningTheClassPathForEveryPart() throws Exception {
        mimeMails.build(mail, session).writeTo(new ByteArrayOutputStream());

        assertThat(System.getProperty(MimeMails.STREAM_PROVIDER_PROPERTY)).isEqualTo(MimeMails.ANGUS_STREAM_PROVIDER);
        // The provider named is the one on the class path: a misspelt name would fail every mail, not only this test.
        assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(MimeMails.ANGUS_STREAM_PROVIDER);
    }

    @Test
    void theCalendarIsAnAlternativeWithTheMethodOfItsContent() throws Exception {
        MimeMessage message = mimeMails.build(mail, session);
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(3);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain; charset=UTF-8");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html; charset=UTF-8");
        assertThat(parts.getBodyPart(2).getContentType()).isEqualTo("text/calendar; charset=UTF-8; method=CANCEL");
        assertThat(message.getHeader("From")[0]).isEqualTo("Koploperteam Westerkwartier <noreply@koploper.example>");
        assertThat(message.getHeader("Reply-To")[0]).isEqualTo("duurzaam@wk.example");
        assertThat(message.getHeader("To")[0]).isEqualTo("Jan de Vries <jan@example.nl>");
    }

    @Test
    void aMailWithAnAttachmentIsMixedTheBodyAlternativesFirstThenTheFile() throws Exception {
        byte[] pdf = "%PDF-1.7 certificaat".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        PendingMail certificate = PendingMail.create("mail-2",
                DeduplicationKey.of("event-2", "jan@example.nl", MessageType.CERTIFICATE), "jan@example.nl",
                MessageType.CERTIFICATE, new MailContent("Koploperteam", null, "Jan de Vries", "Certificaat",
                        "<p>Gefeliciteerd</p>", "Gefeliciteerd", null, null,
                        MailAttachment.certificatePdf("ABCD1234EFGH5678", "certificaat-bakkerij-de-vries.pdf")), clock);

        MimeMessage message = mimeMails.build(certificate, session,
                new FetchedAttachment("certificaat-bakkerij-de-vries.pdf", "application/pdf", pdf));
        message.writeTo(new ByteArrayOutputStream());

        assertThat(message.getContentType()).startsWith("multipart/mixed");
        MimeMultipart mixed = (MimeMultipart) message.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        var file = mixed.getBodyPart(1);
        assertThat(file.getContentType()).startsWith("application/pdf");
        assertThat(file.getDisposition()).isEqualTo("attachment");
        assertThat(file.getFileName()).isEqualTo("certificaat-bakkerij-de-vries.pdf");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void aMailIsNotBuiltWithoutTheFileItAnnouncesNorWithOneItDoesNot() {
        PendingMail certificate = PendingMail.create("mail-3",
                DeduplicationKey.of("event-3", "jan@example.nl", MessageType.CERTIFICATE), "jan@example.nl",
                MessageType.CERTIFICATE, new MailContent("Koploperteam", null, "Jan", "Certificaat", "<p>x</p>", "x",
                        null, null, MailAttachment.certificatePdf("ABCD1234EFGH5678", "certificaat.pdf")), clock);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mimeMails.build(certificate, session))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs its attachment");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mimeMails.build(mail, session,
                        new FetchedAttachment("x.pdf", "application/pdf", new byte[] {1})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no attachment");
    }

    @Test
    void everySendOfOneMailHasTheSameMessageId() throws Exception {
        MimeMessage first = mimeMails.build(mail, session);
        MimeMessage second = mimeMails.build(mail, session);
        first.writeTo(new ByteArrayOutputStream()); // writing calls saveChanges again: the id must survive it
        assertThat(first.getMessageID()).isEqualTo("<mail-1@koploper.example>").isEqualTo(second.getMessageID());
        assertThat(mimeMails.messageIdOf(mail)).isEqualTo(first.getMessageID());
    }
}
