package nl.koploper.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class ProblemTextsTest {

    private final ProblemTexts texts = new ProblemTexts();

    @AfterEach
    void forgetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void dutchIsTheBundlesTextWithItsArguments() {
        LocaleContextHolder.setLocale(ProblemTexts.DUTCH);
        assertThat(texts.text(new ProblemText("gemeente-deactivated", "Gemeente 'utrecht' is deactivated",
                "utrecht"))).startsWith("Gemeente 'utrecht' is gedeactiveerd");
    }

    @Test
    void englishIsTheCodesText() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("en-GB"));
        assertThat(texts.text(new ProblemText("gemeente-deactivated", "Gemeente 'utrecht' is deactivated",
                "utrecht"))).isEqualTo("Gemeente 'utrecht' is deactivated");
    }

    @Test
    void aKeyWithoutDutchTextSaysTheEnglishOne() {
        LocaleContextHolder.setLocale(ProblemTexts.DUTCH);
        assertThat(texts.text("no.such.key", "As written")).isEqualTo("As written");
    }

    @Test
    void theFirstKnownKeyOfSeveralIsTaken() {
        LocaleContextHolder.setLocale(ProblemTexts.DUTCH);
        assertThat(texts.text(List.of("not-found.Unknown", "not-found"), "'x' does not exist", "x", "Unknown"))
                .isEqualTo("'x' bestaat niet");
        assertThat(texts.text(List.of("not-found.Gemeente", "not-found"), "Gemeente 'x' does not exist", "x",
                "Gemeente")).isEqualTo("Gemeente 'x' bestaat niet");
    }
}
