package nl.koploper.events.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.koploper.events.meeting.Meeting;
import nl.koploper.events.meeting.MeetingTime;

/**
 * Writes a subscribable iCalendar feed (RFC 5545, METHOD:PUBLISH) of meetings: one VEVENT per meeting with its
 * calendar UID and SEQUENCE (the same as in the invitation mails, so a client that has both merges them), wall-clock
 * DTSTART/DTEND with {@code TZID=Europe/Amsterdam} and that zone's VTIMEZONE, and STATUS CONFIRMED or CANCELLED.
 *
 * <p>A small writer of its own rather than ical4j: a feed is a few fixed properties, and notification-service's
 * calendar code (which has the same hand-written VTIMEZONE, for the same reasons: ical4j's bundled Amsterdam zone
 * carries {@code TZID:Europe/Brussels} and every rule since 1835) is another service's, not a library. The VTIMEZONE
 * below is deliberately the same as notification-service's {@code AmsterdamTimeZone}; keep the two alike.
 */
final class CalendarFeedWriter {

    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final String AMSTERDAM = MeetingTime.AMSTERDAM.getId();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    // The EU summer-time rule in force since 1996: CEST from 02:00 on the last Sunday of March, CET from 03:00 on the
    // last Sunday of October. This is the form Outlook and Google Calendar publish themselves.
    private static final List<String> AMSTERDAM_VTIMEZONE = List.of(
            "BEGIN:VTIMEZONE",
            "TZID:" + AMSTERDAM,
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

    /** One meeting as the feed shows it; {@code cancelled} also when only this subscriber's invitation was. */
    record Entry(Meeting meeting, boolean cancelled) {
    }

    private CalendarFeedWriter() {
    }

    /**
     * @param name  the calendar's display name
     * @param stamp DTSTAMP: when this feed was produced
     */
    static String write(String name, List<Entry> entries, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Koploper//events-service//NL");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:" + AMSTERDAM);
        // How often a subscribed client should fetch again (RFC 7986, and the older Microsoft property).
        line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        line(out, "X-PUBLISHED-TTL:PT1H");
        AMSTERDAM_VTIMEZONE.forEach(property -> line(out, property));
        for (Entry entry : entries) {
            event(out, entry, stamp);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void event(StringBuilder out, Entry entry, Instant stamp) {
        Meeting meeting = entry.meeting();
        MeetingTime time = meeting.time();
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + meeting.uid());
        line(out, "SEQUENCE:" + meeting.sequence());
        line(out, "DTSTAMP:" + UTC.format(stamp));
        line(out, "DTSTART" + dateTime(time.start(), time));
        line(out, "DTEND" + dateTime(time.end(), time));
        line(out, "SUMMARY:" + text(meeting.title()));
        if (meeting.description() != null) {
            line(out, "DESCRIPTION:" + text(meeting.description()));
        }
        line(out, "LOCATION:" + text(meeting.location().toString()));
        if (meeting.location().isOnline()) {
            line(out, "URL:" + meeting.location().onlineUrl());
        }
        line(out, "STATUS:" + (entry.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(out, "TRANSP:OPAQUE");
        line(out, "END:VEVENT");
    }

    // Every meeting is planned in Amsterdam; should another zone ever appear, UTC is still exact, unlike a TZID
    // without its VTIMEZONE.
    private static String dateTime(LocalDateTime local, MeetingTime time) {
        if (AMSTERDAM.equals(time.zone().getId())) {
            return ";TZID=" + AMSTERDAM + ":" + LOCAL.format(local);
        }
        return ":" + UTC.format(local.atZone(time.zone()).toInstant());
    }

    /** TEXT value escaping (RFC 5545 §3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends one content line, folded at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
    private static void line(StringBuilder out, String line) {
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
    }
}
