package nl.koploper.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class ProblemMessagesTest {

    private final ProblemMessages messages = new ProblemMessages(source());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aFieldProblemIsTranslatedByItsCodeInDutch() {
        LocaleContextHolder.setLocale(new Locale("nl"));
        FormErrors errors = messages.of(new ApiProblem(400, "Bad Request", "The registration has invalid values",
                List.of(new ApiProblem.FieldError("organisation.kvkNumber", "not-a-kvk-number",
                        "must be the 8 digits of a KvK number"))));
        assertThat(errors.of("organisation.kvkNumber"))
                .isEqualTo("Vul de 8 cijfers van het KvK-nummer in, bijvoorbeeld 12345678.");
        assertThat(errors.general()).isEqualTo("Niet alles is goed ingevuld. Kijk naar de velden met een melding.");
    }

    @Test
    void aFieldSpecificTextWinsOverTheCodesGeneralOne() {
        LocaleContextHolder.setLocale(new Locale("nl"));
        FormErrors errors = messages.of(new ApiProblem(400, null, null,
                List.of(new ApiProblem.FieldError("consentToTerms", "AssertTrue", "must be true"))));
        assertThat(errors.renamed(java.util.Map.of("consentToTerms", "consent")).of("consent"))
                .isEqualTo("Ga akkoord met de deelnamevoorwaarden om u aan te melden.");
    }

    @Test
    void anUnknownCodeKeepsTheServicesTextInsideADutchSentence() {
        LocaleContextHolder.setLocale(new Locale("nl"));
        FormErrors errors = messages.of(new ApiProblem(400, null, null,
                List.of(new ApiProblem.FieldError("x", "brand-new-rule", "must be something else"))));
        assertThat(errors.of("x")).isEqualTo("Deze waarde klopt niet (must be something else).");
    }

    @Test
    void aProblemWithoutFieldsIsExplainedByItsStatusInEnglishToo() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        FormErrors errors = messages.of(new ApiProblem(412, "Precondition Failed", "stale", List.of()));
        assertThat(errors.fields()).isEmpty();
        assertThat(errors.general()).contains("changed").doesNotContain("Iemand");
    }

    private static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
