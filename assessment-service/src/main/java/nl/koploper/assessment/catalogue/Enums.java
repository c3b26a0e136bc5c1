package nl.koploper.assessment.catalogue;

import java.util.Arrays;
import java.util.List;
import nl.koploper.platform.web.FieldProblem;

/** Reading an enumerated value of a catalogue entry, with a problem naming the allowed values when it is not one. */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "missing", "Give one of " + names(type)));
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "unknown-value", "'" + value + "' is not one of " + names(type)));
            return null;
        }
    }

    static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
