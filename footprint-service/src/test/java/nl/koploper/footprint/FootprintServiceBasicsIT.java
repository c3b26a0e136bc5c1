package nl.koploper.footprint;

import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceBasicsIT;

@KoploperIntegrationTest
class FootprintServiceBasicsIT extends ServiceBasicsIT {

    @Override
    protected String serviceName() {
        return "footprint";
    }

    @Override
    protected String apiPrefix() {
        return "/api/footprints";
    }
}
