package nl.koploper.system;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * One mail as its recipient got it, read from the raw MIME text the mail server's API hands out: subject, the text
 * and HTML bodies, the calendar parts (with the {@code method} of their content type) and attachments. Nothing here
 * trusts the sender: every part is parsed the way a mail client would (jakarta.mail, ical4j).
 */
record ReceivedMail(String messageId, String subject, String from, String text, String html,
                    List<CalendarPart> calendars, List<Attachment> attachments) {

    /** A {@code text/calendar} part: the method its Content-Type names and the parsed calendar. */
    record CalendarPart(String contentTypeMethod, Calendar calendar, String raw) {

        String method() {
            return calendar.getProperty("METHOD").map(p -> p.getValue()).orElse(null);
        }

        VEvent event() {
            return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        }

        String uid() {
            return event().getProperty("UID").map(p -> p.getValue()).orElseThrow();
        }

        int sequence() {
            return event().getProperty("SEQUENCE").map(p -> Integer.parseInt(p.getValue())).orElse(0);
        }
    }

    record Attachment(String fileName, String contentType, byte[] bytes) {
    }

    /** Every mail in the JSON list GreenMail's API returns for a mailbox. */
    static List<ReceivedMail> parseInbox(String inboxJson) {
        List<String> raws = JsonPath.read(inboxJson, "$[*].mimeMessage");
        List<ReceivedMail> mails = new ArrayList<>();
        for (String raw : raws) {
            mails.add(parse(raw));
        }
        return mails;
    }

    static ReceivedMail parse(String rawMime) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(rawMime.getBytes(StandardCharsets.UTF_8)));
            Collector collector = new Collector();
            collector.walk(message);
            String from = message.getFrom() == null || message.getFrom().length == 0 ? null
                    : message.getFrom()[0].toString();
            return new ReceivedMail(message.getMessageID(), message.getSubject(), from, collector.text,
                    collector.html, List.copyOf(collector.calendars), List.copyOf(collector.attachments));
        } catch (Exception e) {
            throw new AssertionError("a mail that does not parse as MIME: " + e + "\n" + rawMime, e);
        }
    }

    /** Text and HTML bodies together, for finding links and names. */
    String body() {
        return (text == null ? "" : text) + "\n" + (html == null ? "" : html);
    }

    /**
     * The first link in the bodies with {@code pathPrefix} in its path, e.g. {@code /rsvp/} or {@code /certificaat/}:
     * links in mail lead to portal pages under the public base URL ({@code <base>/rsvp/<token>}), never to the API.
     */
    Optional<String> link(String pathPrefix) {
        Matcher matcher = Pattern.compile("https?://[^\\s\"'<>]+" + Pattern.quote(pathPrefix) + "[^\\s\"'<>]*")
                .matcher(body());
        // A link at the end of a sentence in the text part is followed by its full stop, not part of it.
        return matcher.find() ? Optional.of(matcher.group().replace("&amp;", "&").replaceAll("[.,;:)]+$", ""))
                : Optional.empty();
    }

    CalendarPart onlyCalendar() {
        if (calendars.size() != 1) {
            throw new AssertionError("expected one text/calendar part in '" + subject + "', found " + calendars.size());
        }
        return calendars.get(0);
    }

    private static final class Collector {
        String text;
        String html;
        final List<CalendarPart> calendars = new ArrayList<>();
        final List<Attachment> attachments = new ArrayList<>();

        void walk(Part part) throws Exception {
            ContentType type = new ContentType(part.getContentType());
            String disposition = part.getDisposition();
            if (type.match("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int n = 0; n < multipart.getCount(); n++) {
                    BodyPart child = multipart.getBodyPart(n);
                    walk(child);
                }
            } else if (type.match("text/calendar")) {
                String raw = new String(bytes(part), charset(type));
                Calendar calendar = new CalendarBuilder().build(new StringReader(raw));
                calendars.add(new CalendarPart(type.getParameter("method"), calendar, raw));
            } else if (Part.ATTACHMENT.equalsIgnoreCase(disposition) || part.getFileName() != null) {
                attachments.add(new Attachment(part.getFileName(), type.getBaseType(), bytes(part)));
            } else if (type.match("text/plain") && text == null) {
                text = new String(bytes(part), charset(type));
            } else if (type.match("text/html") && html == null) {
                html = new String(bytes(part), charset(type));
            } else {
                attachments.add(new Attachment(part.getFileName(), type.getBaseType(), bytes(part)));
            }
        }

        private static byte[] bytes(Part part) throws Exception {
            try (InputStream in = part.getInputStream()) {
                return in.readAllBytes();
            }
        }

        private static java.nio.charset.Charset charset(ContentType type) {
            String name = type.getParameter("charset");
            try {
                return name == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(name);
            } catch (RuntimeException e) {
                return StandardCharsets.UTF_8;
            }
        }
    }

    static String utf8(byte[] bytes) throws IOException {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
