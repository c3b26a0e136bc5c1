package nl.koploper.notification.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MeetingCalendarWriterTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:15:30.123Z");
    private final MeetingCalendarWriter writer = new MeetingCalendarWriter(Clock.fixed(NOW, ZoneOffset.UTC));

    @Nested
    class Request {

        private final CalendarMessage message = writer.request(Meetings.kickOff());
        private final Calendar calendar = parse(message.content());
        private final VEvent event = event(calendar);

        @Test
        void methodIsRequestInTheObjectAndTheContentType() {
            assertThat(value(calendar, "METHOD")).isEqualTo("REQUEST");
            assertThat(message.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=REQUEST");
            assertThat(value(calendar, "VERSION")).isEqualTo("2.0");
            assertThat(value(calendar, "PRODID")).isEqualTo(MeetingCalendarWriter.PRODUCT_ID);
        }

        @Test
        void carriesUidSequenceAndStampFromTheClock() {
            assertThat(value(event, "UID")).isEqualTo("meeting-42@koploper.nl");
            assertThat(value(event, "SEQUENCE")).isEqualTo("0");
            assertThat(value(event, "DTSTAMP")).isEqualTo("20261127T091530Z");
        }

        @Test
        void startAndEndAreAmsterdamWallClockWithTzid() {
            assertThat(message.content()).contains("DTSTART;TZID=Europe/Amsterdam:20270209T193000\r\n",
                    "DTEND;TZID=Europe/Amsterdam:20270209T213000\r\n");
            assertThat(instantOf(event, "DTSTART")).isEqualTo(Instant.parse("2027-02-09T18:30:00Z"));
        }

        @Test
        void organizerIsTheGemeentesSender() {
            Property organizer = property(event, "ORGANIZER");
            assertThat(organizer.getValue()).isEqualTo("mailto:koploper@westerkwartier.nl");
            assertThat(parameter(organizer, "CN")).isEqualTo("Gemeente Westerkwartier");
        }

        @Test
        void attendeeIsAskedForNoCalendarReply() {
            Attendee attendee = (Attendee) property(event, "ATTENDEE");
            assertThat(attendee.getValue()).isEqualTo("mailto:jan@bakkerijdevries.nl");
            assertThat(parameter(attendee, "CN")).isEqualTo("Jan de Vries");
            assertThat(parameter(attendee, "ROLE")).isEqualTo("REQ-PARTICIPANT");
            assertThat(parameter(attendee, "PARTSTAT")).isEqualTo("NEEDS-ACTION");
            // Answers go through the RSVP link in DESCRIPTION; nobody reads the ORGANIZER's mailbox.
            assertThat(parameter(attendee, "RSVP")).isEqualTo("FALSE");
            assertThat(parameter(attendee, "CUTYPE")).isEqualTo("INDIVIDUAL");
        }

        @Test
        void summaryDescriptionWithRsvpLinkLocationAndStatus() {
            assertThat(value(event, "SUMMARY")).isEqualTo("Startbijeenkomst Koploperproject");
            assertThat(value(event, "DESCRIPTION"))
                    .startsWith("Welkom bij de startbijeenkomst met de wethouder.")
                    .contains(Meetings.RSVP.toString());
            assertThat(value(event, "LOCATION")).isEqualTo("Hooiweg 1, 9801 LA Zuidhorn");
            assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
        }

        @Test
        void carriesTheAmsterdamTimeZoneWithCetAndCestRules() {
            VTimeZone timeZone = calendar.<VTimeZone>getComponents("VTIMEZONE").get(0);
            assertThat(value(timeZone, "TZID")).isEqualTo("Europe/Amsterdam");
            assertThat(message.content()).contains(
                    "BEGIN:DAYLIGHT\r\n", "TZNAME:CEST\r\n", "TZOFFSETFROM:+0100\r\n", "TZOFFSETTO:+0200\r\n",
                    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n",
                    "BEGIN:STANDARD\r\n", "TZNAME:CET\r\n", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n");
        }
    }

    @Nested
    class DaylightSavingDays {

        @Test
        void meetingOnLastSundayOfMarchKeepsItsWallClockTime() {
            // 2027-03-28: clocks go from 02:00 CET to 03:00 CEST; a 10:00 meeting is 08:00 UTC.
            CalendarMessage message = writer.request(Meetings.kickOffAt(LocalDateTime.of(2027, 3, 28, 10, 0)));
            VEvent event = event(parse(message.content()));

            assertThat(message.content()).contains("DTSTART;TZID=Europe/Amsterdam:20270328T100000\r\n");
            assertThat(instantOf(event, "DTSTART")).isEqualTo(Instant.parse("2027-03-28T08:00:00Z"));
            assertThat(instantOf(event, "DTEND")).isEqualTo(Instant.parse("2027-03-28T10:00:00Z"));
        }

        @Test
        void meetingOnLastSundayOfOctoberKeepsItsWallClockTime() {
            // 2027-10-31: clocks go from 03:00 CEST back to 02:00 CET; a 10:00 meeting is 09:00 UTC.
            CalendarMessage message = writer.request(Meetings.kickOffAt(LocalDateTime.of(2027, 10, 31, 10, 0)));
            VEvent event = event(parse(message.content()));

            assertThat(message.content()).contains("DTSTART;TZID=Europe/Amsterdam:20271031T100000\r\n");
            assertThat(instantOf(event, "DTSTART")).isEqualTo(Instant.parse("2027-10-31T09:00:00Z"));
        }

        @Test
        void meetingAcrossTheMarchChangeEndsAtTheRightWallClock() {
            // 01:00 CET to 04:00 CEST is two hours of real time.
            MeetingInvitation night = Meetings.kickOff().nextRevision(Meetings.amsterdam(2027, 3, 28, 1, 0),
                    Meetings.amsterdam(2027, 3, 28, 4, 0), new MeetingLocation.Address("Online"));
            VEvent event = event(parse(writer.request(night).content()));

            assertThat(instantOf(event, "DTSTART")).isEqualTo(Instant.parse("2027-03-28T00:00:00Z"));
            assertThat(instantOf(event, "DTEND")).isEqualTo(Instant.parse("2027-03-28T02:00:00Z"));
        }

        @Test
        void startGivenInAnotherZoneIsWrittenInAmsterdam() {
            ZonedDateTime utc = Instant.parse("2027-07-01T08:00:00Z").atZone(ZoneOffset.UTC);
            MeetingInvitation invitation = Meetings.kickOff().nextRevision(utc, utc.plusHours(1),
                    new MeetingLocation.Address("Zuidhorn"));

            assertThat(writer.request(invitation).content())
                    .contains("DTSTART;TZID=Europe/Amsterdam:20270701T100000\r\n");
        }
    }

    @Nested
    class UpdateAndCancel {

        @Test
        void updateKeepsUidAndRaisesSequence() {
            MeetingInvitation original = Meetings.kickOff();
            MeetingInvitation moved = original.nextRevision(Meetings.amsterdam(2027, 2, 16, 19, 30),
                    Meetings.amsterdam(2027, 2, 16, 21, 30),
                    new MeetingLocation.Online(URI.create("https://meet.example/koploper-kickoff")));

            VEvent first = event(parse(writer.request(original).content()));
            VEvent update = event(parse(writer.request(moved).content()));

            assertThat(value(update, "UID")).isEqualTo(value(first, "UID"));
            assertThat(Integer.parseInt(value(update, "SEQUENCE")))
                    .isGreaterThan(Integer.parseInt(value(first, "SEQUENCE")));
            assertThat(value(update, "LOCATION")).isEqualTo("https://meet.example/koploper-kickoff");
            assertThat(instantOf(update, "DTSTART")).isEqualTo(Instant.parse("2027-02-16T18:30:00Z"));
        }

        @Test
        void cancelHasMethodCancelStatusCancelledSameUidAndHigherSequence() {
            MeetingInvitation original = Meetings.kickOff();
            MeetingInvitation cancelled = original.nextRevision(original.start(), original.end(), original.location());

            CalendarMessage message = writer.cancel(cancelled);
            Calendar calendar = parse(message.content());
            VEvent event = event(calendar);

            assertThat(value(calendar, "METHOD")).isEqualTo("CANCEL");
            assertThat(message.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=CANCEL");
            assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
            assertThat(value(event, "UID")).isEqualTo(original.uid());
            assertThat(value(event, "SEQUENCE")).isEqualTo("1");
            assertThat(parameter(property(event, "ATTENDEE"), "RSVP")).isEqualTo("FALSE");
            assertThat(value(event, "DESCRIPTION")).doesNotContain(Meetings.RSVP.toString());
        }
    }

    @Nested
    class Serialisation {

        private final MeetingInvitation longDutchText = new MeetingInvitation("meeting-43@koploper.nl", 2,
                "Kennissessie: één jaar duurzaam ondernemen — ervaringen van Koplopers uit Groningen en Drenthe",
                "Beste deelnemer, wij nodigen u uit voor de kennissessie over energie, CO₂-reductie en "
                        + "circulaire inkoop. Koffie en thee staan klaar vanaf 09:30 — tot dan! €€€ ééé ✓✓✓",
                Meetings.amsterdam(2027, 5, 11, 10, 0), Meetings.amsterdam(2027, 5, 11, 12, 0),
                new MeetingLocation.Address("Café De Kroon, Grote Markt 1, 9711 LV Groningen"), Meetings.GEMEENTE,
                new CalendarParty("Berg-Oosterhuis, A.M. van den (Zorggroep: \"Noord\"; locatie Zuid)",
                        "a.vandenberg@zorggroep-noord.example"),
                AttendeeRole.OPTIONAL, Meetings.RSVP);

        @Test
        void everyLineEndsWithCrlfAndHasAtMost75Octets() {
            String content = writer.request(longDutchText).content();

            assertThat(content).endsWith("\r\n");
            assertThat(content.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
            List<String> lines = Arrays.asList(content.split("\r\n"));
            assertThat(lines).allSatisfy(line ->
                    assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(" "));
        }

        @Test
        void foldedTextUnfoldsToTheOriginal() {
            VEvent event = event(parse(writer.request(longDutchText).content()));

            assertThat(value(event, "SUMMARY")).isEqualTo(longDutchText.summary());
            assertThat(value(event, "DESCRIPTION")).startsWith(longDutchText.description());
            assertThat(value(event, "LOCATION")).isEqualTo("Café De Kroon, Grote Markt 1, 9711 LV Groningen");
            assertThat(parameter(property(event, "ATTENDEE"), "ROLE")).isEqualTo("OPT-PARTICIPANT");
            assertThat(parameter(property(event, "ATTENDEE"), "CN"))
                    .isEqualTo("Berg-Oosterhuis, A.M. van den (Zorggroep: 'Noord'; locatie Zuid)");
        }
    }

    @Test
    void anAppointmentIsARequestThatAsksNoReply() {
        MeetingInvitation visit = new MeetingInvitation("visit-7@koploper.nl", 1, "Nulmeting Bakkerij De Vries",
                "Adviseur: Els Bakker", Meetings.amsterdam(2027, 3, 18, 10, 0), Meetings.amsterdam(2027, 3, 18, 12, 0),
                new MeetingLocation.Address("Hoofdstraat 1, 9711 AA Groningen"), Meetings.GEMEENTE, Meetings.ATTENDEE,
                AttendeeRole.REQUIRED, null);
        assertThatThrownBy(() -> writer.request(visit)).as("a meeting invitation needs its RSVP link")
                .isInstanceOf(IllegalArgumentException.class);

        CalendarMessage message = writer.appointment(visit);
        Calendar calendar = parse(message.content());
        VEvent event = event(calendar);
        assertThat(value(calendar, "METHOD")).isEqualTo("REQUEST");
        assertThat(message.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=REQUEST");
        assertThat(value(event, "UID")).isEqualTo("visit-7@koploper.nl");
        assertThat(value(event, "SEQUENCE")).isEqualTo("1");
        assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(event, "DESCRIPTION")).isEqualTo("Adviseur: Els Bakker");
        assertThat(parameter(property(event, "ATTENDEE"), "RSVP")).isEqualTo("FALSE");
        assertThat(instantOf(event, "DTSTART")).isEqualTo(Instant.parse("2027-03-18T09:00:00Z"));
    }

    @Test
    void invitationRefusesAnEndBeforeItsStart() {
        MeetingInvitation meeting = Meetings.kickOff();
        assertThatThrownBy(() -> meeting.nextRevision(meeting.end(), meeting.start(), meeting.location()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Calendar parse(String content) {
        try {
            return new CalendarBuilder().build(new StringReader(content));
        } catch (Exception e) {
            throw new AssertionError("The invite does not parse: " + e.getMessage() + "\n" + content, e);
        }
    }

    private static VEvent event(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static Property property(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.getProperty(name).orElseThrow(() -> new AssertionError("no " + name));
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return property(container, name).getValue();
    }

    private static String parameter(Property property, String name) {
        return property.getParameter(name).orElseThrow(() -> new AssertionError("no " + name)).getValue();
    }

    private static Instant instantOf(VEvent event, String name) {
        Temporal date = ((DateProperty<?>) property(event, name)).getDate();
        return Instant.from(date);
    }
}
