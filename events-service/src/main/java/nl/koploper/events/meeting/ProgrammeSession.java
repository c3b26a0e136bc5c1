package nl.koploper.events.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.platform.web.AmsterdamWallClock;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;

/**
 * One item of a symposium's programme: a talk, a workshop round, the award ceremony. Times are wall-clock in the
 * meeting's zone (kept as ISO text for the reason {@link Meeting} keeps its own times so), within the meeting. They are
 * read by the API's one rule for such times ({@link AmsterdamWallClock}): without an offset as they are, with {@code Z}
 * or an offset as the Amsterdam time of that instant.
 *
 * @param description free text, or null
 * @param speakers    who speaks, in the order announced; may be empty (a break, the drinks)
 * @throws InvalidInputException (on construction) naming {@code start}, {@code end}, {@code title},
 *                               {@code description} or {@code speakers[n].name|organisation}
 */
public record ProgrammeSession(String start, String end, String title, String description, List<Speaker> speakers) {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 2_000;
    static final int MAX_SPEAKERS = 20;

    /** @param organisation where the speaker comes from, or null */
    public record Speaker(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, example = "Anna Bakker") String name,
            @Schema(maxLength = 200, example = "Gemeente Westerkwartier") String organisation) {
    }

    public ProgrammeSession {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDateTime from = parse(start, "start", problems);
        LocalDateTime to = parse(end, "end", problems);
        if (from != null && to != null && !to.isAfter(from)) {
            problems.add(new FieldProblem("end", "not-after-start", "The end " + to + " must come after " + from));
        }
        title = title == null ? null : title.strip();
        if (title == null || title.isEmpty()) {
            problems.add(new FieldProblem("title", "missing", "A programme item needs a title"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "too-long", "The title is longer than " + MAX_TITLE + " characters"));
        }
        description = description == null || description.isBlank() ? null : description.strip();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "too-long",
                    "The description is longer than " + MAX_DESCRIPTION + " characters"));
        }
        speakers = speakers == null ? List.of() : speakers;
        if (speakers.size() > MAX_SPEAKERS) {
            problems.add(new FieldProblem("speakers", "too-many", "At most " + MAX_SPEAKERS + " speakers per item"));
        }
        List<Speaker> cleaned = new ArrayList<>();
        for (int n = 0; n < speakers.size() && n < MAX_SPEAKERS; n++) {
            Speaker speaker = speakers.get(n);
            String name = speaker == null || speaker.name() == null ? null : speaker.name().strip();
            String organisation = speaker == null || speaker.organisation() == null
                    || speaker.organisation().isBlank() ? null : speaker.organisation().strip();
            if (name == null || name.isEmpty() || name.length() > MAX_TITLE) {
                problems.add(new FieldProblem("speakers[" + n + "].name", "missing-or-too-long",
                        "A speaker needs a name of at most " + MAX_TITLE + " characters"));
            }
            if (organisation != null && organisation.length() > MAX_TITLE) {
                problems.add(new FieldProblem("speakers[" + n + "].organisation", "too-long",
                        "The organisation is longer than " + MAX_TITLE + " characters"));
            }
            cleaned.add(new Speaker(name, organisation));
        }
        speakers = List.copyOf(cleaned);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The programme item is not valid", problems);
        }
        start = from.toString();
        end = to.toString();
    }

    public LocalDateTime startTime() {
        return LocalDateTime.parse(start);
    }

    public LocalDateTime endTime() {
        return LocalDateTime.parse(end);
    }

    private static LocalDateTime parse(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "missing", "A programme item needs a " + field + " time"));
            return null;
        }
        try {
            return AmsterdamWallClock.parse(text).truncatedTo(ChronoUnit.MINUTES);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "not-a-time", "'" + text + "' is not a date and time like "
                    + "2027-06-12T10:30 (Amsterdam time) or 2027-06-12T08:30Z"));
            return null;
        }
    }
}
