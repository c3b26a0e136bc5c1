package nl.koploper.events.meeting;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.ProblemText;

/**
 * Turns request bodies into domain values, collecting every wrong field (with its path in the body) into one 400
 * instead of stopping at the first.
 */
final class Requests {

    private final List<FieldProblem> problems = new ArrayList<>();
    /** Per problem its text in both languages, or null where it has only its English message. */
    private final List<ProblemText> texts = new ArrayList<>();

    /** The value, or null when building it found problems; those are kept, prefixed with {@code prefix}. */
    <T> T attempt(String prefix, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> add(new FieldProblem(prefixed(prefix, p.field()), p.code(), p.message()), null));
            return null;
        }
    }

    void problem(String field, String code, String message) {
        add(new FieldProblem(field, code, message), null);
    }

    /** A problem whose message is said in the request's language. */
    void problem(String field, String code, ProblemText text) {
        add(new FieldProblem(field, code, text.english()), text);
    }

    private void add(FieldProblem problem, ProblemText text) {
        problems.add(problem);
        texts.add(text);
    }

    /** Problems of a later check about fields that already have one are the same problem said again. */
    <T> T attemptIgnoringKnownFields(Supplier<T> build) {
        Set<String> known = problems.stream().map(p -> root(p.field())).collect(Collectors.toSet());
        try {
            return build.get();
        } catch (InvalidInputException e) {
            e.problems().stream().filter(p -> !known.contains(root(p.field()))).forEach(p -> add(p, null));
            return null;
        }
    }

    void throwIfAny(String message) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(message, List.copyOf(problems), new ArrayList<>(texts));
        }
    }

    static MeetingTime time(LocalDateTime start, LocalDateTime end) {
        return MeetingTime.inAmsterdam(start, end);
    }

    private static String prefixed(String prefix, String field) {
        if (prefix == null || prefix.isEmpty()) {
            return field;
        }
        return field.equals(prefix) || field.startsWith(prefix + ".") ? field : prefix + "." + field;
    }

    private static String root(String field) {
        // MeetingTime reports start/end, MeetingPlan reports a missing time as start; both are the time.
        String root = field.split("[.\\[]", 2)[0];
        return root.equals("end") ? "start" : root;
    }
}
