package nl.koploper.platform.branding;

import java.time.Clock;
import nl.koploper.platform.gemeente.GemeenteRegistry;
import nl.koploper.platform.gemeente.GemeenteRegistryAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** {@link GemeenteLogos} for every service that has the gemeente registry. */
@AutoConfiguration(after = GemeenteRegistryAutoConfiguration.class)
@EnableConfigurationProperties(BrandingProperties.class)
public class BrandingAutoConfiguration {

    @Bean
    @ConditionalOnBean(GemeenteRegistry.class)
    @ConditionalOnMissingBean
    GemeenteLogos gemeenteLogos(GemeenteRegistry registry, BrandingProperties properties) {
        return new GemeenteLogos(registry, Clock.systemUTC(), properties.limits());
    }
}
