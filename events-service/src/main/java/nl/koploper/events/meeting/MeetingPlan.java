package nl.koploper.events.meeting;

import java.util.ArrayList;
import java.util.List;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;

/**
 * What a coordinator decides when planning a meeting. Time and location are validated by their own types; this checks
 * the rest and reports every wrong field at once.
 *
 * @param description free text, or null
 * @param capacity    the number of places, or null for no limit (an online session); acceptances beyond it go onto
 *                    the meeting's waiting list
 */
public record MeetingPlan(MeetingType type, String title, String description, MeetingTime time, Location location,
                          Integer capacity) {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 10_000;

    public MeetingPlan {
        List<FieldProblem> problems = new ArrayList<>();
        if (type == null) {
            problems.add(new FieldProblem("type", "missing", "Choose the kind of meeting"));
        }
        title = title == null ? null : title.strip();
        if (title == null || title.isEmpty()) {
            problems.add(new FieldProblem("title", "missing", "A meeting needs a title"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "too-long",
                    "The title is longer than " + MAX_TITLE + " characters"));
        }
        description = description == null || description.isBlank() ? null : description.strip();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "too-long",
                    "The description is longer than " + MAX_DESCRIPTION + " characters"));
        }
        if (time == null) {
            problems.add(new FieldProblem("start", "missing", "A meeting needs a start and an end"));
        }
        if (location == null) {
            problems.add(new FieldProblem("location", "missing", "A meeting needs an address or an online link"));
        }
        if (capacity != null && capacity < 1) {
            problems.add(new FieldProblem("capacity", "below-minimum",
                    "The capacity is at least 1, or left empty for no limit; got " + capacity));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The meeting plan is not valid", problems);
        }
    }
}
