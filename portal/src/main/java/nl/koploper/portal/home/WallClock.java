package nl.koploper.portal.home;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A planned span as forms edit it: the day and the Dutch wall-clock start and end ("2027-01-12", "19:30", "21:30"),
 * and the strict readers of what a date or time input sent. Meetings and visits are planned in Europe/Amsterdam.
 */
public record WallClock(String date, String startTime, String endTime) {

    public static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private static final WallClock EMPTY = new WallClock("", "", "");

    /** The stored span (ISO-8601 with offset) in Dutch time; empty fields when either end is not readable. */
    public static WallClock ofStored(Object start, Object end) {
        try {
            var from = OffsetDateTime.parse(String.valueOf(start)).atZoneSameInstant(DUTCH_TIME);
            var to = OffsetDateTime.parse(String.valueOf(end)).atZoneSameInstant(DUTCH_TIME);
            return new WallClock(from.toLocalDate().toString(), from.toLocalTime().toString(),
                    to.toLocalTime().toString());
        } catch (DateTimeParseException e) {
            return EMPTY; // nothing planned yet, or not readable: the person types it
        }
    }

    /** A date input's value (yyyy-MM-dd), or null when it is empty or not a date. */
    public static LocalDate date(String typed) {
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    /** A time input's value (HH:mm), or null when it is empty or not a time. */
    public static LocalTime time(String typed) {
        try {
            return LocalTime.parse(typed.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }
}
