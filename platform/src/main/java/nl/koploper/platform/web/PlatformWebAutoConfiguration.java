package nl.koploper.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/** Problem+json for every error, the body size limit and the whoami endpoint. */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@Import({ProblemDetailsAdvice.class, ProblemErrorController.class, WhoAmIController.class})
public class PlatformWebAutoConfiguration {

    @Bean
    ProblemWriter problemWriter(JsonMapper jsonMapper) {
        return new ProblemWriter(jsonMapper);
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
