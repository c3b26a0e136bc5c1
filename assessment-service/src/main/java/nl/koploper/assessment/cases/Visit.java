package nl.koploper.assessment.cases;

import java.time.Instant;
import java.time.LocalDateTime;
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
 * The on-site visit of the nulmeting, as it was agreed: wall-clock start and end in Europe/Amsterdam and the address.
 * The wall-clock time is the truth ("Thursday 10:00"); instants are derived from it. Stored as ISO text and zone id,
 * because Spring Data would store a LocalDateTime through the JVM's default zone.
 */
public record Visit(String localStart, String localEnd, String zone, String location) {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final int MAX_LOCATION = 500;
    private static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    /**
     * A visit from {@code start} to {@code end} Dutch time at {@code location}, to the minute.
     *
     * @throws InvalidInputException naming {@code start}, {@code end} and {@code location} for every problem: a
     *                               missing value, a time the clocks skip, an end not after the start, a start that is
     *                               not in the future, an address that is empty or too long
     */
    static Visit plan(LocalDateTime start, LocalDateTime end, String location, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        start = start == null ? null : start.truncatedTo(ChronoUnit.MINUTES);
        end = end == null ? null : end.truncatedTo(ChronoUnit.MINUTES);
        checkTime(start, "start", problems);
        checkTime(end, "end", problems);
        if (problems.isEmpty()) {
            if (!instant(end).isAfter(instant(start))) {
                problems.add(new FieldProblem("end", "not-after-start",
                        "The end " + end + " must come after the start " + start));
            }
            if (!instant(start).isAfter(now)) {
                problems.add(new FieldProblem("start", "not-in-future",
                        "The start " + start + " (Europe/Amsterdam) is not in the future"));
            }
        }
        String address = location == null ? null : location.strip();
        if (address == null || address.isEmpty()) {
            problems.add(new FieldProblem("location", "required", "Give the address where the advisor visits"));
        } else if (address.length() > MAX_LOCATION) {
            problems.add(new FieldProblem("location", "too-long", "At most " + MAX_LOCATION + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The visit's time or place is not valid", problems);
        }
        return new Visit(start.toString(), end.toString(), AMSTERDAM.getId(), address);
    }

    private static void checkTime(LocalDateTime time, String field, List<FieldProblem> problems) {
        if (time == null) {
            problems.add(new FieldProblem(field, "required", "Give a date and time, e.g. 2027-03-18T10:00"));
        } else if (AMSTERDAM.getRules().getValidOffsets(time).isEmpty()) {
            problems.add(new FieldProblem(field, "non-existent-local-time", time
                    + " does not exist in Europe/Amsterdam: the clocks skip that hour when summer time starts"));
        }
    }

    // A wall-clock time that occurs twice (the autumn hour) takes its first occurrence, as java.time does.
    private static Instant instant(LocalDateTime local) {
        return AMSTERDAM.getRules().getValidOffsets(local).stream().map(local::toInstant)
                .min(Comparator.naturalOrder()).orElseThrow();
    }

    private static Instant instant(String local, String zone) {
        LocalDateTime time = LocalDateTime.parse(local);
        List<ZoneOffset> offsets = ZoneId.of(zone).getRules().getValidOffsets(time);
        return offsets.stream().map(time::toInstant).min(Comparator.naturalOrder()).orElseThrow();
    }

    public Instant startInstant() {
        return instant(localStart, zone);
    }

    /** ISO-8601 with the offset of that day, e.g. {@code 2027-03-18T10:00:00+01:00}. */
    public String startIso() {
        return ISO_WITH_OFFSET.format(startInstant().atZone(ZoneId.of(zone)));
    }

    public String endIso() {
        return ISO_WITH_OFFSET.format(instant(localEnd, zone).atZone(ZoneId.of(zone)));
    }
}
