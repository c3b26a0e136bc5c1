package nl.koploper.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class FieldErrorsTest {

    @Test
    void aJacksonPathBecomesTheFieldPathTheValidationUses() {
        assertThat(FieldErrors.path(List.of(new JacksonException.Reference(null, "waste"),
                new JacksonException.Reference(null, 2), new JacksonException.Reference(null, "factor"),
                new JacksonException.Reference(null, "unit")))).isEqualTo("waste[2].factor.unit");
    }

    @Test
    void constraintsMapToThePlatformsCodes() {
        assertThat(FieldErrors.entry("year", "Max", "too late")).containsEntry("code", "out-of-range");
        assertThat(FieldErrors.entry("waste[0]", "NotNull", null)).containsEntry("code", "required")
                .containsEntry("message", "is invalid");
        assertThat(FieldErrors.entry("contactEmail", "Email", "bad")).containsEntry("code", "invalid");
    }
}
