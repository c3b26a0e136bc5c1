package nl.koploper.notification.delivery;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

/**
 * Builds the MIME message of a pending mail.
 *
 * <pre>
 * multipart/alternative                       (RFC 6047 §2.4: the calendar object is one of the alternatives)
 * ├── text/plain; charset=UTF-8
 * ├── text/html; charset=UTF-8
 * └── text/calendar; charset=UTF-8; method=REQUEST|CANCEL   (only for calendar mail; the same METHOD as inside)
 * </pre>
 *
 * A mail with an attachment (the certificate PDF) wraps that in a mixed multipart:
 *
 * <pre>
 * multipart/mixed
 * ├── multipart/alternative   (as above)
 * └── application/pdf; name="certificaat-….pdf"   Content-Disposition: attachment; filename="certificaat-….pdf"
 * </pre>
 *
 * No separate .ics attachment: Outlook and Gmail show the inline part as the invitation with accept buttons, and a
 * second copy as attachment makes some clients show two invitations.
 *
 * <p>The Message-ID is derived from the pending mail's id, not generated per send: if the process dies between the
 * SMTP server's accept and the SENT status write, the lease recovery sends the mail again with the same Message-ID,
 * which receiving systems and people can recognise as the same message (at least once, not exactly once).
 */
public final class MimeMails {

    /**
     * The system property Jakarta Mail reads first when it looks up its {@code jakarta.mail.util.StreamProvider}, and
     * the provider its ServiceLoader would find (Angus Mail's).
     */
    static final String STREAM_PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        // Jakarta Mail 2.1 looks its stream provider up again for every body part it creates and every header it
        // encodes (jakartaee/mail-api#699, #861). With nothing named, each lookup is a ServiceLoader scan of every jar
        // on the class path (in the packaged service: of every nested jar), 38 % of notification-service's CPU at 10
        // registrations/s (local/bench/results/2026-12-07-mail-cost.md). Named here, a lookup is one class lookup of a
        // class already loaded. A provider named on the command line stays.
        System.getProperties().putIfAbsent(STREAM_PROVIDER_PROPERTY, ANGUS_STREAM_PROVIDER);
    }

    private final String fromAddress;
    private final String domain;
    private final Clock clock;

    public MimeMails(String fromAddress, Clock clock) {
        this.fromAddress = fromAddress;
        this.domain = fromAddress.substring(fromAddress.indexOf('@') + 1);
        this.clock = clock;
    }

    /** The Message-ID of every send of {@code mail}, with the angle brackets. */
    public String messageIdOf(PendingMail mail) {
        return "<" + mail.id() + "@" + domain + ">";
    }

    public MimeMessage build(PendingMail mail, Session session) throws MessagingException {
        return build(mail, session, null);
    }

    /** @param attachment the fetched file of a mail with an attachment, else null */
    public MimeMessage build(PendingMail mail, Session session, FetchedAttachment attachment)
            throws MessagingException {
        MailContent content = mail.content();
        if (content == null) {
            throw new MessagingException("Mail " + mail.id() + " has no content");
        }
        if ((content.attachment() == null) != (attachment == null)) {
            // A mail never goes without the file it announces, nor with one it does not.
            throw new IllegalArgumentException("Mail " + mail.id() + (attachment == null
                    ? " needs its attachment " + content.attachment().filename() : " has no attachment"));
        }
        MimeMessage message = new StableIdMimeMessage(session, messageIdOf(mail));
        message.setFrom(address(fromAddress, content.fromName()));
        if (content.replyTo() != null && !content.replyTo().isBlank()) {
            message.setReplyTo(new InternetAddress[] {address(content.replyTo(), null)});
        }
        message.setRecipient(MimeMessage.RecipientType.TO, address(mail.recipient(), content.recipientName()));
        message.setSubject(content.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));

        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart(content.text(), "text/plain; charset=UTF-8"));
        alternative.addBodyPart(textPart(content.html(), "text/html; charset=UTF-8"));
        if (content.hasCalendar()) {
            alternative.addBodyPart(textPart(content.calendar(), content.calendarMethod().contentType()));
        }
        if (attachment == null) {
            message.setContent(alternative);
        } else {
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            mixed.addBodyPart(filePart(attachment));
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static MimeBodyPart textPart(String text, String contentType) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        // A data source with the exact type: JAF has no handler for text/calendar, and this keeps the method parameter.
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(text.getBytes(StandardCharsets.UTF_8), contentType)));
        part.setHeader("Content-Type", contentType);
        return part;
    }

    private static MimeBodyPart filePart(FetchedAttachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        ByteArrayDataSource source = new ByteArrayDataSource(attachment.bytes(), attachment.contentType());
        source.setName(attachment.filename());
        part.setDataHandler(new DataHandler(source));
        part.setFileName(attachment.filename());
        part.setDisposition(Part.ATTACHMENT);
        return part;
    }

    private static InternetAddress address(String email, String name) throws MessagingException {
        try {
            InternetAddress address = new InternetAddress(email, name == null || name.isBlank() ? null : name,
                    StandardCharsets.UTF_8.name());
            address.validate();
            return address;
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is always supported", e);
        }
    }

    /** Keeps the given Message-ID; MimeMessage would otherwise make a new one at every saveChanges. */
    private static final class StableIdMimeMessage extends MimeMessage {

        private final String messageId;

        StableIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
