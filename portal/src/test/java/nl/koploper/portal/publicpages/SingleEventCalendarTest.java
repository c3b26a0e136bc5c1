package nl.koploper.portal.publicpages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SingleEventCalendarTest {

    @Test
    void theMeetingBecomesOneEventInUtcWithItsIdAsUid() {
        String ics = SingleEventCalendar.of("m-1", "Startbijeenkomst", "Welkom, allemaal; tot dan",
                "2027-01-12T19:30:00+01:00", "2027-01-12T21:30:00+01:00", "Raadhuis, Raadhuisplein 1");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("UID:m-1@koploper\r\n", "DTSTART:20270112T183000Z\r\n", "DTEND:20270112T203000Z\r\n",
                        "SUMMARY:Startbijeenkomst\r\n", "DESCRIPTION:Welkom\\, allemaal\\; tot dan\r\n",
                        "LOCATION:Raadhuis\\, Raadhuisplein 1\r\n");
    }

    @Test
    void lineBreaksAndBackslashesAreEscaped() {
        assertThat(SingleEventCalendar.escape("a\\b\nc")).isEqualTo("a\\\\b\\nc");
    }
}
