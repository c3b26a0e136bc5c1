package nl.koploper.footprint.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class FieldProblemsAdviceTest {

    @Test
    void aJacksonPathBecomesTheFieldPathTheValidationUses() {
        assertThat(FieldProblemsAdvice.path(List.of(new JacksonException.Reference(null, "waste"),
                new JacksonException.Reference(null, 2), new JacksonException.Reference(null, "factor"),
                new JacksonException.Reference(null, "unit")))).isEqualTo("waste[2].factor.unit");
    }

    @Test
    void constraintsMapToTheCalculationsCodes() {
        assertThat(FieldProblemsAdvice.entry("year", "Max", "too late")).containsEntry("code", "out-of-range");
        assertThat(FieldProblemsAdvice.entry("waste[0]", "NotNull", null)).containsEntry("code", "required")
                .containsEntry("message", "is invalid");
        assertThat(FieldProblemsAdvice.entry("contactEmail", "Email", "bad")).containsEntry("code", "invalid");
    }
}
