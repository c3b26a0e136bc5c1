package nl.koploper.cohort.registration;

import static nl.koploper.test.TestTokens.bearer;
import static nl.koploper.cohort.CohortApi.registrationJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.koploper.cohort.CohortApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Registrations racing for the last place, as real concurrent requests released together. What the users expect:
 * exactly one gets the place and the other is put on the waiting list, both told so with a 201. Nobody gets a
 * "try again" error, and no place is given twice. The cohort document's version check decides the race; the loser
 * is retried against the new state (see CohortStore).
 */
@KoploperIntegrationTest
class LastPlaceRaceIT extends ServiceIntegrationTest {

    CohortApi api;
    String gemeente;
    ExecutorService threads;

    @BeforeEach
    void setUp() {
        api = new CohortApi(http);
        gemeente = gemeenten.newGemeente("race");
        threads = Executors.newFixedThreadPool(8);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }

    @RepeatedTest(3)
    void twoRegistrationsForTheLastPlaceGiveOnePlaceAndOneWaitingListSpot() throws Exception {
        String cohortId = api.openCohort(gemeente, 1, 3);
        api.register(gemeente, cohortId, 1);
        api.register(gemeente, cohortId, 2);

        List<MockHttpServletResponse> answers = race(cohortId, 3, 4);

        assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(201);
        assertThat(answers).extracting(answer -> (String) JsonPath.read(body(answer), "$.status"))
                .containsExactlyInAnyOrder("PLACED", "WAITLISTED");
        assertPlacedAndWaiting(cohortId, 3, 1);
    }

    @Test
    void aBurstOfRegistrationsFillsThePlacesExactlyAndQueuesTheRestInOneOrder() throws Exception {
        String cohortId = api.openCohort(gemeente, 1, 2);

        List<MockHttpServletResponse> answers = race(cohortId, 1, 2, 3, 4, 5, 6, 7, 8);

        assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(201);
        assertThat(answers).extracting(answer -> (String) JsonPath.read(body(answer), "$.status"))
                .containsOnly("PLACED", "WAITLISTED").filteredOn("PLACED"::equals).hasSize(2);
        List<Integer> positions = new ArrayList<>();
        for (MockHttpServletResponse answer : answers) {
            Integer position = JsonPath.read(body(answer), "$.waitlistPosition");
            if (position != null) {
                positions.add(position);
            }
        }
        assertThat(positions).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        assertPlacedAndWaiting(cohortId, 2, 6);
    }

    /** Sends one registration per organisation number, all released at the same moment from their own threads. */
    private List<MockHttpServletResponse> race(String cohortId, int... organisations) throws Exception {
        CyclicBarrier together = new CyclicBarrier(organisations.length);
        String coordinator = bearer(gemeente, "coordinator");
        List<Future<MockHttpServletResponse>> pending = new ArrayList<>();
        for (int n : organisations) {
            pending.add(threads.submit(() -> {
                together.await(30, TimeUnit.SECONDS);
                return http.perform(post("/api/cohorts/" + cohortId + "/participants")
                                .header("Authorization", coordinator)
                                .contentType(MediaType.APPLICATION_JSON).content(registrationJson(n)))
                        .andReturn().getResponse();
            }));
        }
        List<MockHttpServletResponse> answers = new ArrayList<>();
        for (Future<MockHttpServletResponse> answer : pending) {
            answers.add(answer.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    private void assertPlacedAndWaiting(String cohortId, int placed, int waiting) throws Exception {
        String cohort = http.perform(get("/api/cohorts/" + cohortId)
                .header("Authorization", bearer(gemeente, "coordinator"))).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(cohort, "$.placed")).isEqualTo(placed);
        assertThat((Integer) JsonPath.read(cohort, "$.waitlisted")).isEqualTo(waiting);
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString();
    }
}
