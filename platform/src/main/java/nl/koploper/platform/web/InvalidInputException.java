package nl.koploper.platform.web;

import java.util.List;

/**
 * Input that passed the request's shape checks but is still wrong (a KvK number of 7 digits, a negative gas
 * volume): a 400 that lists every wrong field, not just the first, so a client can fix them in one go.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(String field, String message) {
        this("Invalid input", List.of(new FieldProblem(field, message)));
    }

    public InvalidInputException(String message, List<FieldProblem> problems) {
        super(message + ": " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
