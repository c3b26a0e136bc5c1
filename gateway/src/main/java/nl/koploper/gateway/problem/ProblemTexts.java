package nl.koploper.gateway.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.http.HttpStatus;

/**
 * The texts of the gateway's own problem answers in the language of the request, by the services' rule: Dutch unless
 * {@code Accept-Language} prefers English. The Dutch texts are in {@code gateway-problems.properties}; the English
 * ones are in the code, where they were written. {@code type} and {@code status} never depend on the language.
 */
public final class ProblemTexts {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);
    private static final ResourceBundle DUTCH_TEXTS = ResourceBundle.getBundle("gateway-problems", Locale.ROOT);

    private ProblemTexts() {
    }

    /** Whether a request with this {@code Accept-Language} header (may be null) gets English. */
    public static boolean prefersEnglish(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return best != null && best.getLanguage().equals("en");
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** The title of a status: the reason phrase in English, the bundle's {@code title.<status>} in Dutch. */
    public static String title(int status, boolean english) {
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return english ? reason : dutch("title." + status, reason);
    }

    /** The detail under {@code key}: {@code english} as written, or the bundle's Dutch with {@code args} filled in. */
    public static String detail(String key, boolean english, String englishText, Object... args) {
        if (english) {
            return englishText;
        }
        String pattern = dutch(key, null);
        return pattern == null ? englishText : new MessageFormat(pattern, DUTCH).format(args);
    }

    private static String dutch(String key, String fallback) {
        try {
            return DUTCH_TEXTS.getString(key);
        } catch (MissingResourceException missing) {
            return fallback;
        }
    }
}
