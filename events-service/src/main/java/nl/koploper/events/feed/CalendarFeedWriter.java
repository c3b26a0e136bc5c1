package nl.koploper.events.feed;

import java.time.Instant;
import java.util.List;
import nl.koploper.events.meeting.Meeting;
import nl.koploper.platform.calendar.ICalendarWriter;

/**
 * Writes a subscribable iCalendar feed (RFC 5545, METHOD:PUBLISH) of meetings: one VEVENT per meeting with its
 * calendar UID and SEQUENCE (the same as in the invitation mails, so a client that has both merges them), times in
 * Europe/Amsterdam with that zone's VTIMEZONE, and STATUS CONFIRMED or CANCELLED.
 */
final class CalendarFeedWriter {

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
        ICalendarWriter calendar = ICalendarWriter.calendar("-//Koploper//events-service//NL", "PUBLISH")
                .text("X-WR-CALNAME", name)
                .property("X-WR-TIMEZONE", ICalendarWriter.AMSTERDAM.getId())
                // How often a subscribed client should fetch again (RFC 7986, and the older Microsoft property).
                .property("REFRESH-INTERVAL;VALUE=DURATION", "PT1H")
                .property("X-PUBLISHED-TTL", "PT1H")
                .amsterdamTimeZone();
        for (Entry entry : entries) {
            event(calendar, entry, stamp);
        }
        return calendar.end();
    }

    private static void event(ICalendarWriter calendar, Entry entry, Instant stamp) {
        Meeting meeting = entry.meeting();
        calendar.event(meeting.uid(), meeting.sequence(), stamp, meeting.time().startInstant(),
                meeting.time().endInstant());
        calendar.text("SUMMARY", meeting.title());
        if (meeting.description() != null) {
            calendar.text("DESCRIPTION", meeting.description());
        }
        calendar.text("LOCATION", meeting.location().toString());
        if (meeting.location().isOnline()) {
            calendar.property("URL", meeting.location().onlineUrl());
        }
        calendar.property("STATUS", entry.cancelled() ? "CANCELLED" : "CONFIRMED")
                .property("TRANSP", "OPAQUE")
                .endEvent();
    }
}
