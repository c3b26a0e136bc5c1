package nl.koploper.platform.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes an iCalendar object (RFC 5545) the way every service sends one: CRLF content lines folded at 75 octets
 * without splitting a UTF-8 character, TEXT values escaped, and event times as Europe/Amsterdam wall clock with
 * {@code TZID} and that zone's VTIMEZONE. Properties come out in the order they are written.
 *
 * <p>Our own writer rather than ical4j (docs/decisions/0004): ical4j 4.4.0 folds by characters, not octets, and its
 * bundled Amsterdam zone says {@code TZID:Europe/Brussels} and holds every rule since 1835, so both would have to be
 * written by hand anyway; what is left is a few fixed properties.
 */
public final class ICalendarWriter {

    /** Where meetings are planned; every time is written as this zone's wall clock. */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss").withZone(AMSTERDAM);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[,;:]");

    // The EU summer-time rule in force since 1996 (the first year the end moved to October): CEST from 02:00 on the
    // last Sunday of March, CET from 03:00 on the last Sunday of October. Only the rules in force, in the form Outlook
    // and Google Calendar send themselves.
    private static final List<String> AMSTERDAM_VTIMEZONE = List.of(
            "BEGIN:VTIMEZONE",
            "TZID:" + AMSTERDAM.getId(),
            "BEGIN:DAYLIGHT",
            "TZNAME:CEST",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "DTSTART:19960331T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZNAME:CET",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "DTSTART:19961027T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE");

    private final StringBuilder out = new StringBuilder();

    private ICalendarWriter() {
    }

    /**
     * Opens the VCALENDAR with VERSION, PRODID, CALSCALE and METHOD.
     *
     * @param productId e.g. {@code -//Koploper//events-service//NL}
     * @param method    the iTIP method (RFC 5546): PUBLISH for a feed, REQUEST or CANCEL for a mailed invitation
     */
    public static ICalendarWriter calendar(String productId, String method) {
        return new ICalendarWriter()
                .line("BEGIN:VCALENDAR")
                .property("VERSION", "2.0")
                .property("PRODID", productId)
                .property("CALSCALE", "GREGORIAN")
                .property("METHOD", method);
    }

    /**
     * A property whose value is written as it is: a number, a URI, a keyword. A value with a line break or another
     * control character is refused; it would end the content line.
     */
    public ICalendarWriter property(String name, Object value) {
        String written = String.valueOf(value);
        if (written.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("An iCalendar " + name + " value cannot hold control characters");
        }
        return line(name + ":" + written);
    }

    /** A TEXT property (SUMMARY, DESCRIPTION, LOCATION, …), escaped. */
    public ICalendarWriter text(String name, String value) {
        return line(name + ":" + escape(value));
    }

    /** The VTIMEZONE that the times of {@link #event} name; after the calendar's own properties, before any event. */
    public ICalendarWriter amsterdamTimeZone() {
        AMSTERDAM_VTIMEZONE.forEach(this::line);
        return this;
    }

    /**
     * Opens a VEVENT with UID, SEQUENCE, DTSTAMP (UTC) and DTSTART/DTEND as Amsterdam wall clock; close it with
     * {@link #endEvent}.
     *
     * @param uid      the same for every message about one meeting: calendar clients match on it
     * @param sequence 0 at first, higher with every change sent (RFC 5546 §2.1.4)
     */
    public ICalendarWriter event(String uid, int sequence, Instant stamp, Instant start, Instant end) {
        return line("BEGIN:VEVENT")
                .property("UID", uid)
                .property("SEQUENCE", sequence)
                .property("DTSTAMP", UTC.format(stamp))
                .line("DTSTART;TZID=" + AMSTERDAM.getId() + ":" + LOCAL.format(start))
                .line("DTEND;TZID=" + AMSTERDAM.getId() + ":" + LOCAL.format(end));
    }

    /**
     * An ORGANIZER or ATTENDEE: a {@code mailto:} calendar address with the given parameters and the name as CN.
     *
     * @param parameters written before CN as they are, e.g. {@code ROLE=REQ-PARTICIPANT}
     */
    public ICalendarWriter calendarUser(String name, String commonName, String email, String... parameters) {
        StringBuilder property = new StringBuilder(name);
        for (String parameter : parameters) {
            property.append(';').append(parameter);
        }
        property.append(";CN=").append(parameterValue(commonName));
        return property(property.toString(), "mailto:" + email);
    }

    public ICalendarWriter endEvent() {
        return line("END:VEVENT");
    }

    /** Closes the VCALENDAR: the object, CRLF-terminated lines of at most 75 octets. */
    public String end() {
        return line("END:VCALENDAR").out.toString();
    }

    /** TEXT value escaping (RFC 5545 §3.3.11); every kind of line break becomes {@code \n}. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    // A parameter value cannot hold a DQUOTE or control characters; one with ',', ';' or ':' is quoted (RFC 5545 §3.1).
    private static String parameterValue(String value) {
        String safe = value.replace('"', '\'').replaceAll("\\p{Cntrl}", " ");
        return NEEDS_QUOTES.matcher(safe).find() ? '"' + safe + '"' : safe;
    }

    /** Appends one content line, folded at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
    private ICalendarWriter line(String line) {
        int octets = 0;
        int offset = 0;
        while (offset < line.length()) {
            int codePoint = line.codePointAt(offset);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1; // the leading space counts towards the continuation line's 75
            }
            out.appendCodePoint(codePoint);
            octets += width;
            offset += Character.charCount(codePoint);
        }
        out.append(CRLF);
        return this;
    }
}
