package nl.koploper.portal.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets {@code ?lang=} change the language only to one the portal has texts in. */
class SupportedLanguagesOnly implements HandlerInterceptor {

    private static final Set<String> LANGUAGES = Set.of("nl", "en");

    private final LocaleChangeInterceptor change;

    SupportedLanguagesOnly(LocaleChangeInterceptor change) {
        this.change = change;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws jakarta.servlet.ServletException {
        String language = request.getParameter(change.getParamName());
        return language == null || !LANGUAGES.contains(language) || change.preHandle(request, response, handler);
    }
}
