package nl.koploper.notification.calendar;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Test data: a kick-off meeting of the Westerkwartier cohort, and variations on it. */
final class Meetings {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final CalendarParty GEMEENTE =
            new CalendarParty("Gemeente Westerkwartier", "koploper@westerkwartier.nl");
    static final CalendarParty ATTENDEE = new CalendarParty("Jan de Vries", "jan@bakkerijdevries.nl");
    static final URI RSVP = URI.create("https://koploper.example/api/public/rsvp/abc123?t=signed");

    private Meetings() {
    }

    static MeetingInvitation kickOffAt(LocalDateTime wallClockStart) {
        return new MeetingInvitation("meeting-42@koploper.nl", 0, "Startbijeenkomst Koploperproject",
                "Welkom bij de startbijeenkomst met de wethouder.", wallClockStart.atZone(AMSTERDAM),
                wallClockStart.plusHours(2).atZone(AMSTERDAM),
                new MeetingLocation.Address("Hooiweg 1, 9801 LA Zuidhorn"), GEMEENTE, ATTENDEE,
                AttendeeRole.REQUIRED, RSVP);
    }

    static MeetingInvitation kickOff() {
        return kickOffAt(LocalDateTime.of(2027, 2, 9, 19, 30));
    }

    static ZonedDateTime amsterdam(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, AMSTERDAM);
    }
}
