package nl.koploper.footprint;

import nl.koploper.test.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The platform's architecture rules ({@link ArchitectureRules}) on this service's production classes. */
class ArchitectureTest {

    @Test
    void followsThePlatformsArchitectureRules() {
        ArchitectureRules.checkService("nl.koploper.footprint");
    }
}
