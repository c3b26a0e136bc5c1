package nl.koploper.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * A mail as GreenMail received it, taken apart: headers, the leaf parts (the alternatives, and the attachment of a
 * mixed multipart), the calendar object parsed by ical4j.
 */
public final class ReceivedMail {

    private final MimeMessage message;
    private final List<BodyPart> parts = new ArrayList<>();

    public ReceivedMail(MimeMessage message) {
        this.message = message;
        try {
            collect(message.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void collect(Object content) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("multipart/*")) {
                    collect(part.getContent());
                } else {
                    parts.add(part);
                }
            }
        }
    }

    /** The bytes of the part of {@code baseType} (decoded from its transfer encoding). */
    public byte[] bytes(String baseType) {
        BodyPart part = part(baseType).orElseThrow(() -> new AssertionError("no " + baseType + " part"));
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The disposition and file name of the part of {@code baseType}, e.g. {@code attachment certificaat-x.pdf}. */
    public String disposition(String baseType) {
        BodyPart part = part(baseType).orElseThrow(() -> new AssertionError("no " + baseType + " part"));
        try {
            return part.getDisposition() + " " + part.getFileName();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String header(String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String subject() {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String contentType() {
        try {
            return message.getContentType();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public List<String> partTypes() {
        return parts.stream().map(p -> {
            try {
                return new ContentType(p.getContentType()).getBaseType().toLowerCase();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    public String text(String baseType) {
        return part(baseType).map(ReceivedMail::read).orElseThrow(() -> new AssertionError("no " + baseType + " part"));
    }

    public Optional<BodyPart> part(String baseType) {
        return parts.stream().filter(p -> {
            try {
                return new ContentType(p.getContentType()).getBaseType().equalsIgnoreCase(baseType);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst();
    }

    /** The {@code method} parameter of the text/calendar part's Content-Type. */
    public String calendarContentTypeMethod() {
        try {
            return new ContentType(part("text/calendar").orElseThrow().getContentType()).getParameter("method");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Calendar calendar() {
        try {
            return new CalendarBuilder().build(new StringReader(text("text/calendar")));
        } catch (Exception e) {
            throw new AssertionError("The calendar part does not parse: " + e.getMessage(), e);
        }
    }

    public String calendarMethod() {
        return calendar().getProperty(Property.METHOD).orElseThrow().getValue();
    }

    public VEvent event() {
        List<VEvent> events = calendar().getComponents("VEVENT");
        if (events.size() != 1) {
            throw new AssertionError("expected one VEVENT, got " + events.size());
        }
        return events.get(0);
    }

    public String uid() {
        return event().getProperty(Property.UID).orElseThrow().getValue();
    }

    public int sequence() {
        return Integer.parseInt(event().getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }

    private static String read(BodyPart part) {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<ReceivedMail> to(String address) {
        return TestSmtp.received(address).stream().map(ReceivedMail::new).toList();
    }
}
