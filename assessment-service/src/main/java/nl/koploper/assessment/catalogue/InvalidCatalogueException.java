package nl.koploper.assessment.catalogue;

import java.util.List;
import nl.koploper.platform.web.FieldProblem;

/**
 * A catalogue file with at least one wrong entry. The whole file is refused (and the service does not start): a
 * half-loaded catalogue would give profiles that silently miss recommendations or score against unknown issues.
 */
public class InvalidCatalogueException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    InvalidCatalogueException(String source, List<FieldProblem> problems) {
        super("The catalogue " + source + " is refused: " + problems.stream()
                .map(p -> p.field() + " (" + p.code() + "): " + p.message()).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
