package nl.koploper.assessment.footprint;

import static nl.koploper.assessment.AssessmentApi.CASES;
import static nl.koploper.assessment.AssessmentApi.coordinator;
import static nl.koploper.assessment.AssessmentApi.footprintJson;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Duration;
import java.util.UUID;
import nl.koploper.assessment.AssessmentApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Footprints as footprint-service publishes them on {@code footprint.events.v1}: the organisation's case shows the
 * baseline (the first year seen, or the year the coordinator sets), always its newest version; a redelivered or older
 * version changes nothing, and a footprint that arrives before the case is kept for it.
 */
@KoploperIntegrationTest
class FootprintEventsIT extends ServiceIntegrationTest {

    @Test
    void theBaselineIsTheFirstYearSeenInItsNewestVersionUnlessTheCoordinatorNamesAnother() throws Exception {
        AssessmentApi api = new AssessmentApi(http, bootstrapServers);
        String gemeente = gemeenten.newGemeente("footprint");
        String caseId = UUID.randomUUID().toString();
        // The footprint arrives before the cohort event that opens the case.
        String first = UUID.randomUUID().toString();
        api.sendFootprint(gemeente, caseId, first, footprintJson(gemeente, caseId, 2098, 1, "100", "200", "300"));
        api.sendCohortEvent(gemeente, "c-1", UUID.randomUUID().toString(), "participant-registered",
                AssessmentApi.registeredJson(gemeente, "c-1", caseId, "Transport BV", "4941", 30,
                        "t@example.nl", false));
        api.awaitCase(gemeente, caseId);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> api.read(CASES + "/" + caseId,
                        coordinator(gemeente))
                .andExpect(jsonPath("$.baselineFootprint.year").value(2098))
                .andExpect(jsonPath("$.baselineFootprint.perThemeKg.BUSINESS_TRANSPORT").value(300)));

        // The coordinator names 2099 (nothing known yet); then version 3 of 2098, a late version 2 and a redelivered
        // version 1, and last 2099's footprint. One organisation's events share a partition, so once 2099 shows,
        // the ones before it have been handled.
        api.putJson(CASES + "/" + caseId + "/baseline-year", coordinator(gemeente), "{\"year\":2099}")
                .andExpect(jsonPath("$.baselineYear").value(2099))
                .andExpect(jsonPath("$.baselineFootprint").doesNotExist());
        api.sendFootprint(gemeente, caseId, UUID.randomUUID().toString(),
                footprintJson(gemeente, caseId, 2098, 3, "110", "210", "333"));
        api.sendFootprint(gemeente, caseId, UUID.randomUUID().toString(),
                footprintJson(gemeente, caseId, 2098, 2, "999", "999", "999"));
        api.sendFootprint(gemeente, caseId, first, footprintJson(gemeente, caseId, 2098, 1, "100", "200", "300"));
        api.sendFootprint(gemeente, caseId, UUID.randomUUID().toString(),
                footprintJson(gemeente, caseId, 2099, 1, "50", "60", "70"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> api.read(CASES + "/" + caseId,
                        coordinator(gemeente))
                .andExpect(jsonPath("$.baselineFootprint.year").value(2099))
                .andExpect(jsonPath("$.baselineFootprint.perThemeKg.ELECTRICITY").value(50))
                .andExpect(jsonPath("$.baselineFootprint.resultId").value(caseId + ":2099:1")));

        api.putJson(CASES + "/" + caseId + "/baseline-year", coordinator(gemeente), "{\"year\":null}")
                .andExpect(jsonPath("$.baselineFootprint.year").value(2098))
                .andExpect(jsonPath("$.baselineFootprint.footprintVersion").value(3))
                .andExpect(jsonPath("$.baselineFootprint.scope1Kg").value(210))
                .andExpect(jsonPath("$.baselineFootprint.perThemeKg.BUSINESS_TRANSPORT").value(333));
    }
}
