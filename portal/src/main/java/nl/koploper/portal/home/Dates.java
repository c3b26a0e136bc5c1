package nl.koploper.portal.home;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Times as a person reads them, in the page's language and in Dutch time (meetings are planned in
 * Europe/Amsterdam): "dinsdag 12 januari 2027, 19:30 – 21:30". Used by the templates as {@code @dates}.
 */
@Component("dates")
public class Dates {

    static final ZoneId DUTCH_TIME = WallClock.DUTCH_TIME;

    /** A meeting's day and times from its ISO-8601 start and end (the end may be null). */
    public String span(String start, String end) {
        OffsetDateTime from = parse(start);
        if (from == null) {
            return start == null ? "" : start;
        }
        OffsetDateTime to = parse(end);
        String day = format("EEEE d MMMM yyyy, HH:mm", from);
        if (to == null) {
            return day;
        }
        boolean sameDay = from.atZoneSameInstant(DUTCH_TIME).toLocalDate()
                .equals(to.atZoneSameInstant(DUTCH_TIME).toLocalDate());
        return day + " – " + format(sameDay ? "HH:mm" : "EEEE d MMMM yyyy, HH:mm", to);
    }

    /** A date or moment as "12 januari 2027". */
    public String day(String isoDateOrDateTime) {
        if (isoDateOrDateTime == null) {
            return "";
        }
        try {
            TemporalAccessor date = isoDateOrDateTime.length() <= 10
                    ? java.time.LocalDate.parse(isoDateOrDateTime)
                    : java.time.Instant.parse(isoDateOrDateTime.endsWith("Z") ? isoDateOrDateTime
                            : OffsetDateTime.parse(isoDateOrDateTime).toInstant().toString()).atZone(DUTCH_TIME);
            return DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale()).format(date);
        } catch (DateTimeParseException e) {
            return isoDateOrDateTime;
        }
    }

    /** The wall-clock time ("13:30") of a programme item's time, given as local date-time, offset date-time or time. */
    public String time(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        OffsetDateTime moment = parse(iso);
        if (moment != null) {
            return format("HH:mm", moment);
        }
        try {
            return java.time.LocalDateTime.parse(iso).toLocalTime().toString();
        } catch (DateTimeParseException notADateTime) {
            try {
                return java.time.LocalTime.parse(iso).toString();
            } catch (DateTimeParseException notATime) {
                return iso;
            }
        }
    }

    private static String format(String pattern, OffsetDateTime moment) {
        return DateTimeFormatter.ofPattern(pattern, LocaleContextHolder.getLocale())
                .format(moment.atZoneSameInstant(DUTCH_TIME));
    }

    static OffsetDateTime parse(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
