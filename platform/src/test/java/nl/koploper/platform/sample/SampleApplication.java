package nl.koploper.platform.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal service on the platform library, as a real service would use it: one tenant-scoped feature
 * ({@link Note}) and one public endpoint. The platform's tests drive it over HTTP.
 */
@SpringBootApplication(scanBasePackages = "nl.koploper.platform.sample")
class SampleApplication {
}
