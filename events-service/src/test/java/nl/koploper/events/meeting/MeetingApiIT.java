package nl.koploper.events.meeting;

import static nl.koploper.events.MeetingApi.END;
import static nl.koploper.events.MeetingApi.START;
import static nl.koploper.events.MeetingApi.coordinator;
import static nl.koploper.events.MeetingApi.meetingJson;
import static nl.koploper.events.MeetingApi.problem;
import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import nl.koploper.events.MeetingApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The coordinator's meeting API over HTTP: planning, the lifecycle with If-Match, bad input, roles. */
@KoploperIntegrationTest
class MeetingApiIT extends ServiceIntegrationTest {

    /** The last Sunday of March 2099, when the clocks skip 02:00-03:00 in Amsterdam. */
    static final LocalDate SPRING_FORWARD = LocalDate.of(2099, 3, 31)
            .with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));

    MeetingApi api;
    String gemeente;
    String coordinator;

    @BeforeEach
    void aGemeenteOfItsOwn() {
        api = new MeetingApi(http);
        gemeente = gemeenten.newGemeente("mt");
        coordinator = coordinator(gemeente);
    }

    @Nested
    class Planning {

        @Test
        void schedulingInvitesEveryoneAndAnswersWithTheVersion() throws Exception {
            api.postJson("/api/meetings", coordinator, meetingJson("cohort-1", 20, 2, false))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("ETag", "\"0\""))
                    .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/meetings/")))
                    .andExpect(jsonPath("$.status").value("SCHEDULED"))
                    .andExpect(jsonPath("$.start").value("2099-06-12T10:00:00+02:00"))
                    .andExpect(jsonPath("$.zone").value("Europe/Amsterdam"))
                    .andExpect(jsonPath("$.sequence").value(0))
                    .andExpect(jsonPath("$.placesLeft").value(20))
                    .andExpect(jsonPath("$.invitations.length()").value(3))
                    .andExpect(jsonPath("$.invitations[2].kind").value("GUEST"));
        }

        @Test
        void theSameWallClockTimeGetsTheOffsetOfItsDay() throws Exception {
            String before = SPRING_FORWARD.minusDays(1) + "T10:00";
            String after = SPRING_FORWARD + "T10:00";
            api.postJson("/api/meetings", coordinator, meetingJson("cohort-1", null, 1, false)
                            .replace(START, before).replace(END, SPRING_FORWARD.minusDays(1) + "T12:00"))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.start").value(before + ":00+01:00"));
            api.postJson("/api/meetings", coordinator, meetingJson("cohort-1", null, 1, false)
                            .replace(START, after).replace(END, SPRING_FORWARD + "T12:00"))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.start").value(after + ":00+02:00"));
        }

        @Test
        void anInstantWithZOrAnOffsetIsTheAmsterdamTimeOfThatInstant() throws Exception {
            // 08:00 UTC on 12 June is 10:00 in Amsterdam (summer time): all three name the same start.
            for (String start : List.of("2099-06-12T08:00Z", "2099-06-12T10:00+02:00", "2099-06-12T09:00+01:00")) {
                api.postJson("/api/meetings", coordinator, meetingJson("cohort-1", null, 1, false)
                                .replace(START, start).replace(END, "2099-06-12T12:00"))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.start").value("2099-06-12T10:00:00+02:00"));
            }
            api.postJson("/api/meetings", coordinator, meetingJson("cohort-1", null, 1, false)
                            .replace(START, "12 juni 10 uur"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("start"));
        }

        @Test
        void aProposedMeetingWaitsForConfirmation() throws Exception {
            String id = MeetingApi.id(api.postJson("/api/meetings", coordinator, meetingJson("cohort-1", 20, 2, true))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.status").value("DRAFT")));
            http.perform(post("/api/meetings/" + id + "/confirm").header("Authorization", coordinator)
                            .header("If-Match", "\"0\""))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"1\""))
                    .andExpect(jsonPath("$.status").value("SCHEDULED"));
            problem(http.perform(post("/api/meetings/" + id + "/confirm").header("Authorization", coordinator)), 409)
                    .andExpect(jsonPath("$.rule").value("meeting-not-draft"));
        }

        @Test
        void theListIsPagedAndFiltersByCohort() throws Exception {
            for (int n = 0; n < 3; n++) {
                api.postJson("/api/meetings", coordinator, meetingJson("cohort-1", 20, 1, false))
                        .andExpect(status().isCreated());
            }
            api.postJson("/api/meetings", coordinator, meetingJson("cohort-2", 20, 1, false))
                    .andExpect(status().isCreated());
            http.perform(get("/api/meetings").param("cohortId", "cohort-1").param("size", "2")
                            .header("Authorization", coordinator))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content.length()").value(2))
                    .andExpect(jsonPath("$.totalElements").value(3))
                    .andExpect(jsonPath("$.totalPages").value(2));
            http.perform(get("/api/meetings").header("Authorization", coordinator))
                    .andExpect(jsonPath("$.totalElements").value(4));
        }
    }

    @Nested
    class Changing {

        @Test
        void aStaleIfMatchIsRefusedAndChangesNothing() throws Exception {
            String id = api.schedule(gemeente, 20, 2);
            String moved = "{\"start\":\"2099-06-19T14:00\",\"end\":\"2099-06-19T16:00\","
                    + "\"location\":{\"onlineUrl\":\"https://meet.example.nl/koplopers\"}}";
            api.postJson("/api/meetings/" + id + "/reschedule", coordinator, moved);
            // Now at version 1: a client that still holds "0" decided on what it saw then.
            problem(http.perform(post("/api/meetings/" + id + "/reschedule").header("Authorization", coordinator)
                    .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                    .content(moved.replace("14:00", "15:00"))), 412);
            problem(http.perform(post("/api/meetings/" + id + "/cancel").header("Authorization", coordinator)
                    .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\":\"Ziek\"}")), 412);
            http.perform(get("/api/meetings/" + id).header("Authorization", coordinator))
                    .andExpect(header().string("ETag", "\"1\""))
                    .andExpect(jsonPath("$.status").value("SCHEDULED"))
                    .andExpect(jsonPath("$.start").value("2099-06-19T14:00:00+02:00"))
                    .andExpect(jsonPath("$.sequence").value(1));
        }

        @Test
        void rescheduleAndCancelWithTheCurrentVersion() throws Exception {
            String id = api.schedule(gemeente, 20, 2);
            http.perform(post("/api/meetings/" + id + "/reschedule").header("Authorization", coordinator)
                            .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"start\":\"2099-12-11T10:00\",\"end\":\"2099-12-11T12:00\","
                                    + "\"location\":{\"address\":\"Stadhuis, Leek\"}}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.start").value("2099-12-11T10:00:00+01:00"))
                    .andExpect(jsonPath("$.location.address").value("Stadhuis, Leek"))
                    .andExpect(jsonPath("$.sequence").value(1));
            http.perform(post("/api/meetings/" + id + "/cancel").header("Authorization", coordinator)
                            .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"reason\":\"Te weinig aanmeldingen\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("CANCELLED"))
                    .andExpect(jsonPath("$.cancellationReason").value("Te weinig aanmeldingen"));
        }

        @Test
        void attendanceIsReadablePerInviteeAndRecordedOnlyOnceTheMeetingStarted() throws Exception {
            String id = api.schedule(gemeente, 20, 2);
            String invitation = api.invitationIds(gemeente, id).get(0);
            http.perform(get("/api/meetings/" + id + "/attendance").header("Authorization", coordinator))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.summary.invited").value(3))
                    .andExpect(jsonPath("$.summary.notRecorded").value(3))
                    .andExpect(jsonPath("$.invitees[0].attendance").value("NOT_RECORDED"));
            problem(api.postJson("/api/meetings/" + id + "/attendance", coordinator,
                    "{\"marks\":[{\"invitationId\":\"" + invitation + "\",\"present\":true}]}"), 409)
                    .andExpect(jsonPath("$.rule").value("attendance-before-start"));
        }
    }

    @Nested
    class BadInput {

        @Test
        void aTimeThatDoesNotExistOnTheSpringForwardDayNamesTheField() throws Exception {
            String json = meetingJson("cohort-1", 20, 1, false)
                    .replace(START, SPRING_FORWARD + "T02:30").replace(END, SPRING_FORWARD + "T04:00");
            problem(api.postJson("/api/meetings", coordinator, json), 400)
                    .andExpect(jsonPath("$.errors[0].field").value("start"))
                    .andExpect(jsonPath("$.errors[0].code").value("non-existent-local-time"));
            assertThat(api.meetingCount(gemeente)).isZero();
        }

        @Test
        void everyWrongFieldIsNamedAtOnceAndNothingIsStored() throws Exception {
            problem(api.postJson("/api/meetings", coordinator, "{}"), 400)
                    .andExpect(jsonPath("$.errors[*].field",
                            hasItems("cohortId", "type", "title", "start", "end", "location")));
            problem(api.postJson("/api/meetings", coordinator, meetingJson("cohort-1", 0, 1, false)
                    .replace("contact1@example.nl", "geen-adres")
                    .replace("{\"address\":\"Grote Markt 1, 9712 HN Groningen\"}",
                            "{\"address\":\"Markt 1\",\"onlineUrl\":\"https://meet.example.nl\"}")
                    .replace("\"end\":\"" + END, "\"end\":\"" + START)), 400)
                    .andExpect(jsonPath("$.errors[*].field", hasItems("capacity", "location", "end",
                            "invitees.participants[0].email")));
            problem(api.postJson("/api/meetings", coordinator, meetingJson("cohort-1", 20, 1, false)
                    .replace("KNOWLEDGE_SESSION", "BARBECUE")), 400);
            problem(api.postJson("/api/meetings", coordinator, meetingJson("cohort-1", 20, 1, false)
                    .replace(START, "2099-13-01T10:00")), 400);
            problem(api.postJson("/api/meetings", coordinator, meetingJson("cohort-1", 20, 1, false)
                    .replace(START, "2000-01-01T10:00").replace(END, "2000-01-01T12:00")), 400)
                    .andExpect(jsonPath("$.errors[*].field", hasItem("start")));
            problem(api.postJson("/api/meetings", coordinator, "not json"), 400);
            assertThat(api.meetingCount(gemeente)).isZero();
        }

        @Test
        void badChangesAreRefusedAndTheMeetingStaysAsItWas() throws Exception {
            String id = api.schedule(gemeente, 20, 2);
            String etag = api.etag(gemeente, id);
            problem(api.postJson("/api/meetings/" + id + "/reschedule", coordinator,
                    "{\"start\":\"2099-06-19T14:00\",\"end\":\"2099-06-19T13:00\"}"), 400)
                    .andExpect(jsonPath("$.errors[*].field", hasItems("end", "location")));
            problem(api.postJson("/api/meetings/" + id + "/reschedule", coordinator,
                    "{\"start\":\"" + SPRING_FORWARD + "T02:15\",\"end\":\"" + SPRING_FORWARD
                            + "T05:00\",\"location\":{\"address\":\"Markt 1\"}}"), 400)
                    .andExpect(jsonPath("$.errors[0].field").value("start"));
            problem(api.postJson("/api/meetings/" + id + "/cancel", coordinator,
                    "{\"reason\":\"" + "x".repeat(1001) + "\"}"), 400);
            problem(api.postJson("/api/meetings/" + id + "/attendance", coordinator, "{\"marks\":[]}"), 400);
            problem(http.perform(post("/api/meetings/" + id + "/confirm").header("Authorization", coordinator)
                    .header("If-Match", "\"nonsense\"")), 412);
            problem(http.perform(get("/api/meetings").param("size", "0").header("Authorization", coordinator)), 400);
            problem(http.perform(get("/api/meetings").param("page", "x").header("Authorization", coordinator)), 400);
            problem(http.perform(get("/api/meetings/no-such-meeting").header("Authorization", coordinator)), 404);
            problem(http.perform(get("/api/meetings/no-such-meeting/attendance")
                    .header("Authorization", coordinator)), 404);
            http.perform(get("/api/meetings/" + id).header("Authorization", coordinator))
                    .andExpect(header().string("ETag", etag));
        }
    }

    @Nested
    class Roles {

        @Test
        void onlyTheCoordinatorPlansAndChangesMeetings() throws Exception {
            String id = api.schedule(gemeente, 20, 1);
            for (String role : List.of("participant", "advisor", "jury")) {
                String token = bearer(gemeente, role);
                problem(api.postJson("/api/meetings", token, meetingJson("cohort-1", 20, 1, false)), 403);
                problem(http.perform(get("/api/meetings").header("Authorization", token)), 403);
                problem(http.perform(get("/api/meetings/" + id).header("Authorization", token)), 403);
                problem(http.perform(get("/api/meetings/" + id + "/attendance").header("Authorization", token)), 403);
                problem(http.perform(post("/api/meetings/" + id + "/confirm").header("Authorization", token)), 403);
                problem(api.postJson("/api/meetings/" + id + "/reschedule", token,
                        "{\"start\":\"2099-06-19T14:00\",\"end\":\"2099-06-19T16:00\","
                                + "\"location\":{\"address\":\"Markt 1\"}}"), 403);
                problem(api.postJson("/api/meetings/" + id + "/cancel", token, "{}"), 403);
                problem(api.postJson("/api/meetings/" + id + "/attendance", token,
                        "{\"marks\":[{\"invitationId\":\"x\",\"present\":true}]}"), 403);
            }
            problem(http.perform(post("/api/meetings").contentType(MediaType.APPLICATION_JSON)
                    .content(meetingJson("cohort-1", 20, 1, false))), 401);
            assertThat(api.meetingCount(gemeente)).isEqualTo(1);
            http.perform(get("/api/meetings/" + id).header("Authorization", coordinator))
                    .andExpect(header().string("ETag", "\"0\""));
        }
    }
}
