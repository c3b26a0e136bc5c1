package nl.koploper.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The texts of problem answers (and other answers a person reads) in the language of the request: Dutch unless the
 * caller asks for English ({@code Accept-Language: en}); the request's locale is resolved by the platform's locale
 * resolver, which knows only these two. The Dutch texts are in the service's {@code problems.properties} (which may
 * also override the platform's own, {@code koploper/platform-problems.properties}); the English ones are in the code,
 * where they were written, so the bundle holds only what a translator changes. The machine-readable parts of a
 * problem ({@code type}, {@code code}, {@code rule}, field paths) never depend on the language.
 */
public class ProblemTexts {

    /** The platform's default language: the people using it are Dutch. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);

    static final String SERVICE_BUNDLE = "problems";
    static final String PLATFORM_BUNDLE = "koploper/platform-problems";

    private static final AcceptHeaderLocaleResolver LANGUAGE = localeResolver();

    private final MessageSource dutch;

    public ProblemTexts() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        // A service without its own texts has no bundle; naming a missing one would log a warning per lookup.
        if (new ClassPathResource(SERVICE_BUNDLE + ".properties").exists()) {
            bundles.addBasenames(SERVICE_BUNDLE);
        }
        bundles.addBasenames(PLATFORM_BUNDLE);
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        this.dutch = bundles;
    }

    /** The text in the current request's language. */
    public String text(ProblemText text) {
        return text(text.key(), text.english(), text.args());
    }

    /** The text in the current request's language: the bundle's Dutch under {@code key}, or {@code english}. */
    public String text(String key, String english, Object... args) {
        if (isEnglish(LocaleContextHolder.getLocale())) {
            return english;
        }
        return dutch.getMessage(key, args, english, DUTCH);
    }

    /** The text under the first of {@code keys} the bundle has, in the current request's language. */
    public String text(List<String> keys, String english, Object... args) {
        if (isEnglish(LocaleContextHolder.getLocale())) {
            return english;
        }
        return dutch.getMessage(new DefaultMessageSourceResolvable(keys.toArray(String[]::new), args, english),
                DUTCH);
    }

    /**
     * The text in the language {@code request} asks for, where Spring MVC has not resolved it yet (a filter before
     * the DispatcherServlet): the same choice as the platform's locale resolver.
     */
    public String text(HttpServletRequest request, String key, String english, Object... args) {
        if (isEnglish(LANGUAGE.resolveLocale(request))) {
            return english;
        }
        return dutch.getMessage(key, args, english, DUTCH);
    }

    /** The platform's choice of language for a request: Dutch unless Accept-Language prefers English. */
    static AcceptHeaderLocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setDefaultLocale(DUTCH);
        resolver.setSupportedLocales(SUPPORTED);
        return resolver;
    }

    /** Whether the request asked for English (the only language besides the default Dutch). */
    public static boolean isEnglish(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
