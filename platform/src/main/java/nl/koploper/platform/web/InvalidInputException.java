package nl.koploper.platform.web;

import java.util.List;

/**
 * Input that passed the request's shape checks but is still wrong (a KvK number of 7 digits, a deadline in the
 * past): a 400 that lists the fields, like Bean Validation's own errors.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "Invalid input" : problems.get(0).field() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One wrong field, by its path in the request (e.g. {@code contact.email}). */
    public record FieldProblem(String field, String message) {
    }
}
