package nl.koploper.notification.template;

import java.util.List;

/** A template override that would be refused on saving; carries every problem, not only the first. */
public class InvalidTemplateException extends RuntimeException {

    private final List<TemplateProblem> problems;

    public InvalidTemplateException(List<TemplateProblem> problems) {
        super(problems.isEmpty() ? "Invalid template" : problems.get(0).field() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<TemplateProblem> problems() {
        return problems;
    }
}
