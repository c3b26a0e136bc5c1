package nl.koploper.platform.tenancy;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What a service tells the platform about itself.
 *
 * @param serviceName short name, e.g. {@code cohort}: names its databases ({@code cohort_<tenant>}), its consumer
 *                    group and the source of its events
 * @param apiPrefix   the path its API lives under, e.g. {@code /api/cohorts}
 */
@Validated
@ConfigurationProperties("koploper")
public record PlatformProperties(
        @Pattern(regexp = "[a-z][a-z0-9]{1,20}", message = "koploper.service-name must be a short lower-case name")
        String serviceName,
        String apiPrefix) {

    public PlatformProperties {
        if (serviceName == null) {
            throw new IllegalStateException("Set koploper.service-name (e.g. 'cohort'): it names the service's databases");
        }
    }
}
