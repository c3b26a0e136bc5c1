package nl.koploper.assessment.catalogue;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * Loads the two catalogue files at start-up. A file with any invalid entry stops the service from starting: better no
 * service than profiles built on a catalogue with holes.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    static final String ISSUES = "catalogue/iso26000-issues.json";
    static final String RECOMMENDATIONS = "catalogue/recommendations.json";

    @Bean
    IssueCatalogue issueCatalogue() throws IOException {
        try (InputStream json = new ClassPathResource(ISSUES).getInputStream()) {
            return IssueCatalogue.load(json, ISSUES);
        }
    }

    @Bean
    RecommendationCatalogue recommendationCatalogue(IssueCatalogue issues) throws IOException {
        try (InputStream json = new ClassPathResource(RECOMMENDATIONS).getInputStream()) {
            return RecommendationCatalogue.load(json, RECOMMENDATIONS, issues).requireCoverage(RECOMMENDATIONS, issues);
        }
    }
}
