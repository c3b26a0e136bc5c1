package nl.koploper.portal.publicpages;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One meeting as an iCalendar file (RFC 5545) for "add to my calendar": UTC times, the meeting's id as UID (the
 * same event a calendar already has from the invitation is updated, not doubled).
 */
public final class SingleEventCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private SingleEventCalendar() {
    }

    public static String of(String meetingId, String title, String description, String start, String end,
                            String location) {
        StringBuilder ics = new StringBuilder()
                .append("BEGIN:VCALENDAR\r\n")
                .append("VERSION:2.0\r\n")
                .append("PRODID:-//Koploper//Portal//NL\r\n")
                .append("BEGIN:VEVENT\r\n")
                .append("UID:").append(escape(meetingId)).append("@koploper\r\n")
                .append("DTSTAMP:").append(UTC.format(OffsetDateTime.now(ZoneOffset.UTC))).append("\r\n")
                .append("DTSTART:").append(utc(start)).append("\r\n");
        if (end != null) {
            ics.append("DTEND:").append(utc(end)).append("\r\n");
        }
        ics.append("SUMMARY:").append(escape(title)).append("\r\n");
        if (description != null && !description.isBlank()) {
            ics.append("DESCRIPTION:").append(escape(description)).append("\r\n");
        }
        if (location != null && !location.isBlank()) {
            ics.append("LOCATION:").append(escape(location)).append("\r\n");
        }
        return ics.append("END:VEVENT\r\n").append("END:VCALENDAR\r\n").toString();
    }

    private static String utc(String iso) {
        return UTC.format(OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
    static String escape(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }
}
