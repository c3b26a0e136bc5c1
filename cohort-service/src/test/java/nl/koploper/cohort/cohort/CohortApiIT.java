package nl.koploper.cohort.cohort;

import static nl.koploper.test.TestTokens.bearer;
import static nl.koploper.cohort.CohortApi.cohortJson;
import static nl.koploper.cohort.CohortApi.id;
import static nl.koploper.test.TestTokens.newGemeente;
import static nl.koploper.cohort.CohortApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.koploper.cohort.CohortApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** The cohort endpoints: creation with Idempotency-Key, reads with ETag, paging, the lifecycle with If-Match, roles. */
@KoploperIntegrationTest
class CohortApiIT extends ServiceIntegrationTest {

    @Autowired
    MongoClient mongo;

    CohortApi api;
    String gemeente;
    String coordinator;

    @BeforeEach
    void aFreshGemeente() {
        api = new CohortApi(http);
        gemeente = gemeenten.newGemeente("cohorts");
        coordinator = bearer(gemeente, "coordinator");
    }

    private ResultActions create(String json) throws Exception {
        return api.postJson("/api/cohorts", coordinator, json);
    }

    private ResultActions createWithKey(String key, String json) throws Exception {
        return http.perform(post("/api/cohorts").header("Authorization", coordinator).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long storedCohorts() {
        return mongo.getDatabase("cohort_" + gemeente).getCollection("cohorts").countDocuments();
    }

    @Nested
    class Creating {

        @Test
        void aCoordinatorCreatesADraftCohortWithTheUsualLimitsByDefault() throws Exception {
            String id = id(create("""
                    {"name":"Koplopers Westerkwartier 2099","year":2099,
                     "registrationDeadline":"2099-03-01T23:59:00+01:00","assignmentDeadline":"2099-10-01T23:59:00+02:00"}""")
                    .andExpect(status().isCreated())
                    .andExpect(header().string("ETag", "\"0\""))
                    .andExpect(jsonPath("$.status").value("DRAFT"))
                    .andExpect(jsonPath("$.minimum").value(8))
                    .andExpect(jsonPath("$.maximum").value(15))
                    .andExpect(jsonPath("$.registrationDeadline").value("2099-03-01T23:59:00+01:00"))
                    .andExpect(jsonPath("$.requestKey").doesNotExist())
                    .andExpect(jsonPath("$.pendingEvents").doesNotExist()));

            http.perform(get("/api/cohorts/" + id).header("Authorization", coordinator))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"0\""))
                    .andExpect(jsonPath("$.name").value("Koplopers Westerkwartier 2099"));
        }

        @Test
        void aDeadlineWithoutAnOffsetIsAmsterdamTimeAndOneWithZTheSameInstant() throws Exception {
            create("""
                    {"name":"Koplopers Grootegast 2099","year":2099,
                     "registrationDeadline":"2099-03-01T23:59","assignmentDeadline":"2099-10-01T21:59:00Z"}""")
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.registrationDeadline").value("2099-03-01T23:59:00+01:00"))
                    .andExpect(jsonPath("$.assignmentDeadline").value("2099-10-01T23:59:00+02:00"));
        }

        @Test
        void theSameIdempotencyKeyAndBodyReturnTheSameCohort() throws Exception {
            String json = cohortJson("Koplopers 2099", 8, 15);
            String first = id(createWithKey("create-2099-a", json).andExpect(status().isCreated()));

            String replay = id(createWithKey("create-2099-a", json)
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Idempotent-Replayed", "true")));

            assertThat(replay).isEqualTo(first);
            assertThat(storedCohorts()).isEqualTo(1);
        }

        @Test
        void anIdempotencyKeyReusedForAnotherCohortIsAConflict() throws Exception {
            createWithKey("key-1", cohortJson("Koplopers 2099", 8, 15)).andExpect(status().isCreated());

            problem(createWithKey("key-1", cohortJson("Koplopers 2100", 8, 15)), 409)
                    .andExpect(jsonPath("$.rule").value("idempotency-key-reused"));
            assertThat(storedCohorts()).isEqualTo(1);
        }

        @Test
        void concurrentRequestsWithOneKeyMakeOneCohort() throws Exception {
            String json = cohortJson("Koplopers 2099", 8, 15);
            CyclicBarrier together = new CyclicBarrier(4);
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<String>> ids = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    ids.add(threads.submit(() -> {
                        together.await();
                        return id(createWithKey("same-key", json).andExpect(status().isCreated()));
                    }));
                }
                List<String> answered = new ArrayList<>();
                for (Future<String> id : ids) {
                    answered.add(id.get());
                }
                assertThat(answered).containsOnly(answered.get(0));
            } finally {
                threads.shutdownNow();
            }
            assertThat(storedCohorts()).isEqualTo(1);
        }

        @Test
        void theKeyIsBackedByAUniqueIndexInTheGemeentesDatabase() throws Exception {
            api.createCohort(gemeente, 8, 15);
            List<org.bson.Document> indexes = mongo.getDatabase("cohort_" + gemeente).getCollection("cohorts")
                    .listIndexes().into(new ArrayList<>());
            assertThat(indexes).anySatisfy(index -> {
                assertThat(index.get("key", org.bson.Document.class)).containsOnlyKeys("requestKey");
                assertThat(index.getBoolean("unique")).isTrue();
            });
        }

        @Test
        void theSameKeyInAnotherGemeenteIsAnotherCohort() throws Exception {
            String json = cohortJson("Koplopers 2099", 8, 15);
            String ours = id(createWithKey("shared-key", json));
            String theirs = id(http.perform(post("/api/cohorts").header("Authorization",
                            bearer(gemeenten.newGemeente("other"), "coordinator")).header("Idempotency-Key", "shared-key")
                    .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isCreated()));
            assertThat(theirs).isNotEqualTo(ours);
        }
    }

    @Nested
    class BadInput {

        @Test
        void missingAndOutOfRangeFieldsAreListed() throws Exception {
            problem(create("""
                    {"name":" ","year":1999,"minimum":0,"maximum":101}"""), 400)
                    .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "year", "minimum", "maximum",
                            "registrationDeadline", "assignmentDeadline")));
            assertThat(storedCohorts()).isZero();
        }

        @Test
        void deadlinesThatAreNoDateTimeOrInTheWrongOrderAreFieldErrors() throws Exception {
            problem(create("""
                    {"name":"K","year":2099,"registrationDeadline":"1 maart 2099",
                     "assignmentDeadline":"next year"}"""), 400)
                    .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("registrationDeadline",
                            "assignmentDeadline")));
            problem(create("""
                    {"name":"K","year":2099,"minimum":9,"maximum":8,"registrationDeadline":"2099-10-01T00:00:00Z",
                     "assignmentDeadline":"2099-03-01T00:00:00Z"}"""), 400)
                    .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("minimum", "assignmentDeadline")));
            assertThat(storedCohorts()).isZero();
        }

        @Test
        void unreadableBodiesAndBadHeadersAreBadRequests() throws Exception {
            problem(create("{\"name\":"), 400);
            problem(create("{\"name\":\"K\",\"year\":\"soon\"}"), 400);
            problem(createWithKey("x".repeat(201), cohortJson("K", 8, 15)), 400)
                    .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
            assertThat(storedCohorts()).isZero();
        }

        @Test
        void aCancellationNeedsAReason() throws Exception {
            String id = api.createCohort(gemeente, 8, 15);
            problem(api.postJson("/api/cohorts/" + id + "/cancel", coordinator, "{\"reason\":\"\"}"), 400)
                    .andExpect(jsonPath("$.errors[0].field").value("reason"));
            problem(http.perform(post("/api/cohorts/" + id + "/cancel").header("Authorization", coordinator)), 400);
            http.perform(get("/api/cohorts/" + id).header("Authorization", coordinator))
                    .andExpect(jsonPath("$.status").value("DRAFT"));
        }

        @Test
        void pagingParametersAreChecked() throws Exception {
            problem(http.perform(get("/api/cohorts").param("size", "101").header("Authorization", coordinator)), 400)
                    .andExpect(jsonPath("$.errors[0].field").value("size"));
            problem(http.perform(get("/api/cohorts").param("page", "-1").header("Authorization", coordinator)), 400);
            problem(http.perform(get("/api/cohorts").param("size", "many").header("Authorization", coordinator)), 400);
        }

        @Test
        void unknownCohortsAreNotFound() throws Exception {
            problem(http.perform(get("/api/cohorts/nope").header("Authorization", coordinator)), 404);
            for (String step : List.of("open", "start", "complete")) {
                problem(http.perform(post("/api/cohorts/nope/" + step).header("Authorization", coordinator)), 404);
            }
            problem(api.postJson("/api/cohorts/nope/cancel", coordinator, "{\"reason\":\"Te weinig animo\"}"), 404);
        }
    }

    @Nested
    class Listing {

        @Test
        void pagesAreNewestFirst() throws Exception {
            List<String> created = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                created.add(api.createCohort(gemeente, 8, 15));
            }

            http.perform(get("/api/cohorts").param("page", "0").param("size", "2").header("Authorization", coordinator))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].id", contains(created.get(4), created.get(3))))
                    .andExpect(jsonPath("$.totalElements").value(5))
                    .andExpect(jsonPath("$.totalPages").value(3));
            http.perform(get("/api/cohorts").param("page", "2").param("size", "2").header("Authorization", coordinator))
                    .andExpect(jsonPath("$.content[*].id", contains(created.get(0))));
            http.perform(get("/api/cohorts").param("page", "3").param("size", "2").header("Authorization", coordinator))
                    .andExpect(jsonPath("$.content.length()").value(0));
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void aStaleIfMatchIsAPreconditionFailureAndChangesNothing() throws Exception {
            String id = api.createCohort(gemeente, 1, 15);
            http.perform(post("/api/cohorts/" + id + "/open").header("Authorization", coordinator)
                            .header("If-Match", "\"0\""))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"1\""));

            problem(http.perform(post("/api/cohorts/" + id + "/cancel").header("Authorization", coordinator)
                    .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\":\"Te weinig animo\"}")), 412);
            problem(http.perform(post("/api/cohorts/" + id + "/start").header("Authorization", coordinator)
                    .header("If-Match", "\"not-a-version\"")), 412);

            http.perform(get("/api/cohorts/" + id).header("Authorization", coordinator))
                    .andExpect(header().string("ETag", "\"1\""))
                    .andExpect(jsonPath("$.status").value("OPEN"));
        }

        @Test
        void aBrokenRuleIsAConflictNamingTheRule() throws Exception {
            String id = api.openCohort(gemeente, 8, 15);
            problem(http.perform(post("/api/cohorts/" + id + "/start").header("Authorization", coordinator)), 409)
                    .andExpect(jsonPath("$.rule").value("cohort-minimum-participants"));
            problem(http.perform(post("/api/cohorts/" + id + "/complete").header("Authorization", coordinator)), 409)
                    .andExpect(jsonPath("$.rule").value("cohort-not-started"));
            problem(http.perform(post("/api/cohorts/" + id + "/open").header("Authorization", coordinator)), 409)
                    .andExpect(jsonPath("$.rule").value("cohort-not-draft"));
        }

        @Test
        void aCancelledCohortKeepsItsReason() throws Exception {
            String id = api.openCohort(gemeente, 8, 15);
            api.postJson("/api/cohorts/" + id + "/cancel", coordinator, "{\"reason\":\"Te weinig animo\"}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("CANCELLED"))
                    .andExpect(jsonPath("$.cancellationReason").value("Te weinig animo"));
            problem(api.postJson("/api/cohorts/" + id + "/cancel", coordinator, "{\"reason\":\"Nogmaals\"}"), 409)
                    .andExpect(jsonPath("$.rule").value("cohort-already-cancelled"));
        }
    }

    @Nested
    class Roles {

        @ParameterizedTest
        @ValueSource(strings = {"participant", "advisor", "jury"})
        void onlyACoordinatorCreatesOrRunsACohort(String role) throws Exception {
            String id = api.createCohort(gemeente, 1, 15);
            String other = bearer(gemeente, role);

            problem(api.postJson("/api/cohorts", other, cohortJson("K", 8, 15)), 403);
            for (String step : List.of("open", "start", "complete")) {
                problem(http.perform(post("/api/cohorts/" + id + "/" + step).header("Authorization", other)), 403);
            }
            problem(api.postJson("/api/cohorts/" + id + "/cancel", other, "{\"reason\":\"Zomaar\"}"), 403);
            problem(http.perform(get("/api/cohorts").header("Authorization", other)), 403);
            problem(http.perform(get("/api/cohorts/" + id).header("Authorization", other)), 403);

            assertThat(storedCohorts()).isEqualTo(1);
            http.perform(get("/api/cohorts/" + id).header("Authorization", coordinator))
                    .andExpect(jsonPath("$.status").value("DRAFT"));
        }

        @Test
        void withoutATokenNothingIsAnswered() throws Exception {
            problem(http.perform(get("/api/cohorts")), 401);
            problem(http.perform(post("/api/cohorts").contentType(MediaType.APPLICATION_JSON)
                    .content(cohortJson("K", 8, 15))), 401);
        }

        @Test
        void aPlatformAdminReadsAGemeentesCohortsByNamingIt() throws Exception {
            String id = api.createCohort(gemeente, 8, 15);
            http.perform(get("/api/cohorts/" + id).param("tenant", gemeente)
                            .header("Authorization", "Bearer " + nl.koploper.test.TestTokens.platformAdmin()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.detail").doesNotExist())
                    .andExpect(jsonPath("$.id").value(id));
        }
    }
}
