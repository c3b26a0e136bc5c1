package nl.koploper.portal.api;

import java.io.IOException;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Asks the services for the language of the person at the page ({@code Accept-Language: nl} or {@code en}): their
 * problem texts and warnings are Dutch unless asked otherwise, and where the portal has no sentence of its own for a
 * problem it shows the service's text, which then matches the page. The portal never reads meaning from those texts;
 * it goes by status, field, code and rule.
 */
class PersonsLanguage implements ClientHttpRequestInterceptor {

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        boolean english = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
        request.getHeaders().set(HttpHeaders.ACCEPT_LANGUAGE, english ? "en" : "nl");
        return execution.execute(request, body);
    }
}
