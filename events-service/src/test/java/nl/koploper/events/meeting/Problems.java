package nl.koploper.events.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.RuleViolationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the two ways the domain refuses: a named rule (409) and named fields (400). */
final class Problems {

    private Problems() {
    }

    static void assertRuleViolated(ThrowingCallable change, String rule) {
        assertThatThrownBy(change)
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).rule()).isEqualTo(rule));
    }

    static void assertInvalidField(ThrowingCallable change, String field) {
        assertThatThrownBy(change)
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(FieldProblem::field).contains(field));
    }
}
