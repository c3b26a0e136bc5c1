package nl.koploper.events.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import nl.koploper.events.meeting.Invitee;
import nl.koploper.events.meeting.Location;
import nl.koploper.events.meeting.Meeting;
import nl.koploper.events.meeting.MeetingTime;
import org.junit.jupiter.api.Test;

class CalendarFeedWriterTest {

    static final Instant STAMP = Instant.parse("2027-01-11T09:00:00Z");

    @Test
    void aMeetingOnTheSpringForwardSundayKeepsItsWallClockTimeWithTheZone() {
        // 28 March 2027: the clocks go forward at 02:00; the meeting at 10:00 is in summer time.
        Meeting meeting = MeetingsForFeeds.scheduled(MeetingTime.inAmsterdam(LocalDateTime.parse("2027-03-28T10:00"),
                LocalDateTime.parse("2027-03-28T12:00")), Location.online("https://meet.example.nl/koplopers"));

        String feed = CalendarFeedWriter.write("Koplopers", List.of(new CalendarFeedWriter.Entry(meeting, false)),
                STAMP);

        assertThat(feed.split("\r\n")).contains(
                "UID:" + meeting.uid(),
                "SEQUENCE:0",
                "DTSTAMP:20270111T090000Z",
                "DTSTART;TZID=Europe/Amsterdam:20270328T100000",
                "DTEND;TZID=Europe/Amsterdam:20270328T120000",
                "LOCATION:https://meet.example.nl/koplopers",
                "URL:https://meet.example.nl/koplopers",
                "STATUS:CONFIRMED");
    }

    /** Meetings as the service makes them, through the meeting feature's own factory. */
    static final class MeetingsForFeeds {

        static Meeting scheduled(MeetingTime time, Location location) {
            return nl.koploper.events.meeting.MeetingFixtures.scheduled(time, location,
                    List.of(Invitee.participant("p-1", "Anna", "anna@example.nl", "nl")),
                    Instant.parse("2027-01-11T09:00:00Z"));
        }
    }
}
