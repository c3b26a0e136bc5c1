package nl.koploper.cohort;

import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceBasicsIT;

@KoploperIntegrationTest
class CohortServiceBasicsIT extends ServiceBasicsIT {

    @Override
    protected String serviceName() {
        return "cohort";
    }

    @Override
    protected String apiPrefix() {
        return "/api/cohorts";
    }
}
