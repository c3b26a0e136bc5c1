package nl.koploper.events.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;

/**
 * When a meeting takes place, as it was planned: wall-clock start and end in a zone (Europe/Amsterdam). The wall-clock
 * time is the truth, because "Thursday 10:00" is what people agreed on; the instants are derived from it, so a meeting
 * across a daylight-saving change keeps its 10:00 and gets the right UTC instant. Times are kept to the minute.
 *
 * @throws InvalidInputException (on construction) naming {@code start} or {@code end} when a time does not exist in
 *                               the zone (the hour skipped when clocks go forward) or the end is not after the start
 */
public record MeetingTime(LocalDateTime start, LocalDateTime end, ZoneId zone) {

    /** Meetings are planned in Dutch time. */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** The field problem code of a wall-clock time that the zone skips (spring forward). */
    static final String NON_EXISTENT_LOCAL_TIME = "non-existent-local-time";

    // Always with seconds and offset, e.g. 2027-03-28T10:00:00+02:00: what the contracts promise consumers.
    private static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    public MeetingTime {
        List<FieldProblem> problems = new ArrayList<>();
        if (zone == null) {
            throw new IllegalArgumentException("A meeting time needs its zone");
        }
        // Calendars plan to the minute. Dropping seconds here also keeps a resubmitted form with stray seconds from
        // counting as a reschedule, and keeps the RSVP token's expiry (epoch seconds) exactly the start.
        start = start == null ? null : start.truncatedTo(ChronoUnit.MINUTES);
        end = end == null ? null : end.truncatedTo(ChronoUnit.MINUTES);
        if (start == null) {
            problems.add(new FieldProblem("start", "missing", "A meeting needs a start date and time"));
        } else if (!exists(start, zone)) {
            problems.add(new FieldProblem("start", NON_EXISTENT_LOCAL_TIME, notExisting(start, zone)));
        }
        if (end == null) {
            problems.add(new FieldProblem("end", "missing", "A meeting needs an end date and time"));
        } else if (!exists(end, zone)) {
            problems.add(new FieldProblem("end", NON_EXISTENT_LOCAL_TIME, notExisting(end, zone)));
        }
        if (problems.isEmpty() && !instant(end, zone).isAfter(instant(start, zone))) {
            problems.add(new FieldProblem("end", "not-after-start",
                    "The end " + end + " must come after the start " + start));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The meeting time is not valid", problems);
        }
    }

    /** A meeting from {@code start} to {@code end}, Dutch time. */
    public static MeetingTime inAmsterdam(LocalDateTime start, LocalDateTime end) {
        return new MeetingTime(start, end, AMSTERDAM);
    }

    public Instant startInstant() {
        return instant(start, zone);
    }

    public Instant endInstant() {
        return instant(end, zone);
    }

    public OffsetDateTime startWithOffset() {
        return startInstant().atZone(zone).toOffsetDateTime();
    }

    public OffsetDateTime endWithOffset() {
        return endInstant().atZone(zone).toOffsetDateTime();
    }

    /** The start as the contracts carry it: ISO-8601 with offset, always with seconds. */
    public String startIso() {
        return ISO_WITH_OFFSET.format(startWithOffset());
    }

    public String endIso() {
        return ISO_WITH_OFFSET.format(endWithOffset());
    }

    private static boolean exists(LocalDateTime local, ZoneId zone) {
        return !zone.getRules().getValidOffsets(local).isEmpty();
    }

    // An autumn wall-clock time that occurs twice (02:00-03:00 on the last Sunday of October) takes the earlier
    // offset, i.e. the first occurrence, still in summer time (+02:00): that is the hour people reach first, and it is
    // what java.time does for an overlap, so planning and every later derivation agree.
    private static Instant instant(LocalDateTime local, ZoneId zone) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        return offsets.stream().map(local::toInstant).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static String notExisting(LocalDateTime local, ZoneId zone) {
        return local + " does not exist in " + zone.getId()
                + ": the clocks skip that hour when summer time starts; choose a time outside it";
    }
}
