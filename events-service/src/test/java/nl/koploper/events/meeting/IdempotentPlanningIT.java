package nl.koploper.events.meeting;

import static nl.koploper.events.MeetingApi.coordinator;
import static nl.koploper.events.MeetingApi.meetingJson;
import static nl.koploper.events.MeetingApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.koploper.contracts.Topics;
import nl.koploper.events.MeetingApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.PublishedEvents;
import nl.koploper.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** {@code Idempotency-Key} on planning a meeting: a retried request plans (and sends) it once. */
@KoploperIntegrationTest
class IdempotentPlanningIT extends ServiceIntegrationTest {

    MeetingApi api;
    String gemeente;

    @BeforeEach
    void aGemeente() {
        api = new MeetingApi(http);
        gemeente = gemeenten.newGemeente("idem");
    }

    @Test
    void theSameKeyAndBodyAgainAnswersWithTheFirstMeetingAndSendsNothingMore() throws Exception {
        String body = meetingJson("cohort-1", 20, 2, false);
        String first = MeetingApi.id(plan("retry-1", body).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed")));

        String again = MeetingApi.id(plan("retry-1", body).andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(header().string("Location", "/api/meetings/" + first)));

        assertThat(again).isEqualTo(first);
        assertThat(api.meetingCount(gemeente)).isEqualTo(1);
        assertThat(published(Topics.MEETING_EVENTS, first).atLeast(1)).extracting(PublishedEvents::type)
                .containsExactly("nl.koploper.meeting.meeting-scheduled.v1");
    }

    @Test
    void theSameKeyForAnotherMeetingIsAConflictAndStoresNothing() throws Exception {
        plan("retry-2", meetingJson("cohort-1", 20, 2, false)).andExpect(status().isCreated());

        problem(plan("retry-2", meetingJson("cohort-1", 30, 2, false)), 409)
                .andExpect(jsonPath("$.rule").value("idempotency-key-reused"));
        assertThat(api.meetingCount(gemeente)).isEqualTo(1);
    }

    @Test
    void keysArePerGemeente() throws Exception {
        String other = gemeenten.newGemeente("idem-b");
        String body = meetingJson("cohort-1", 20, 1, false);
        String mine = MeetingApi.id(plan("shared-key", body).andExpect(status().isCreated()));

        String theirs = MeetingApi.id(http.perform(post("/api/meetings").header("Authorization", coordinator(other))
                        .header("Idempotency-Key", "shared-key").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(header().doesNotExist("Idempotent-Replayed")));

        assertThat(theirs).isNotEqualTo(mine);
        assertThat(api.meetingCount(other)).isEqualTo(1);
    }

    @Test
    void aBadKeyOrABadBodyIsRefusedAndStoresNothing() throws Exception {
        for (String key : List.of("with space", "x".repeat(201), "")) {
            problem(plan(key, meetingJson("cohort-1", 20, 1, false)), 400)
                    .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        }
        problem(plan("bad-body", meetingJson("cohort-1", 0, 1, false)), 400);
        // The key of a refused request stays free.
        plan("bad-body", meetingJson("cohort-1", 20, 1, false)).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        assertThat(api.meetingCount(gemeente)).isEqualTo(1);
    }

    private ResultActions plan(String key, String body) throws Exception {
        return http.perform(post("/api/meetings").header("Authorization", coordinator(gemeente))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
