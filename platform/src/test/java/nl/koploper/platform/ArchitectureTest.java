package nl.koploper.platform;

import nl.koploper.test.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The services' architecture rules ({@link ArchitectureRules}) hold for the platform library too: it uses no class of
 * any service (only itself and the contracts), and its own controllers (whoami, dead letters) touch no storage.
 */
class ArchitectureTest {

    @Test
    void followsThePlatformsArchitectureRules() {
        ArchitectureRules.checkService("nl.koploper.platform");
    }
}
