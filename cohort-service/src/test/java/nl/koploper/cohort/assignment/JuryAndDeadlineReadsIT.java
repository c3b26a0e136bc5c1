package nl.koploper.cohort.assignment;

import static nl.koploper.cohort.CohortApi.contactEmail;
import static nl.koploper.cohort.CohortApi.participantBearer;
import static nl.koploper.cohort.CohortApi.problem;
import static nl.koploper.test.TestTokens.bearer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koploper.cohort.CohortApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The two reads a juror and a participant need besides the hand-ins: the juror's list of the groups it judges
 * ({@code GET /api/cohorts/judging}) and a group's name and assignment deadline ({@code GET .../assignment}). Each
 * answers only within the caller's gemeente and only about groups the caller belongs to.
 */
@KoploperIntegrationTest
class JuryAndDeadlineReadsIT extends ServiceIntegrationTest {

    static final String JUROR = "jurylid@example.nl";
    static final String OTHER_JUROR = "ander.jurylid@example.nl";

    CohortApi api;
    String gemeente;
    String coordinator;
    /** Started, three placed participants, judged by JUROR and OTHER_JUROR. */
    String started;
    /** A draft of an earlier year whose assignment deadline has passed, judged by JUROR only. */
    String earlier;
    /** A draft judged by OTHER_JUROR only. */
    String notMine;

    @BeforeEach
    void threeGroupsWithDifferentJuries() throws Exception {
        api = new CohortApi(http);
        gemeente = gemeenten.newGemeente("jurylijst");
        coordinator = bearer(gemeente, "coordinator");
        started = api.openCohort(gemeente, 1, 15);
        for (int n = 1; n <= 3; n++) {
            api.register(gemeente, started, n);
        }
        http.perform(post("/api/cohorts/" + started + "/start").header("Authorization", coordinator))
                .andExpect(status().isOk());
        assignJury(gemeente, started, JUROR, OTHER_JUROR.toUpperCase());
        earlier = CohortApi.id(api.postJson("/api/cohorts", coordinator, """
                {"name":"Koplopers 2021","year":2021,"minimum":1,"maximum":15,
                 "registrationDeadline":"2021-03-01T23:59:00+01:00",
                 "assignmentDeadline":"2021-10-01T23:59:00+02:00"}""").andExpect(status().isCreated()));
        assignJury(gemeente, earlier, JUROR.toUpperCase());
        notMine = api.createCohort(gemeente, 1, 15);
        assignJury(gemeente, notMine, OTHER_JUROR);
    }

    void assignJury(String gemeente, String cohortId, String... jurors) throws Exception {
        http.perform(put("/api/cohorts/" + cohortId + "/jury").header("Authorization", bearer(gemeente, "coordinator"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"jurors\":[\"" + String.join("\",\"", jurors) + "\"]}"))
                .andExpect(status().isOk());
    }

    static String juror(String gemeente, String email) {
        return "Bearer " + TestTokens.tokenWithEmail(gemeente, email, "jury");
    }

    ResultActions read(String path, String authorization) throws Exception {
        return http.perform(get(path).header("Authorization", authorization));
    }

    @Nested
    class Judging {

        @Test
        void aJurorListsTheGroupsItIsOnLatestYearFirstWithDeadlineAndScoringState() throws Exception {
            read("/api/cohorts/judging", juror(gemeente, JUROR))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].id", contains(started, earlier)))
                    .andExpect(jsonPath("$[0].name").value("Koplopers " + gemeente))
                    .andExpect(jsonPath("$[0].year").value(2099))
                    .andExpect(jsonPath("$[0].assignmentDeadline").value(CohortApi.ASSIGNMENT_DEADLINE))
                    .andExpect(jsonPath("$[0].deadlinePassed").value(false))
                    .andExpect(jsonPath("$[0].scoringClosedAt").doesNotExist())
                    .andExpect(jsonPath("$[1].name").value("Koplopers 2021"))
                    .andExpect(jsonPath("$[1].deadlinePassed").value(true))
                    // Nothing about who takes part.
                    .andExpect(jsonPath("$[0].placed").doesNotExist())
                    .andExpect(jsonPath("$[0].jurors").doesNotExist());
            read("/api/cohorts/judging", juror(gemeente, OTHER_JUROR))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].id", containsInAnyOrder(started, notMine)));
        }

        @Test
        void aJurorOnNoJuryGetsAnEmptyList() throws Exception {
            read("/api/cohorts/judging", juror(gemeente, "niet.in.een.jury@example.nl"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(0));
        }

        @Test
        void anotherGemeentesGroupsAreNeverListedEvenForTheSameAddress() throws Exception {
            String other = gemeenten.newGemeente("andere-jury");
            String theirs = api.createCohort(other, 1, 15);
            assignJury(other, theirs, JUROR);
            read("/api/cohorts/judging", juror(gemeente, JUROR))
                    .andExpect(jsonPath("$[*].id", contains(started, earlier)));
            read("/api/cohorts/judging", juror(other, JUROR))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].id", contains(theirs)));
        }

        @Test
        void isTheJurorsReadOnly() throws Exception {
            problem(read("/api/cohorts/judging", coordinator), 403);
            problem(read("/api/cohorts/judging", participantBearer(gemeente, contactEmail(1))), 403);
        }
    }

    @Nested
    class Assignment {

        String path(String cohortId) {
            return "/api/cohorts/" + cohortId + "/assignment";
        }

        @Test
        void aPlacedParticipantReadsItsOwnGroupsNameAndDeadline() throws Exception {
            read(path(started), participantBearer(gemeente, contactEmail(2).toUpperCase()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value(started))
                    .andExpect(jsonPath("$.name").value("Koplopers " + gemeente))
                    .andExpect(jsonPath("$.year").value(2099))
                    .andExpect(jsonPath("$.assignmentDeadline").value(CohortApi.ASSIGNMENT_DEADLINE))
                    .andExpect(jsonPath("$.deadlinePassed").value(false))
                    .andExpect(jsonPath("$.placed").doesNotExist());
        }

        @Test
        void anotherGroupsOrGemeentesParticipantFindsNothing() throws Exception {
            problem(read(path(earlier), participantBearer(gemeente, contactEmail(1))), 404);
            problem(read(path(started), participantBearer(gemeente, contactEmail(9))), 404);
            String other = gemeenten.newGemeente("andere-deelnemer");
            problem(read(path(started), participantBearer(other, contactEmail(1))), 404);
            problem(read(path(started), bearer(other, "coordinator")), 404);
            problem(read(path(started), juror(other, JUROR)), 404);
        }

        @Test
        void theGroupsJurorsAndCoordinatorReadItTooAndNoOtherJuror() throws Exception {
            read(path(earlier), juror(gemeente, JUROR))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value("Koplopers 2021"))
                    .andExpect(jsonPath("$.deadlinePassed").value(true));
            read(path(notMine), coordinator).andExpect(status().isOk());
            problem(read(path(notMine), juror(gemeente, JUROR)), 404);
        }

        @Test
        void whatIsNotACohortIdIs400() throws Exception {
            problem(read(path("not-an-id"), participantBearer(gemeente, contactEmail(1))), 400)
                    .andExpect(jsonPath("$.errors[0].field").value("cohortId"));
            problem(read(path(started.toUpperCase() + "x"), coordinator), 400);
        }
    }
}
