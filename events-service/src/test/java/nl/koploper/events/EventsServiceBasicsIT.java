package nl.koploper.events;

import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceBasicsIT;

@KoploperIntegrationTest
class EventsServiceBasicsIT extends ServiceBasicsIT {

    @Override
    protected String serviceName() {
        return "events";
    }

    @Override
    protected String apiPrefix() {
        return "/api/meetings";
    }
}
