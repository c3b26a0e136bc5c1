package nl.koploper.platform.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Input that passed the request's shape checks but is still wrong (a KvK number of 7 digits, a negative gas
 * volume): a 400 that lists every wrong field, not just the first, so a client can fix them in one go.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;
    /** Per problem, its text in both languages, or null where the problem has only its English message. */
    private final transient List<ProblemText> texts;

    public InvalidInputException(String field, String message) {
        this("Invalid input", List.of(new FieldProblem(field, message)));
    }

    /** One wrong field whose message is said in the request's language. */
    public InvalidInputException(String field, String code, ProblemText message) {
        this("Invalid input", List.of(new FieldProblem(field, code, message.english())),
                Collections.singletonList(message));
    }

    public InvalidInputException(String message, List<FieldProblem> problems) {
        this(message, problems, Collections.nCopies(problems.size(), null));
    }

    /**
     * @param texts per problem (same order), its message in both languages, or null to say its English message
     */
    public InvalidInputException(String message, List<FieldProblem> problems, List<ProblemText> texts) {
        super(message + ": " + problems);
        if (texts.size() != problems.size()) {
            throw new IllegalArgumentException("one text (or null) per problem");
        }
        this.problems = List.copyOf(problems);
        this.texts = Collections.unmodifiableList(new ArrayList<>(texts));
    }

    /** The message of problem {@code index} in both languages, or null when it has only its English message. */
    ProblemText text(int index) {
        return texts.get(index);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
