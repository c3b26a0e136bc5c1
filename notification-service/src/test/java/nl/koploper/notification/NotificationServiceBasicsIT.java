package nl.koploper.notification;

import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceBasicsIT;

@KoploperIntegrationTest
class NotificationServiceBasicsIT extends ServiceBasicsIT {

    @Override
    protected String serviceName() {
        return "notification";
    }

    @Override
    protected String apiPrefix() {
        return "/api/notifications";
    }
}
