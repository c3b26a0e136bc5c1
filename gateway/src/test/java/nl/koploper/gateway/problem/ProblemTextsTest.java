package nl.koploper.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemTextsTest {

    @ParameterizedTest(name = "Accept-Language \"{0}\" → English: {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL | false", "'' | false", "nl | false", "en | true", "en-GB | true", "nl, en | false",
            "de-DE, en;q=0.8, nl;q=0.5 | true", "fr | false", "* | false", "en;q=nonsense | false"})
    void answersDutchUnlessEnglishIsPreferred(String acceptLanguage, boolean english) {
        assertThat(ProblemTexts.prefersEnglish(acceptLanguage)).isEqualTo(english);
    }

    @Test
    void fillsTheDutchTextWithTheSameArgumentsAsTheEnglish() {
        assertThat(ProblemTexts.detail("service-unavailable", false, "The events service is unavailable", "events"))
                .isEqualTo("De dienst events is op dit moment niet bereikbaar; probeer het later opnieuw.");
        assertThat(ProblemTexts.detail("service-unavailable", true, "The events service is unavailable", "events"))
                .isEqualTo("The events service is unavailable");
        assertThat(ProblemTexts.title(429, false)).isEqualTo("Te veel aanvragen");
        assertThat(ProblemTexts.title(429, true)).isEqualTo("Too Many Requests");
    }

    @Test
    void keepsQuotedDotsInTheRejectedAddressText() {
        assertThat(ProblemTexts.detail("rejected-address", false, "")).contains("'..'");
    }
}
