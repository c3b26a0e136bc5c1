package nl.koploper.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.springframework.context.i18n.LocaleContextHolder;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class FieldErrorsTest {

    @Test
    void aJacksonPathBecomesTheFieldPathTheValidationUses() {
        assertThat(FieldErrors.path(List.of(new JacksonException.Reference(null, "waste"),
                new JacksonException.Reference(null, 2), new JacksonException.Reference(null, "factor"),
                new JacksonException.Reference(null, "unit")))).isEqualTo("waste[2].factor.unit");
    }

    @AfterEach
    void forgetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void constraintsMapToThePlatformsCodes() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        ProblemTexts texts = new ProblemTexts();
        assertThat(FieldErrors.entry("year", "Max", "too late", texts)).containsEntry("code", "out-of-range");
        assertThat(FieldErrors.entry("waste[0]", "NotNull", null, texts)).containsEntry("code", "required")
                .containsEntry("message", "is invalid");
        assertThat(FieldErrors.entry("contactEmail", "Email", "bad", texts)).containsEntry("code", "invalid");
    }

    @Test
    void aMissingMessageIsDutchUnlessEnglishIsAsked() {
        LocaleContextHolder.setLocale(ProblemTexts.DUTCH);
        assertThat(FieldErrors.entry("waste[0]", "NotNull", null, new ProblemTexts()))
                .containsEntry("code", "required").containsEntry("message", "is ongeldig");
    }
}
