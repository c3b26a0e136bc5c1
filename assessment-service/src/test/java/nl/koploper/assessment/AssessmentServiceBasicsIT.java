package nl.koploper.assessment;

import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceBasicsIT;

@KoploperIntegrationTest
class AssessmentServiceBasicsIT extends ServiceBasicsIT {

    @Override
    protected String serviceName() {
        return "assessment";
    }

    @Override
    protected String apiPrefix() {
        return "/api/assessments";
    }
}
