package nl.koploper.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem+json for every error, the body size limit, the whoami endpoint and the {@link IfMatch} and
 * {@link IdempotencyKey} controller parameters.
 */
@AutoConfiguration(beforeName = {"org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration"})
@Import({ProblemDetailsAdvice.class, ProblemErrorController.class, WhoAmIController.class})
public class PlatformWebAutoConfiguration {

    private static final String BEARER = "bearer";

    /** Meeting and visit times: Amsterdam wall-clock time, or an RFC 3339 instant converted to it. */
    @Bean
    JacksonModule amsterdamWallClock() {
        return AmsterdamWallClock.module();
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemTexts problemTexts() {
        return new ProblemTexts();
    }

    /**
     * The request's language for the texts of its answers: Dutch, unless the {@code Accept-Language} header prefers
     * English; any other language gets Dutch too (the only texts there are).
     */
    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    @ConditionalOnMissingBean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return ProblemTexts.localeResolver();
    }

    @Bean
    ProblemWriter problemWriter(JsonMapper jsonMapper, ProblemTexts problemTexts) {
        return new ProblemWriter(jsonMapper, problemTexts);
    }

    /**
     * The service's OpenAPI document: a relative server URL, so Swagger UI sends "Try it out" requests to whatever
     * host showed the document (the gateway, or the service itself), and the bearer token scheme for "Authorize".
     */
    @Bean
    @ConditionalOnMissingBean(OpenAPI.class)
    OpenAPI koploperOpenApi(@Value("${spring.application.name:koploper-service}") String applicationName) {
        return new OpenAPI()
                .info(new Info().title(applicationName).version("v1"))
                .servers(List.of(new Server().url("/")))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** The problem answers and the open public paths, documented once for every operation. */
    @Bean
    ApiDocumentation apiDocumentation() {
        return new ApiDocumentation();
    }

    @Bean
    RequestHeaderArguments requestHeaderArguments() {
        return new RequestHeaderArguments();
    }

    @Bean
    WebMvcConfigurer requestHeaderArgumentsConfigurer(RequestHeaderArguments arguments) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(arguments);
            }
        };
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
            @Value("${koploper.web.max-body-size:1MB}") DataSize maxBodySize, ProblemWriter problems) {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(maxBodySize, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10); // before security: an oversized body is refused unread
        return registration;
    }
}
