package nl.koploper.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Properties;
import nl.koploper.notification.calendar.CalendarMethod;
import nl.koploper.notification.template.MessageType;
import org.junit.jupiter.api.Test;

/** The MIME shape of a calendar mail (RFC 6047) and a Message-ID that stays the same for every send of one mail. */
class MimeMailsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2027-02-01T08:00:00Z"));
    private final MimeMails mimeMails = new MimeMails("noreply@koploper.example", clock);
    private final Session session = Session.getInstance(new Properties());
    private final PendingMail mail = PendingMail.create("mail-1",
            DeduplicationKey.of("event-1", "jan@example.nl", MessageType.MEETING_CANCELLATION), "jan@example.nl",
            MessageType.MEETING_CANCELLATION, new MailContent("Koploperteam Westerkwartier", "duurzaam@wk.example",
                    "Jan de Vries", "Afgelast: Startbijeenkomst", "<p>Afgelast</p>", "Afgelast", CalendarMethod.CANCEL,
                    "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n"), clock);

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
    void everySendOfOneMailHasTheSameMessageId() throws Exception {
        MimeMessage first = mimeMails.build(mail, session);
        MimeMessage second = mimeMails.build(mail, session);
        first.writeTo(new ByteArrayOutputStream()); // writing calls saveChanges again: the id must survive it
        assertThat(first.getMessageID()).isEqualTo("<mail-1@koploper.example>").isEqualTo(second.getMessageID());
        assertThat(mimeMails.messageIdOf(mail)).isEqualTo(first.getMessageID());
    }
}
