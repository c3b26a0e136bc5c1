package nl.koploper.portal.config;

import java.time.Duration;
import java.util.Locale;
import nl.koploper.portal.user.RoleAreas;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Dutch first; {@code ?lang=en} switches to English (and {@code ?lang=nl} back), remembered in a cookie for a year.
 * Each role's pages for that role only ({@link RoleAreas}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale DUTCH = new Locale("nl");

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver(PortalCookies.LANGUAGE);
        resolver.setDefaultLocale(DUTCH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        // Only the two languages the texts exist in: the browser's Accept-Language does not choose English.
        resolver.setDefaultLocaleFunction(request -> DUTCH);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(new SupportedLanguagesOnly(change));
        registry.addInterceptor(new RoleAreas());
    }
}
