package nl.koploper.notification.compose;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import nl.koploper.platform.events.RejectedEventException;

/**
 * The start and end of an appointment as events carry them (ISO-8601 with offset, plus the zone it was planned in),
 * in that zone: Europe/Amsterdam when the event names none.
 */
public record EventTimes(ZonedDateTime start, ZonedDateTime end) {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** @param what names the appointment in the refusal of an unreadable event, e.g. "meeting m-1" */
    public static EventTimes parse(String start, String end, String timeZone, String what) {
        try {
            ZoneId zone = timeZone == null || timeZone.isBlank() ? AMSTERDAM : ZoneId.of(timeZone);
            return new EventTimes(OffsetDateTime.parse(start).atZoneSameInstant(zone),
                    OffsetDateTime.parse(end).atZoneSameInstant(zone));
        } catch (DateTimeException | NullPointerException unreadable) {
            throw new RejectedEventException("Refused: " + what + " has no readable start and end (" + start + ", "
                    + end + ")", unreadable);
        }
    }
}
