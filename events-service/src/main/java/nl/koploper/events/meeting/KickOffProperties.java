package nl.koploper.events.meeting;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The defaults of the kick-off proposed when a cohort reaches its minimum; the coordinator changes time and place
 * before confirming it.
 *
 * @param dayOfWeek          the weekday of the proposed evening, default Tuesday
 * @param start              wall-clock start in Europe/Amsterdam, default 19:30
 * @param end                wall-clock end, default 21:30
 * @param minimumDaysAhead   the proposal is at least this many days after the minimum was reached, default 14
 * @param locationPlaceholder the address shown until the coordinator chooses the place, default "Nog te bepalen"
 * @param title              the title, followed by the cohort's name, default "Startbijeenkomst"
 */
@ConfigurationProperties("koploper.events.kick-off")
public record KickOffProperties(DayOfWeek dayOfWeek, LocalTime start, LocalTime end, Integer minimumDaysAhead,
                                String locationPlaceholder, String title) {

    public KickOffProperties {
        dayOfWeek = dayOfWeek == null ? DayOfWeek.TUESDAY : dayOfWeek;
        start = start == null ? LocalTime.of(19, 30) : start;
        end = end == null ? LocalTime.of(21, 30) : end;
        minimumDaysAhead = minimumDaysAhead == null ? 14 : minimumDaysAhead;
        locationPlaceholder = locationPlaceholder == null || locationPlaceholder.isBlank() ? "Nog te bepalen"
                : locationPlaceholder.strip();
        title = title == null || title.isBlank() ? "Startbijeenkomst" : title.strip();
        if (!end.isAfter(start)) {
            throw new IllegalStateException("koploper.events.kick-off.end must come after its start");
        }
        if (minimumDaysAhead < 0) {
            throw new IllegalStateException("koploper.events.kick-off.minimum-days-ahead must not be negative");
        }
    }
}
