package nl.koploper.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ICalendarWriterTest {

    private static final Instant STAMP = Instant.parse("2027-01-11T09:00:00.678Z");

    @Nested
    class ContentLines {

        @Test
        void textIsEscapedAndLongLinesAreFoldedByOctetsWithoutSplittingACharacter() {
            String calendar = ICalendarWriter.calendar("-//Koploper//test//NL", "PUBLISH")
                    .text("X-WR-CALNAME", "Koplopers; café, energie\nen meer " + "é".repeat(60))
                    .end();

            List<String> lines = Arrays.asList(calendar.split("\r\n"));
            assertThat(lines).allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75);
            String unfolded = calendar.replace("\r\n ", "");
            assertThat(unfolded).contains("X-WR-CALNAME:Koplopers\\; café\\, energie\\nen meer " + "é".repeat(60));
            assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        }

        @Test
        void foldingNeverSplitsAMultiOctetCharacter() {
            String calendar = ICalendarWriter.calendar("-//Koploper//test//NL", "PUBLISH")
                    .text("DESCRIPTION", "€".repeat(60) + "😀".repeat(20))
                    .end();

            assertThat(calendar.replace("\r\n ", "")).contains("DESCRIPTION:" + "€".repeat(60) + "😀".repeat(20) + "\r\n");
            assertThat(calendar.split("\r\n")).allSatisfy(line ->
                    assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
            assertThat(calendar).doesNotContain("\uFFFD");
        }

        @Test
        void everyKindOfLineBreakInTextBecomesAnEscapedNewline() {
            assertThat(ICalendarWriter.escape("a\r\nb\nc\rd\\e")).isEqualTo("a\\nb\\nc\\nd\\\\e");
        }

        @Test
        void aValueWrittenAsItIsCannotEndTheLine() {
            ICalendarWriter calendar = ICalendarWriter.calendar("-//Koploper//test//NL", "PUBLISH");

            assertThatThrownBy(() -> calendar.property("URL", "https://example.nl/\r\nATTENDEE:mailto:x@y"))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aCommonNameIsQuotedWhenItNeedsToBeAndLosesQuotesAndControlCharacters() {
            String calendar = ICalendarWriter.calendar("-//Koploper//test//NL", "REQUEST")
                    .calendarUser("ORGANIZER", "Gemeente Westerkwartier", "koploper@westerkwartier.nl")
                    .calendarUser("ATTENDEE", "Berg, A. van den (\"Noord\"; Zuid)\u0007", "a@zorg.example", "RSVP=FALSE")
                    .end();

            assertThat(calendar.replace("\r\n ", "").split("\r\n")).contains(
                    "ORGANIZER;CN=Gemeente Westerkwartier:mailto:koploper@westerkwartier.nl",
                    "ATTENDEE;RSVP=FALSE;CN=\"Berg, A. van den ('Noord'; Zuid) \":mailto:a@zorg.example");
        }
    }

    @Nested
    class Times {

        @Test
        void anEventOnTheSpringForwardSundayKeepsItsWallClockTimeWithTheZone() {
            // 28 March 2027: the clocks go forward at 02:00; a meeting at 10:00 is in summer time, 08:00 UTC.
            String calendar = withOneEvent(Instant.parse("2027-03-28T08:00:00Z"), Instant.parse("2027-03-28T10:00:00Z"));

            assertThat(calendar.split("\r\n")).contains(
                    "UID:meeting-42@koploper.nl",
                    "SEQUENCE:3",
                    "DTSTAMP:20270111T090000Z",
                    "DTSTART;TZID=Europe/Amsterdam:20270328T100000",
                    "DTEND;TZID=Europe/Amsterdam:20270328T120000");
            VEvent event = parse(calendar).<VEvent>getComponents("VEVENT").get(0);
            assertThat(instantOf(event, "DTSTART")).isEqualTo(Instant.parse("2027-03-28T08:00:00Z"));
            assertThat(instantOf(event, "DTEND")).isEqualTo(Instant.parse("2027-03-28T10:00:00Z"));
        }

        @Test
        void anEventInTheAutumnHourThatComesTwiceIsReadBackAtItsFirstOccurrence() {
            // 31 October 2027: 02:30 happens twice; 00:30 UTC is the first, still in summer time.
            String calendar = withOneEvent(Instant.parse("2027-10-31T00:30:00Z"), Instant.parse("2027-10-31T03:00:00Z"));

            assertThat(calendar).contains("DTSTART;TZID=Europe/Amsterdam:20271031T023000\r\n",
                    "DTEND;TZID=Europe/Amsterdam:20271031T040000\r\n");
            VEvent event = parse(calendar).<VEvent>getComponents("VEVENT").get(0);
            assertThat(instantOf(event, "DTEND")).isEqualTo(Instant.parse("2027-10-31T03:00:00Z"));
        }

        @Test
        void timeZoneRulesAgreeWithJavaTimeEveryDayFor2025To2035() {
            Calendar calendar = parse(withOneEvent(Instant.parse("2027-03-28T08:00:00Z"),
                    Instant.parse("2027-03-28T10:00:00Z")));
            VTimeZone timeZone = calendar.<VTimeZone>getComponents("VTIMEZONE").get(0);
            assertThat(timeZone.getProperty("TZID").map(Property::getValue)).hasValue("Europe/Amsterdam");
            TimeZone written = new TimeZone(timeZone);
            // Midday and late evening only: on a change day ical4j's java.util.TimeZone adapter switches a few hours
            // late (until about 04:00 UTC, with its own bundled zoneinfo as well). What clients do is resolve wall-clock
            // DTSTARTs, and the daylight-saving tests check exactly that.
            for (LocalDate day = LocalDate.of(2025, 1, 1); day.isBefore(LocalDate.of(2036, 1, 1)); day = day.plusDays(1)) {
                for (int hour : new int[] {12, 23}) {
                    Instant instant = day.atTime(hour, 30).toInstant(ZoneOffset.UTC);
                    int expected = ICalendarWriter.AMSTERDAM.getRules().getOffset(instant).getTotalSeconds() * 1000;
                    assertThat(written.getOffset(instant.toEpochMilli())).as("offset at %s", instant).isEqualTo(expected);
                }
            }
        }
    }

    private static String withOneEvent(Instant start, Instant end) {
        return ICalendarWriter.calendar("-//Koploper//test//NL", "PUBLISH")
                .amsterdamTimeZone()
                .event("meeting-42@koploper.nl", 3, STAMP, start, end)
                .text("SUMMARY", "Kennissessie")
                .endEvent()
                .end();
    }

    private static Calendar parse(String content) {
        try {
            return new CalendarBuilder().build(new StringReader(content));
        } catch (Exception e) {
            throw new AssertionError("The calendar does not parse: " + e.getMessage() + "\n" + content, e);
        }
    }

    private static Instant instantOf(VEvent event, String name) {
        return Instant.from(((DateProperty<?>) event.getProperty(name).orElseThrow()).getDate());
    }
}
