package nl.koploper.footprint.consumption;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.koploper.platform.web.FieldProblem;

/**
 * Bean Validation's findings on a body as the platform's problems: the field path into the body
 * ({@code waste[2].kg.yearTotal}) and the code the platform gives the constraint in a 400 ({@code required},
 * {@code out-of-range}, {@code invalid}). The body is validated by hand rather than by {@code @Valid} on the
 * parameter, so a write first learns whether the caller may write the organisation's data at all.
 */
final class BodyViolations {

    private BodyViolations() {
    }

    static List<FieldProblem> problems(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(BodyViolations::problem)
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::code)).toList();
    }

    private static FieldProblem problem(ConstraintViolation<?> violation) {
        String code = switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotNull" -> "required";
            case "Min", "Max", "Size", "Amount" -> "out-of-range";
            default -> "invalid";
        };
        return new FieldProblem(path(violation.getPropertyPath()), code, violation.getMessage());
    }

    /** {@code waste[2].kg.yearTotal}: a list element's index goes before the node inside it. */
    private static String path(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
